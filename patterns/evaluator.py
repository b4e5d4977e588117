"""EvaluatorOptimizer: a generator drafts, a judge scores the draft and gives feedback, the generator revises.

**The judge** is a worker with a judging skill: a skill whose id is ``judge`` or whose tags include "judge"
(``has_judging_skill``; ``choose_judge`` picks one). Whoever builds the pattern chooses it that way, never by
"any other agent": a code reviewer is no judge of a slogan. Without a judge the pattern declines — the run is
``rejected`` with a message saying no judge is available — before drafting anything.

**The verdict** is read only from a structured data part of the judge's answer: ``{"score": <0 to 1>,
"feedback": "..."}`` (``read_verdict``). Free text is never parsed for a number ("Found 2 issues" is not a
score). A judge answer without such a part is an error for that round: it is recorded in the run, the loop
stops, and the answer is the best judged draft so far — or the draft that could not be judged, with the run
``partial`` so nobody takes it for an accepted one.

**The task** is the request without the words that ask for this loop ("..., and keep improving it until a
reviewer is happy", "Have it reviewed and improved.": ``without_loop_instruction``): the pattern runs the loop;
the generator drafts, and the judge judges, only what is to be written.

**The messages** are fixed, so a judge or a generator can parse them (``judge_message``, ``revise_message``);
the same fields ride along as data. The loop ends when a draft scores at least ``threshold`` or after
``max_iterations`` drafts; the answer is the best-scoring draft, with ``accepted`` telling whether it passed.

**Honesty.** A best draft that never reached ``threshold`` is returned, but the run is ``partial`` with the
reason (the best score and the judge's last feedback), so nobody takes it for an accepted answer. A revision
that only repeats the draft, the feedback or the message's scaffolding ("Draft:", "Feedback:"), or pastes the
task's material back in, is no revision (an offline generator cannot revise): it is not judged, the loop stops,
and the reason is recorded. A first draft that hands back unchanged the text the task asks to change
("Translate this: ...", "Rewrite this politely: ...") is no draft: the run declines (``rejected``) before any
judge can score it, since a judge that checks for the task's facts finds them all in it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Unpack

from patterns.base import Pattern, PatternOptions
from patterns.clauses import split_material
from patterns.run import Run
from patterns.worker import Progress, Request, Result, Skill, Worker

JUDGE = "judge"
REVISE = "revise"
NO_JUDGE = (
    "No judge is available: the evaluator pattern needs an agent with a judging skill (a skill with the id "
    "'judge' or the tag 'judge') to score the drafts, and none of the agents it may use has one."
)


def judge_message(task: str, draft: str, earlier_feedback: str | None = None) -> str:
    """What the judge is asked, every round; ``earlier_feedback`` (from round 2 on) is what the draft answers."""
    message = (
        f"Judge this draft against its task. Give a score from 0 to 1 and feedback.\n\nTask: {task}\n\nDraft:\n{draft}"
    )
    if earlier_feedback is not None:
        message += f"\n\nEarlier feedback:\n{earlier_feedback}"
    return message


def revise_message(task: str, draft: str, feedback: str) -> str:
    """What the generator is asked after a draft scored below the threshold."""
    return f"Revise the draft to address the feedback.\n\nTask: {task}\n\nDraft:\n{draft}\n\nFeedback:\n{feedback}"


def has_revising_skill(worker: Worker) -> bool:
    """Whether ``worker`` declares that it revises a draft to address feedback: a skill with the id ``revise``
    or the tag "revise". The generator of an evaluator loop must, or the judge's feedback goes nowhere."""
    return any(s.id == REVISE or REVISE in (t.lower() for t in s.tags) for s in worker.skills)


def has_judging_skill(worker: Worker) -> bool:
    """Whether ``worker`` declares a judging skill: id ``judge``, or "judge" among its tags."""
    return any(s.id == JUDGE or JUDGE in (t.lower() for t in s.tags) for s in worker.skills)


def choose_judge(workers: Sequence[Worker], generator: Worker | None = None) -> Worker | None:
    """The first of ``workers`` with a judging skill, preferring one that is not the generator; ``None`` if none.

    Order ``workers`` by preference (the orchestrator ranks them for the task first).
    """
    judges = [w for w in workers if has_judging_skill(w)]
    others = [w for w in judges if generator is None or w.name != generator.name]
    return (others or judges or [None])[0]


