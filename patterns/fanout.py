"""FanOut (parallel fan-out / fan-in): one request to N workers at once, their answers aggregated.

Every worker gets the same request, or its own shard of it (``shard``, which may be async). Branches run
concurrently; a branch that raises or hangs past its timeout (``call_timeout``, never past the budget's
deadline) becomes a failed step while the finished branches are kept and aggregated — a slow or broken worker
costs its own answer, never the others'. ``stop_when`` ends the fan-out early once the answers so far suffice;
the branches still running are cancelled and recorded as such.

Aggregation: ``"sections"`` (one section per worker), ``"vote"`` (the most common answer, ties to the earlier
worker), or a function from the finished results to a ``Result`` or text.
"""

from __future__ import annotations

import asyncio
import inspect
import re
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from typing import Literal, Unpack

from patterns.base import Pattern, PatternOptions, merged_skills, unique_names
from patterns.run import Run
from patterns.worker import Request, Result, Skill, Worker

Aggregator = Callable[[Sequence[Result]], "Result | str"]
Sharder = Callable[[Request, int], "Sequence[Request] | Awaitable[Sequence[Request]]"]
StopCondition = Callable[[Sequence[Result]], bool]


class FanOut(Pattern):
    """Sends to every worker concurrently and aggregates what finished.

    ``stop_when`` receives the completed results so far (in finishing order); ``"majority"`` stops once one
    answer has more than half of all the workers' votes.
    """

    pattern = "fanout"

    def __init__(
        self,
        workers: Sequence[Worker],
        *,
        aggregate: Literal["sections", "vote"] | Aggregator = "sections",
        shard: Sharder | None = None,
        stop_when: StopCondition | Literal["majority"] | None = None,
        name: str = "fanout",
        description: str | None = None,
        skills: Sequence[Skill] | None = None,
        **options: Unpack[PatternOptions],
    ) -> None:
        if not workers:
            raise ValueError("a fan-out needs at least one worker")
        self.workers = list(unique_names(workers).values())
        super().__init__(
            name=name,
            description=description or f"Asks all of {', '.join(w.name for w in self.workers)} at once.",
            skills=merged_skills(workers) if skills is None else skills,
            **options,
        )
        self.aggregate: Literal["sections", "vote"] | Aggregator = aggregate
        self.shard = shard
        self.stop_when = majority_reached(len(self.workers)) if stop_when == "majority" else stop_when

    async def run(self, run: Run, request: Request) -> Result:
        requests = [request] * len(self.workers)
        if self.shard is not None:
            sharded = self.shard(request, len(self.workers))  # a sharder may weigh the request (``asks.OwnAsks``)
            requests = list(await sharded if inspect.isawaitable(sharded) else sharded)
        if len(requests) != len(self.workers):
            raise ValueError(f"shard made {len(requests)} requests for {len(self.workers)} workers")
        branches = {
            asyncio.create_task(run.call(worker, req, position=f"branch-{i + 1}")): i
            for i, (worker, req) in enumerate(zip(self.workers, requests, strict=True))
        }
        results: dict[int, Result] = {}
        completed: list[Result] = []
        pending = set(branches)
        try:
            while pending:
                done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                for branch in sorted(done, key=branches.__getitem__):
                    result = branch.result()  # raises StepFailed under on_error="fail"
                    results[branches[branch]] = result
                    if result.ok:
                        completed.append(result)
                if self.stop_when is not None and pending and self.stop_when(completed):
                    break
        finally:
            for branch in pending:
                branch.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        finished = [results[i] for i in sorted(results) if results[i].ok]
        run.answered_by(*(f"branch-{i + 1}" for i in sorted(results) if results[i].ok))
        if not finished:
            return Result.failure("no branch of the fan-out completed", worker=self.name)
        return self._aggregate(finished)

    def _aggregate(self, finished: list[Result]) -> Result:
        if self.aggregate == "sections":
            return sections(finished)
        if self.aggregate == "vote":
            return vote(finished)
        answer = self.aggregate(finished)
        return Result(text=answer) if isinstance(answer, str) else answer


def sections(results: Sequence[Result]) -> Result:
    """One section per worker, headed by its name; the data keeps each branch's own output and data."""
    text = "\n\n".join(f"## {r.worker}\n{r.text}" for r in results)
    data = [{"worker": r.worker, "status": r.status, "output": r.text, "data": r.data} for r in results]
    return Result(text=text, data=data)


def _normalise(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


def vote(results: Sequence[Result]) -> Result:
    """The most common answer (compared without case, spacing or punctuation); ties go to the earlier worker."""
    counts = Counter(_normalise(r.text) for r in results)
    top = max(counts.values())
    winner = next(r for r in results if counts[_normalise(r.text)] == top)
    tally = [{"answer": r.text, "worker": r.worker, "votes": counts[_normalise(r.text)]} for r in results]
    return Result(text=winner.text, data=[{"winner": winner.worker, "votes": top, "tally": tally}])


def majority_reached(voters: int) -> StopCondition:
    """A stop condition: one answer already has more than half of ``voters`` votes."""

    def reached(completed: Sequence[Result]) -> bool:
        counts = Counter(_normalise(r.text) for r in completed)
        return bool(counts) and max(counts.values()) * 2 > voters

    return reached
