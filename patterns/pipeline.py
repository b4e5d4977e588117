"""Pipeline: workers in order, each one's result becoming the next one's request.

``map`` turns a step's result (and the request it answered) into the next request; by default the next
worker gets the previous output as its text and, as data, the previous worker's name, text and structured
data. A failed step ends the pipeline (later steps have nothing to work on): they are recorded as skipped
and the run is ``partial`` with the last finished output, or ``failed`` if nothing finished.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from patterns.base import Pattern
from patterns.run import Run
from patterns.worker import Request, Result, Skill, Worker

StepMap = Callable[[Result, Request], Request]


def pass_output(result: Result, request: Request) -> Request:
    """The default map: the output becomes the next input; the structured result rides along as data."""
    previous = {"worker": result.worker, "text": result.text, "data": result.data}
    return request.replace(text=result.text, data={"previous": previous, "task": request.text})


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
        **options,
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
        self.map = map or pass_output

    async def run(self, run: Run, request: Request) -> Result:
        current = request
        last: Result | None = None
        for index, worker in enumerate(self.steps, start=1):
            result = await run.call(worker, current, position=f"step-{index}")
            if result.status == "failed":
                for later, skipped in enumerate(self.steps[index:], start=index + 1):
                    error = f"skipped: step {index} ({worker.name}) failed"
                    await run.record_unrun(skipped.name, "", f"step-{later}", error)
                if last is None:
                    return Result.failure(result.error or f"{worker.name} failed", worker=self.name)
                return last
            last = result
            if index < len(self.steps):
                current = self.map(result, current)
        assert last is not None
        return Result(text=last.text, data=last.data, status=last.status)