# Instructions that ask for the given text changed: a draft that hands it back unchanged has not done them.
_TRANSFORMING = frozenset(
    "translate rewrite rephrase paraphrase reword simplify shorten polish edit proofread soften".split()
)
_WORDS = re.compile(r"[a-z]+")


def unchanged(draft: str, task: str) -> bool:
    """Whether ``draft`` hands back the task's material unchanged, when the task asks for it changed ("Translate
    this notice into Spanish: <notice>" answered with the notice and a heading)."""
    instruction, material = split_material(task[:20_000])
    if not _TRANSFORMING & set(_WORDS.findall(instruction.lower())):
        return False
    given = " ".join(material.split()).lower().rstrip(".!?")
    return len(given) >= 20 and given in " ".join(draft[:40_000].split()).lower()


_SCAFFOLD = re.compile(r"^(?:draft|feedback|earlier feedback|task):", re.IGNORECASE | re.MULTILINE)


def echoes(revision: str, draft: str, feedback: str, task: str) -> bool:
    """Whether ``revision`` only repeats what it was given: the draft unchanged, a line of the feedback, the
    revise message's own headings (which a generator that cannot revise copies back as its material), or the
    task's whole material pasted in where the draft had worked it over (a rewrite that brings back the text it
    was asked to rewrite)."""
    said = " ".join(revision.split())
    if not said or said == " ".join(draft.split()):
        return True
    if _SCAFFOLD.search(revision) and not _SCAFFOLD.search(task):
        return True
    material = " ".join(split_material(task[:20_000])[1].split()).lower()
    if len(material) >= 20 and material in said.lower() and material not in " ".join(draft.split()).lower():
        return True
    # a bounded look: the first lines of the feedback, each at most a few hundred characters
    lines = (" ".join(line.strip(" -*").split())[:400] for line in feedback[:20_000].splitlines()[:20])
    return any(len(line) >= 15 and line in said for line in lines)


