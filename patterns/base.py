"""Pattern: the common shell of every orchestration pattern — a Worker that runs a ``Run``.

A subclass writes one method, ``run(run, request)``, calling workers through ``run.call`` and returning the
assembled ``Result``. The shell does the rest the same way for every pattern: the depth check on the way in,
the run record (started, resumed, finished, stored), the budget chain, the run id in the logs' context, and
``stream``, which yields each step's start and finish as they happen and then the final result.
"""

from __future__ import annotations

import abc
import asyncio
from collections.abc import AsyncIterator, Sequence
from typing import ClassVar, Literal, TypedDict, cast, get_args

from patterns.budget import Budget, BudgetTracker, current_budget
from patterns.context import MAX_DEPTH, check_depth, current_run_id
from patterns.errors import MaxDepthExceeded
from patterns.run import Emit, OnError, Run, StepFailed
from patterns.store import RunStore
from patterns.worker import BaseWorker, Event, Request, Result, Skill, Worker, describe_error

# The budget of the orchestration this code runs in, so a nested pattern charges its parents too.

PatternName = Literal["router", "supervisor", "fanout", "pipeline", "evaluator"]
PATTERN_NAMES: tuple[PatternName, ...] = get_args(PatternName)
"""The patterns an orchestrator offers by name (a request's ``pattern``; the gateway's and CLI's choices)."""


class PatternOptions(TypedDict, total=False):
    """The options every pattern takes besides its name, description and skills (see ``Pattern``)."""

    budget: Budget | None
    on_error: OnError
    store: RunStore | None
    call_timeout: float | None
    max_depth: int


class Pattern(BaseWorker, abc.ABC):
    """Base of the patterns. Options shared by all:

    - ``budget``: limits for each run (calls, tokens, deadline, cost); nested patterns also count against
      the budgets of the patterns around them.
    - ``on_error``: ``"partial"`` (default) keeps going past a failed step and reports ``partial`` with every
      finished step kept and every error recorded; ``"fail"`` stops at the first failed step.
    - ``store``: where run records are checkpointed after every step; with it, a request whose metadata names
      the ``run_id`` of an unfinished run resumes that run.
    - ``call_timeout``: seconds per worker call; ``max_depth``: hops a request may have made.
    """

    pattern: ClassVar[str] = "pattern"
    # Calls made inside a nested pattern are charged by that pattern, not again by the one that called it.
    shares_budget: ClassVar[bool] = True

    def __init__(
        self,
        *,
        name: str,
        description: str = "",
        skills: Sequence[Skill] = (),
        budget: Budget | None = None,
        on_error: OnError = "partial",
        store: RunStore | None = None,
        call_timeout: float | None = None,
        max_depth: int = MAX_DEPTH,
    ) -> None:
        if on_error not in ("partial", "fail"):
            raise ValueError(f"on_error must be 'partial' or 'fail', not {on_error!r}")
        self.name = name
        self.description = description
        self.skills = tuple(skills)
        self.budget = budget
        self.on_error: OnError = on_error
        self.store = store
        self.call_timeout = call_timeout
        self.max_depth = max_depth

    @abc.abstractmethod
    async def run(self, run: Run, request: Request) -> Result:
        """Do the pattern's work through ``run.call`` and return the answer (text and data)."""

    async def send(self, request: Request) -> Result:
        return await self._execute(request, None)

    async def resume(self, run_id: str) -> Result:
        """Finish the stored run ``run_id``: finished steps are reused, the rest are called.

        Raises ``LookupError`` when this pattern has no store or the store has no such run.
        """
        record = await self.store.get(run_id) if self.store is not None else None
        if record is None:
            raise LookupError(f"no stored run {run_id!r} to resume")
        request = record.to_request()
        request.metadata["run_id"] = run_id
        return await self.send(request)

    async def stream(self, request: Request) -> AsyncIterator[Event]:
        queue: asyncio.Queue[Event | None] = asyncio.Queue()

        async def execute() -> Result:
            try:
                return await self._execute(request, queue.put_nowait)
            finally:
                queue.put_nowait(None)  # the run has ended: its result is the task's

        task = asyncio.create_task(execute())
        try:
            while (event := await queue.get()) is not None:
                yield event
            yield await task
        finally:
            if not task.done():
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)

    async def _execute(self, request: Request, emit: Emit | None) -> Result:
        try:
            check_depth(request, self.max_depth)
        except MaxDepthExceeded as exc:
            return Result.failure(str(exc), worker=self.name)
        tracker = BudgetTracker(self.budget, parent=current_budget.get())
        run = await Run.open(
            self.pattern,
            self.name,
            request,
            store=self.store,
            tracker=tracker,
            on_error=self.on_error,
            emit=emit,
            call_timeout=self.call_timeout,
            max_depth=self.max_depth,
        )
        budget_token = current_budget.set(tracker)
        run_token = current_run_id.set(run.run_id)
        try:
            outcome: Result | None = await self.run(run, request)
        except Exception as exc:  # a planner failure or a bug: recorded, never raised to the caller
            for error in _leaves(exc):
                if not isinstance(error, StepFailed):  # a failed step is already in the record
                    run.fail(describe_error(error))
            outcome = None
        finally:
            current_budget.reset(budget_token)
            current_run_id.reset(run_token)
        return await run.finish(outcome)


def _leaves(error: BaseException) -> list[BaseException]:
    if isinstance(error, BaseExceptionGroup):
        group = cast("BaseExceptionGroup[BaseException]", error)  # isinstance cannot name the member type
        return [leaf for inner in group.exceptions for leaf in _leaves(inner)]
    return [error]


def merged_skills(workers: Sequence[Worker]) -> tuple[Skill, ...]:
    """The skills of ``workers``, first occurrence of each id kept: what a pattern over them can do."""
    seen: dict[str, Skill] = {}
    for worker in workers:
        for skill in worker.skills:
            seen.setdefault(skill.id, skill)
    return tuple(seen.values())


def unique_names(workers: Sequence[Worker]) -> dict[str, Worker]:
    """Workers by name; two workers with one name would make plans and records ambiguous."""
    by_name: dict[str, Worker] = {}
    for worker in workers:
        if worker.name in by_name:
            raise ValueError(f"two workers are named {worker.name!r}")
        by_name[worker.name] = worker
    return by_name
