"""EvaluatorOptimizer: a generator drafts, an evaluator scores and gives feedback, the generator revises.

The loop ends when a draft scores at least ``threshold`` or after ``max_iterations`` drafts; the answer is the
best-scoring draft either way, with ``accepted`` telling which. The evaluator's verdict is read from its data
(``{"score": 0.8, "feedback": "..."}``) or, failing that, from its text ("score: 8/10", "0.8", "80%").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from patterns.base import Pattern
from patterns.run import Run
from patterns.worker import Progress, Request, Result, Skill, Worker


@dataclass(frozen=True, slots=True)
class Verdict:
    """An evaluator's judgement: ``score`` in [0, 1] (``None`` when it gave none) and its feedback."""

    score: float | None
    feedback: str


_SCORE = re.compile(r"(?:score\D{0,12})?(\d+(?:\.\d+)?)\s*(/\s*10\b|/\s*100\b|%)?", re.IGNORECASE)


def read_verdict(result: Result) -> Verdict:
    """The score and feedback in an evaluator's result, normalised to [0, 1]."""
    for part in result.data:
        if isinstance(part.get("score"), int | float):
            return Verdict(_unit(float(part["score"]), None), str(part.get("feedback") or result.text))
    labelled = re.search(r"score\D{0,12}(\d+(?:\.\d+)?)\s*(/\s*10\b|/\s*100\b|%)?", result.text, re.IGNORECASE)
    match = labelled or _SCORE.search(result.text)
    if match is None:
        return Verdict(None, result.text)
    return Verdict(_unit(float(match.group(1)), match.group(2)), result.text)


def _unit(value: float, scale: str | None) -> float:
    if scale:
        value /= 10 if "10" in scale and "100" not in scale else 100
    elif value > 10:
        value /= 100
    elif value > 1:
        value /= 10
    return min(1.0, max(0.0, value))


class EvaluatorOptimizer(Pattern):
    """Drafts with ``generator`` until ``evaluator`` scores a draft at least ``threshold``."""

    pattern = "evaluator"

    def __init__(
        self,
        generator: Worker,
        evaluator: Worker,
        *,
        threshold: float = 0.8,
        max_iterations: int = 3,
        name: str = "evaluator-optimizer",
        description: str | None = None,
        skills: Sequence[Skill] | None = None,
        **options,
    ) -> None:
        if max_iterations < 1:
            raise ValueError("max_iterations must be at least 1")
        super().__init__(
            name=name,
            description=description or f"{generator.name} drafts, {evaluator.name} reviews, until good enough.",
            skills=tuple(generator.skills) if skills is None else skills,
            **options,
        )
        self.generator = generator
        self.evaluator = evaluator
        self.threshold = threshold
        self.max_iterations = max_iterations

    async def run(self, run: Run, request: Request) -> Result:
        best: tuple[float, Result] | None = None
        generate = request
        for iteration in range(1, self.max_iterations + 1):
            draft = await run.call(self.generator, generate, position=f"generate-{iteration}")
            if not draft.ok:
                break
            judge = Request(
                f"Evaluate this draft for the task and give a score from 0 to 1 and feedback.\n\n"
                f"Task: {request.text}\n\nDraft:\n{draft.text}",
                data={"task": request.text, "draft": draft.text, "iteration": iteration},
                metadata=request.metadata,
            )
            verdict_result = await run.call(self.evaluator, judge, position=f"evaluate-{iteration}")
            if not verdict_result.ok:
                best = best or (0.0, draft)
                break
            verdict = read_verdict(verdict_result)
            score = verdict.score if verdict.score is not None else 0.0
            run.emit(Progress(f"draft {iteration} scored {score:.2f}", self.name, run.run_id))
            if best is None or score > best[0]:
                best = (score, draft)
            if score >= self.threshold:
                break
            generate = request.replace(
                text=f"{request.text}\n\nRevise your previous draft.\n\nPrevious draft:\n{draft.text}\n\n"
                f"Feedback:\n{verdict.feedback}",
                data={
                    "task": request.text,
                    "draft": draft.text,
                    "feedback": verdict.feedback,
                    "score": score,
                },
            )
        if best is None:
            return Result.failure("no draft was produced", worker=self.name)
        score, draft = best
        summary = {"score": score, "accepted": score >= self.threshold, "iterations": iteration}
        return Result(text=draft.text, data=[summary, *draft.data])