# What asks for the loop itself: "keep improving it until...", "have it reviewed and improved", "refine it until
# it's good", "get a reviewer to check it". Bounded alternatives after a word boundary: linear to match.
_LOOP = re.compile(
    r"\b(?:(?:keep|continue|go\s+on|carry\s+on)\s+(?:on\s+)?"
    r"(?:improv|refin|revis|polish|rework|tweak|edit|iterat|review|fix|work)[a-z]*"
    r"|(?:keep|continue)\s+making\s+(?:it|this|that|them)\s+(?:better|stronger|clearer|nicer)"
    r"|(?:have|get)\s+(?:it|this|that|them)\s+(?:reviewed|checked|critiqued|judged|scored|graded|proofread|"
    r"improved|refined|revised|polished|edited|looked\s+over)"
    r"|(?:have|get|let)\s+(?:a|an|the|some|my|our)\s+(?:reviewer|judge|editor|critic|proofreader)"
    r"|(?:review|revise|refine|improve|polish|rework|tweak|edit|iterate\s+on)\s+(?:it|this|that|them)\s+"
    r"(?:until|till|repeatedly|again|over\s+and\s+over|a\s+few\s+times|several\s+times)"
    r"|(?:iterate|repeat)\s+(?:on\s+it\s+)?(?:with\s+feedback\s+)?(?:until|till)"
    # "Check it and fix until it's under 25 words", "fix it till it has the price": checked and mended in turn
    r"|(?:check|read|test)\s+(?:it|this|that|them)\s+(?:and\s+|then\s+|,\s*)+(?:fix|correct|redo|change|mend)"
    r"(?:\s+(?:it|this|that|them))?\s+(?:until|till)"
    r"|(?:fix|correct|redo|mend)\s+(?:it|this|that|them)\s+(?:until|till)"
    # "Evaluate the draft and make it better", "Assess it and make it stronger": judging the draft, then working it
    # over ("review it and fix it" is a review's own job, so a plain review of "it" is not one)
    r"|(?:(?:review|evaluate|assess|judge|critique|grade|score)\s+(?:the|your)\s+(?:draft|result|text|version)"
    r"|(?:evaluate|assess|judge|critique|grade|score)\s+it)\s+and\s+(?:then\s+)?"
    r"(?:refine|improve|revise|rewrite|polish|make|tighten|strengthen)"
    # "Iterate with a reviewer until ...", "Run it past a reviewer and revise ...", "Revise it with an editor ...":
    # working it over with a judge named is the loop, whatever follows
    r"|(?:iterate|loop|work|go\s+back\s+and\s+forth|revise|refine|improve|polish|rework|edit|run|check|go\s+over)"
    r"\s+(?:it\s+|on\s+it\s+)?(?:with|past|by|against)\s+(?:a|an|the|my|our|some)\s+"
    r"(?:reviewer|judge|editor|critic|proofreader)s?)\b",
    re.IGNORECASE,
)
# What joins such a clause to the sentence before it (", and then", "; ", " and "), read in the few characters
# before it; a sentence of its own starts after a full stop.
_JOINER = re.compile(r"(?:[,;]\s*(?:and\s+)?(?:then\s+)?|\s(?:and|then)\s+(?:then\s+)?)(?:please\s+)?$", re.I)
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])\s+)(?:please\s+)?(?:then\s+)?(?:please\s+)?$", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def without_loop_instruction(task: str) -> str:
    """``task`` without the words that ask for the evaluator's own loop ("..., and keep improving it until a
    reviewer is happy", "Have it reviewed and improved."): they ask the pattern to judge and revise, they are
    not part of what to write, and a generator handed them writes them into its draft. The clause goes from the
    word that joins it to the end of its sentence, or to a colon whose material it would otherwise take with it;
    ``task`` comes back unchanged when nothing else would remain.
    """
    kept: list[str] = []
    cursor = 0
    for found in _LOOP.finditer(task, 0, min(len(task), MAX_TASK_SCAN)):
        if found.start() < cursor:
            continue
        since = max(cursor, found.start() - 24)  # the few characters before it, read for what joins it
        whole = _SENTENCE_START.search(task, since, found.start())
        lead = whole or _JOINER.search(task, since, found.start())
        if lead is None:
            continue  # inside a clause of its own ("a blurb we can keep editing"): part of what to write
        start = lead.start()
        end = _SENTENCE_END.search(task, found.end())
        stop = len(task) if end is None else end.end() if whole else end.start()
        colon = task.find(":", found.end(), stop)
        if colon >= 0 and not whole:
            # "Draft an out-of-office reply and keep refining it until it's good: I'm away ...": the material after
            # the colon is what to write from; only the loop goes
            stop = colon
        kept.append(task[cursor:start])
        cursor = stop
    if not kept:
        return task
    rest = ("".join(kept) + task[cursor:]).strip()
    if len(rest.split()) < 2:
        return task
    return rest if rest.endswith((".", "!", "?", ":", '"', "```")) else f"{rest}."


MAX_TASK_SCAN = 20_000
"""The loop instruction is looked for in this much of a task."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """A judge's verdict: ``score`` in [0, 1] and its feedback."""

    score: float
    feedback: str


def read_verdict(result: Result) -> Verdict:
    """The verdict in a judge's structured data. Raises ``ValueError`` (saying what is wrong) without one."""
    for part in result.data:
        if "score" not in part:
            continue
        score, feedback = part["score"], part.get("feedback", "")
        if isinstance(score, bool) or not isinstance(score, int | float) or not 0 <= score <= 1:
            raise ValueError(f"the judge's score {score!r} is not a number from 0 to 1")
        if not isinstance(feedback, str):
            raise ValueError(f"the judge's feedback {feedback!r} is not text")
        return Verdict(float(score), feedback.strip())
    raise ValueError("the judge answered without a score (no data part with 'score' and 'feedback')")


