"""Pipeline: workers in order, each stage working on the previous stage's output.

A stage never receives a bare output (a writer handed "540" with no instruction has to guess what to do with
it). Each stage gets an instruction, with the previous output as its material after a colon:

- when the request cuts into as many parts as there are stages (``split_tasks``: "Summarize this report, then
  turn the summary into a tweet: ..."), stage *n* gets part *n* — the first with its own material;
- otherwise every stage gets the request itself as its instruction: the first the whole request, each later
  one the request without its material (the previous output replaces it).

The material is the previous stage's answer (``patterns.handoff``: its stated answer without the working, or
its whole text); the previous worker's name, text and structured data ride along as ``request.data["previous"]``.
A custom ``map`` replaces all of this. A stage that does not complete (failed, rejected, input-required) ends the
pipeline: later stages have nothing to work on, so they are recorded as skipped, and the run ends as that stage
did, its answer naming the stage and why. An earlier stage's output is not the answer to the request (a
summary is no announcement), so it is not returned as one: it stays in the stage's record, and in the
result's data as ``finished``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Unpack

from patterns.base import Pattern, PatternOptions
from patterns.clauses import split_material, split_tasks, with_material
from patterns.handoff import handed_on, step_text
from patterns.recipients import written_to_named
from patterns.run import Run
from patterns.worker import Request, Result, Skill, Worker

StepMap = Callable[[Result, Request], Request]


def pass_output(
    result: Result, request: Request, instruction: str | None = None, worker: Worker | None = None
) -> Request:
    """The next stage's request: ``instruction`` (default: the request's own, without its material) with the
    output's answer (``handed_on``) as its material, or worked into it for a ``worker`` that works on numbers
    (``handoff.step_text``); the whole result rides along as data."""
    if instruction is None:
        instruction = split_material(request.text)[0]
    previous = {"worker": result.worker, "text": result.text, "data": result.data}
    data = {"previous": previous, "task": instruction}
    answer = handed_on(result, instruction)
    if worker is None:
        text = with_material(instruction, answer)
    else:
        text = step_text(instruction, worker, [answer], request.text)
    return request.replace(text=text, data=data)


def stage_instructions(text: str, stages: int) -> list[str]:
    """What each stage is asked to do: its own part of the request, or the request when the parts do not match."""
    pieces = split_tasks(text)
    if len(pieces) == stages and stages > 1:
        # "Review this function from Matteo and then write him a kind note": each stage reads its part alone
        said = [p.text for p in pieces]
        earlier = [split_material(t)[0] for t in said[:-1]]
        return [said[0], *(written_to_named(t, e) or t for e, t in zip(earlier, said[1:], strict=True))]
    return [text, *[split_material(text)[0]] * (stages - 1)]


class Pipeline(Pattern):
    """Runs ``steps`` in order. A worker may appear more than once (an edit pass twice, say)."""

    pattern = "pipeline"

    def __init__(
        self,
        steps: Sequence[Worker],
        *,
        map: StepMap | None = None,
        name: str = "pipeline",
        description: str | None = None,
        skills: Sequence[Skill] | None = None,
        **options: Unpack[PatternOptions],
    ) -> None:
        if not steps:
            raise ValueError("a pipeline needs at least one step")
        self.steps = list(steps)
        super().__init__(
            name=name,
            description=description or f"Runs {' → '.join(w.name for w in self.steps)} in order.",
            skills=tuple(self.steps[0].skills) if skills is None else skills,
            **options,
        )
        self.map = map

    async def run(self, run: Run, request: Request) -> Result:
        instructions = stage_instructions(request.text, len(self.steps))
        current = request if instructions[0] == request.text else request.replace(text=instructions[0])
        last: Result | None = None
        last_step = ""
        for index, worker in enumerate(self.steps, start=1):
            depends_on = [f"step-{index - 1}"] if index > 1 else []
            result = await run.call(worker, current, position=f"step-{index}", depends_on=depends_on)
            if result.status not in ("completed", "partial"):
                for later, skipped in enumerate(self.steps[index:], start=index + 1):
                    error = f"it needs step {index} ({worker.name}), which did not complete ({result.status})"
                    await run.record_unrun(skipped.name, "", f"step-{later}", error, depends_on=[f"step-{later - 1}"])
                run.answered_by(f"step-{index}")  # its decline (or question) is the answer
                if last is None:
                    return Result(text=result.text, status=result.status, error=result.error, worker=self.name)
                # an earlier stage's output is no answer to the request: the run ends as this stage did
                why = result.text or result.error or "no reason given"
                text = f"Step {index} ({worker.name}) did not complete ({result.status}): {why}"
                previous = {"step": last_step, "worker": last.worker, "text": last.text, "data": last.data}
                error = result.error or why
                return Result(text=text, data=[{"finished": previous}], status=result.status, error=error)
            last, last_step = result, f"step-{index}"
            if index < len(self.steps):
                if self.map is not None:
                    current = self.map(result, current)
                else:
                    current = pass_output(result, request, instructions[index], self.steps[index])
        assert last is not None
        run.answered_by(last_step)
        return Result(text=last.text, data=last.data, status=last.status)