class EvaluatorOptimizer(Pattern):
    """Drafts with ``generator`` until ``judge`` scores a draft at least ``threshold``.

    ``judge`` may be the generator itself (an agent with both a writing and a judging skill); ``None``
    makes every run decline with ``NO_JUDGE``.
    """

    pattern = "evaluator"

    def __init__(
        self,
        generator: Worker,
        judge: Worker | None,
        *,
        threshold: float = 0.8,
        max_iterations: int = 3,
        name: str = "evaluator-optimizer",
        description: str | None = None,
        skills: Sequence[Skill] | None = None,
        **options: Unpack[PatternOptions],
    ) -> None:
        if max_iterations < 1:
            raise ValueError("max_iterations must be at least 1")
        judged = f"{judge.name} judges" if judge is not None else "no judge is available"
        super().__init__(
            name=name,
            description=description or f"{generator.name} drafts, {judged}, until good enough.",
            skills=tuple(generator.skills) if skills is None else skills,
            **options,
        )
        self.generator = generator
        self.judge = judge
        self.threshold = threshold
        self.max_iterations = max_iterations

    async def run(self, run: Run, request: Request) -> Result:
        if self.judge is None:
            return Result(text=NO_JUDGE, status="rejected", error=NO_JUDGE, worker=self.name)
        task = without_loop_instruction(request.text)  # the loop is this pattern's to run, not the draft's to say
        best: tuple[float, Result, int] | None = None  # score, draft, round
        unjudged: Result | None = None
        generate = request if task == request.text else request.replace(text=task)
        feedback, after = None, []
        last_feedback, revising = "", ""  # the feedback and the draft the generator was last asked to revise
        # max_iterations >= 1, so the loop rebinds both before they are read; the checker cannot know that
        round_, draft = 0, Result.failure("no draft was produced", worker=self.name)
        for round_ in range(1, self.max_iterations + 1):
            draft = await run.call(self.generator, generate, position=f"generate-{round_}", depends_on=after)
            if not draft.ok:
                break
            if round_ == 1 and unchanged(draft.text, task):
                why = f"{self.generator.name} handed the text back unchanged: it cannot do this task"
                run.fail(f"generate-1 ({self.generator.name}): the draft is the task's text, unchanged")
                run.answered_by("generate-1")
                return Result(text=f"{why}.", status="rejected", error=why, worker=self.name)
            if round_ > 1 and echoes(draft.text, revising, last_feedback, task):
                run.fail(f"generate-{round_} ({self.generator.name}): the revision repeats the draft or the feedback")
                break
            unjudged = draft
            ask = Request(
                judge_message(task, draft.text, feedback),
                data={"task": task, "draft": draft.text, "earlier_feedback": feedback, "round": round_},
                metadata=request.metadata,
            )
            answer = await run.call(self.judge, ask, position=f"evaluate-{round_}", depends_on=[f"generate-{round_}"])
            if not answer.ok:
                break  # the step's record says why
            try:
                verdict = read_verdict(answer)
            except ValueError as exc:
                run.fail(f"evaluate-{round_} ({self.judge.name}): {exc}")
                break
            unjudged = None
            run.emit(Progress(f"draft {round_} scored {verdict.score:.2f}", self.name, run.run_id))
            if best is None or verdict.score > best[0]:
                best = (verdict.score, draft, round_)
            if verdict.score >= self.threshold:
                break
            feedback = last_feedback = verdict.feedback
            revising = draft.text
            generate = request.replace(
                text=revise_message(task, draft.text, feedback),
                data={"task": task, "draft": draft.text, "feedback": feedback, "score": verdict.score},
            )
            after = [f"generate-{round_}", f"evaluate-{round_}"]
        if best is None:
            if unjudged is None:  # not even a draft: end as the generator did
                run.answered_by(f"generate-{round_}")
                error = draft.error or "no draft was produced"
                return Result(text=draft.text or error, status=draft.status, error=error, worker=self.name)
            summary = {"score": None, "accepted": False, "iterations": round_}
            run.answered_by(f"generate-{round_}")
            return Result(text=unjudged.text, data=[summary, *unjudged.data])
        score, chosen, chosen_round = best
        run.answered_by(f"generate-{chosen_round}")
        if score < self.threshold:
            run.fail(
                f"no draft reached the score {self.threshold:.2f} the task needs: the best scored {score:.2f}"
                + (f"; the judge said: {_line(last_feedback)}" if last_feedback else "")
            )
        summary = {"score": score, "accepted": score >= self.threshold, "iterations": round_}
        return Result(text=chosen.text, data=[summary, *chosen.data])


def _line(text: str, limit: int = 200) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
