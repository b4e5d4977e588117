"""Run: one orchestration in progress — it makes every call a pattern makes and keeps the record.

``Run.call`` is the single place where a pattern calls a worker, so every call gets the same treatment: the
budget is checked before and charged after, the hop counter and trace context move one hop, the per-call
timeout (never past the orchestration deadline) applies, the step is recorded and checkpointed, progress
events go out, and a log line carries the run id, step and worker.

Observers (``observe_runs``) see each run start and finish and wrap each call, without this package knowing
what they do with it: ``agents.telemetry`` makes spans of them, the servers' metrics count them.

Resume: each step has a deterministic key (its place in the plan, the worker, a hash of its input). A run
opened with the id of a stored run returns the stored output for keys that finished instead of calling the
worker again, so an interrupted run repeats only what had not finished.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import hashlib
import json
import logging
import time
import uuid
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from patterns.budget import BudgetTracker
from patterns.context import MAX_DEPTH, next_hop
from patterns.errors import BudgetExceeded, MaxDepthExceeded, PatternError
from patterns.records import RunRecord
from patterns.store import RunStore
from patterns.watching import progress_watched
from patterns.worker import (
    Event,
    Request,
    Result,
    Step,
    StepFinished,
    StepStarted,
    StepStatus,
    Worker,
    describe_error,
)

log = logging.getLogger("patterns.run")

OnError = Literal["partial", "fail"]
Emit = Callable[[Event], None]

# Orchestrator choices are for the pattern that received them, not for the workers it calls.
_NOT_FORWARDED = ("run_id", "pattern", "agents")
# Steps that did not finish: a partial run names each of them, and why, at the end of its answer.
UNFINISHED = ("failed", "rejected", "input-required", "skipped", "partial")


class StepFailed(PatternError):
    """A step failed under ``on_error="fail"``: the pattern stops; the run is recorded as failed."""


@dataclass(slots=True)
class StepContext:
    """The step a worker call belongs to, current while the call runs (for log lines and retry counts)."""

    run_id: str
    step: str
    worker: str
    attempts: int = 0


current_step: ContextVar[StepContext | None] = ContextVar("accord_step", default=None)


def count_attempt() -> None:
    """Count one try of the current step's call (a retrying wrapper calls it before each try)."""
    context = current_step.get()
    if context is not None:
        context.attempts += 1


class RunWatch(Protocol):
    """What an observer keeps for one run."""

    def step(self, position: str, worker: str, request: Request) -> AbstractContextManager[Callable[[Step], None]]:
        """Entered around one worker call (current while the worker runs); the yielded function receives the
        recorded ``Step`` before the block ends. It may rewrite ``request.metadata["traceparent"]``: ``request``
        is what the worker is sent."""
        ...

    def finished(self, record: RunRecord) -> None:
        """The run has ended (any status) and ``record`` is final."""
        ...


class RunObserver(Protocol):
    def run_started(self, run: Run, request: Request) -> RunWatch | None: ...


_observers: list[RunObserver] = []


def observe_runs(observer: RunObserver) -> Callable[[], None]:
    """Show every run of this process to ``observer`` from now on; returns the call that stops it."""
    _observers.append(observer)
    return lambda: _observers.remove(observer) if observer in _observers else None


def step_key(position: str, worker: str, request: Request) -> str:
    """The deterministic identity of a step: where it is in the plan, who does it, and on what input."""
    payload = json.dumps([request.text, request.data], sort_keys=True, default=str)
    return f"{position}:{worker}:{hashlib.sha256(payload.encode()).hexdigest()[:16]}"


class Run:
    """The record and the rules of one orchestration; made by ``Pattern``, used by its ``run`` method."""

    def __init__(
        self,
        record: RunRecord,
        *,
        tracker: BudgetTracker,
        on_error: OnError = "partial",
        store: RunStore | None = None,
        emit: Emit | None = None,
        call_timeout: float | None = None,
        max_depth: int = MAX_DEPTH,
        finished: dict[str, Step] | None = None,
        stored_plan: Any = None,
    ) -> None:
        self.record = record
        self.tracker = tracker
        self.on_error: OnError = on_error
        self.store = store
        self.call_timeout = call_timeout
        self.max_depth = max_depth
        self.stored_plan = stored_plan
        self.errors: list[str] = []  # every error: the steps' and the run's own
        self.run_errors: list[str] = []  # the run's own (a checker's rejection, a judge without a score)
        self.superseded: set[str] = set()  # steps another step answered in place of (a reroute)
        self._emit: Emit = emit or _ignore
        self._finished = finished or {}
        self._watches: list[RunWatch] = []
        self._started = time.perf_counter()
        self._pending = False  # a finished step's checkpoint is queued, not yet committed

    @property
    def run_id(self) -> str:
        return self.record.run_id

    @classmethod
    async def open(
        cls, pattern: str, worker: str, request: Request, *, store: RunStore | None = None, **options: Any
    ) -> Run:
        """Start a run, or resume the stored one named by ``request.metadata["run_id"]``."""
        given = request.metadata.get("run_id")
        run_id = str(given or uuid.uuid4().hex)
        previous = await store.get(run_id) if store is not None and given else None  # a fresh id has no past
        record = RunRecord(
            run_id=run_id,
            pattern=pattern,
            worker=worker,
            input=request.text,
            request={"text": request.text, "data": request.data, "metadata": _jsonable(request.metadata)},
        )
        if previous is not None:
            record.created_at = previous.created_at
            options.setdefault("finished", previous.finished_steps())
            options.setdefault("stored_plan", previous.plan)
        run = cls(record, store=store, **options)
        run._watch(request)
        await run.checkpoint(wait=False)  # nothing depends on an opened run yet: its first step's save commits it
        return run

    def _watch(self, request: Request) -> None:
        for observer in list(_observers):
            try:
                watch = observer.run_started(self, request)
            except Exception:  # an observer's fault must never cost the run
                log.exception("run observer %r failed", observer)
                continue
            if watch is not None:
                self._watches.append(watch)

    def emit(self, event: Event) -> None:
        self._emit(event)

    async def set_plan(self, plan: Any) -> None:
        self.record.plan = plan
        await self.checkpoint(wait=False)  # a resumed run plans again when the plan was not kept

    async def checkpoint(self, *, wait: bool = True) -> None:
        """Store the record; with ``wait`` (a finished step, the end) it is committed when this returns."""
        if self.store is not None:
            self._pending &= not wait
            # No lock: a store keeps saves of one run in call order and snapshots the record before it waits,
            # so concurrent steps' checkpoints share one commit instead of queueing behind each other.
            await (self.store.save if wait else self.store.note)(self.record)

    def fail(self, error: str) -> None:
        """Record a run-level error (one that is not a step's)."""
        self.errors.append(error)
        self.run_errors.append(error)

    async def call(
        self,
        worker: Worker,
        request: Request,
        *,
        position: str,
        timeout: float | None = None,
        depends_on: Sequence[str] = (),
        vet: Callable[[Result], Result] | None = None,
    ) -> Result:
        """Call ``worker`` as step ``position`` of this run and return its result (failures included).

        ``depends_on`` names the earlier steps (by position) whose results this step's input carries; the run
        record keeps it with the step. Never raises for a worker's failure: it comes back as a failed
        ``Result`` and a failed step. Under ``on_error="fail"`` a failed step raises ``StepFailed`` after it is
        recorded. ``vet`` may turn the worker's result into another (an echo into a decline) before it is
        recorded.
        """
        self._link(position, depends_on)
        key = step_key(position, worker.name, request)
        done = self._finished.get(key)
        if done is not None:
            step = dataclasses.replace(done, resumed=True)
            await self._finish_step(step)
            return Result(step.output, step.data, "completed", worker=worker.name, usage=step.usage)

        if self._pending:  # the steps finished so far are committed before another starts
            await self.checkpoint()
        self._emit(StepStarted(worker.name, request.text, position, self.run_id))
        started, wall = time.perf_counter(), time.time()
        refusal: Result | None = None
        try:
            self.tracker.check()
            outgoing = next_hop(request, self.max_depth)
        except (BudgetExceeded, MaxDepthExceeded) as exc:
            refusal, outgoing = Result.failure(str(exc), worker=worker.name), request.replace()
        else:
            outgoing.metadata = {k: v for k, v in outgoing.metadata.items() if k not in _NOT_FORWARDED}
            outgoing.metadata["parent_run_id"] = self.run_id
        with self._observed(position, worker.name, outgoing) as (reports, context):
            result = refusal or await self._timed_call(worker, outgoing, timeout, position, request)
            if vet is not None and refusal is None:
                result = vet(result)
            step = self._step(worker, request, result, position, key, started)
            _stamp(step, wall, max(1, context.attempts))
            for report in reports:
                report(step)
        await self._finish_step(step)
        if step.status == "failed" and self.on_error == "fail":
            raise StepFailed(step.error or f"{worker.name} failed")
        return result

    @contextlib.contextmanager
    def _observed(self, position: str, worker: str, outgoing: Request) -> Any:
        """Around one worker call: the current step (for logs and retries) and every observer's watch."""
        context = StepContext(self.run_id, position, worker)
        token = current_step.set(context)
        try:
            with contextlib.ExitStack() as stack:
                reports: list[Callable[[Step], None]] = []
                for watch in self._watches:
                    try:
                        reports.append(stack.enter_context(watch.step(position, worker, outgoing)))
                    except Exception:
                        log.exception("run observer failed on step %s", position)
                yield reports, context
        finally:
            current_step.reset(token)

    def _step(self, worker: Worker, request: Request, result: Result, position: str, key: str, started: float) -> Step:
        usage = result.usage
        if not getattr(worker, "shares_budget", False):  # a nested pattern charges its own calls, up the chain
            usage = self.tracker.charge(worker.name, usage)
        return Step(
            agent=worker.name,
            input=request.text,
            output=result.text,
            status=result.status,
            latency_ms=(time.perf_counter() - started) * 1000,
            tokens=usage.total_tokens,
            error=result.error,
            id=position,
            key=key,
            data=result.data,
            usage=usage,
            steps=result.steps if getattr(worker, "shares_budget", False) else [],
        )

    async def record_unrun(
        self,
        agent: str,
        input: str,
        position: str,
        error: str,
        *,
        status: StepStatus = "skipped",
        depends_on: Sequence[str] = (),
    ) -> None:
        """Record a step that was planned but not called (a failed dependency, no suitable worker)."""
        self._link(position, depends_on)
        await self._finish_step(Step(agent=agent, input=input, status=status, error=error, id=position))

    def _link(self, position: str, depends_on: Sequence[str]) -> None:
        if depends_on:
            self.record.depends_on[position] = list(dict.fromkeys(depends_on))

    async def _timed_call(
        self, worker: Worker, outgoing: Request, timeout: float | None, position: str, original: Request
    ) -> Result:
        limit = timeout if timeout is not None else self.call_timeout
        remaining = self.tracker.remaining_time()
        by_deadline = remaining is not None and (limit is None or remaining < limit)
        if by_deadline:
            limit = max(0.0, remaining or 0.0)
        try:
            async with asyncio.timeout(limit):
                return await self._invoke(worker, outgoing)
        except TimeoutError:
            reason = "the orchestration deadline passed" if by_deadline else f"no answer within {limit:g}s"
            return Result.failure(f"{worker.name} timed out: {reason}", worker=worker.name)
        except asyncio.CancelledError:
            # cancelled by the pattern (an early stop, a sibling failing): keep a trace of the unfinished call
            self._append(
                Step(agent=worker.name, input=original.text, status="cancelled", id=position, error="cancelled")
            )
            raise
        except Exception as exc:
            return Result.failure(describe_error(exc), worker=worker.name)

    async def _invoke(self, worker: Worker, request: Request) -> Result:
        stream = getattr(worker, "stream", None)
        if stream is None or not progress_watched():  # nobody would see its progress: the plainer call
            return await worker.send(request)
        result: Result | None = None
        events = stream(request)
        async with contextlib.aclosing(events) if hasattr(events, "aclose") else contextlib.nullcontext(events):
            async for event in events:
                if isinstance(event, Result):
                    result = event
                else:
                    self._emit(event)  # a nested pattern's progress shows through
        if result is None:
            raise PatternError(f"{worker.name} ended its stream without a result")
        return result

    def _append(self, step: Step) -> None:
        self.record.steps.append(step)
        self.record.usage = self.record.usage + step.usage

    async def _finish_step(self, step: Step) -> None:
        self._append(step)
        if step.status in UNFINISHED:
            self.errors.append(f"{step.agent or step.id}: {_reason(step)}")
        log.info(
            "step %s %s by %s",
            step.id,
            step.status,
            step.agent,
            extra={
                "run_id": self.run_id,
                "step": step.id,
                "worker": step.agent,
                "status": step.status,
                "latency_ms": round(step.latency_ms, 1),
                "tokens": step.tokens,
                "resumed": step.resumed,
            },
        )
        # committed before its progress event goes out; when nobody watches, with the next step's start or the end
        await self.checkpoint(wait=progress_watched())
        self._pending |= not progress_watched()
        self._emit(StepFinished(step, self.run_id))

    async def finish(self, outcome: Result | None) -> Result:
        """Close the run: decide its status from the outcome and the steps, save it, return the result.

        The answer of a ``partial`` run ends with a list of every step that did not finish and why (failed,
        rejected, input-required, skipped), and of the run's own errors: nothing unfinished passes unnamed.
        """
        record = self.record
        counted = [step for step in record.steps if step.id not in self.superseded]
        status = _status(outcome, counted, self.run_errors, self.on_error)
        record.status = status
        record.output = outcome.text if outcome is not None else ""
        if status == "partial":
            record.output = "\n\n".join(t for t in (record.output, self._unfinished()) if t)
        record.data = outcome.data if outcome is not None else []
        errors = list(dict.fromkeys(self.errors + ([outcome.error] if outcome and outcome.error else [])))
        record.error = "; ".join(errors) or None
        await self.checkpoint()
        log.info(
            "run %s %s",
            self.run_id,
            status,
            extra={
                "run_id": self.run_id,
                "pattern": record.pattern,
                "worker": record.worker,
                "status": status,
                "latency_ms": round((time.perf_counter() - self._started) * 1000, 1),
                "tokens": record.usage.total_tokens,
            },
        )
        self._close(record)
        text = record.output or (record.error or "")
        return Result(
            text=text,
            data=record.data,
            status=status,
            error=record.error if status != "completed" else None,
            steps=list(record.steps),
            usage=record.usage,
            worker=record.worker,
            run_id=self.run_id,
            record=record,
        )

    def abandon(self) -> None:
        """The run stops without finishing (its task was cancelled): observers see it end as ``cancelled``."""
        self._close(dataclasses.replace(self.record, status="cancelled", error="cancelled"))

    def _close(self, record: RunRecord) -> None:
        watches, self._watches = self._watches, []
        for watch in watches:
            try:
                watch.finished(record)
            except Exception:
                log.exception("run observer failed at the end of run %s", self.run_id)

    def answered_by(self, *step_ids: str) -> None:
        """The answer is made of these steps' outputs (kept in the record's ``answered_by``, in this order)."""
        self.record.answered_by = list(dict.fromkeys(step_ids))

    def supersede(self, step_id: str) -> None:
        """The step ``step_id`` was answered by another (a worker that declined, then a runner-up that completed):
        its own status no longer makes the run partial, and it is not listed as unfinished."""
        self.superseded.add(step_id)

    def _unfinished(self) -> str:
        lines: list[str] = []
        for step in self.record.steps:
            if step.status in UNFINISHED and step.id not in self.superseded:
                what = f"{step.id or step.agent}" + (f" ({step.agent})" if step.agent and step.id else "")
                task = f' "{_preview(step.input)}"' if step.input.strip() else ""
                lines.append(f"- {what}{task}: {step.status} — {_reason(step)}")
        lines += [f"- {error}" for error in dict.fromkeys(self.run_errors)]
        return "Not finished:\n" + "\n".join(lines) if lines else ""


def _ignore(event: Event) -> None:
    """Where a run's events go when nobody streams them."""


def _stamp(step: Step, started_at: float, attempts: int) -> None:
    """When the call started (epoch seconds) and how many tries it took."""
    step.started_at = started_at
    step.attempts = attempts


def _reason(step: Step) -> str:
    """Why a step did not finish, in one line: its error, or what it said (an input-required question)."""
    return _preview(step.error or step.output, 200) or "no reason given"


def _preview(text: str, limit: int = 80) -> str:
    line = " ".join(text.split()[:60])
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _status(outcome: Result | None, steps: list[Step], run_errors: list[str], on_error: OnError) -> Any:
    if outcome is None or outcome.status == "failed":
        return "failed"
    if outcome.status in ("input-required", "rejected"):
        return outcome.status
    # a cancelled step is one the pattern chose to stop (an early stop); its cause, if any, is in ``errors``
    troubled = [s for s in steps if s.status in UNFINISHED]
    if not run_errors and not troubled:
        return outcome.status
    if on_error == "fail":
        return "failed"
    if any(s.status in ("completed", "partial") for s in steps):
        return "partial"
    # nothing finished: an honest decline (or a question) stays one; anything else is a failure
    declared = {s.status for s in troubled if s.status != "skipped"}
    if declared and not run_errors and declared <= {"rejected", "input-required"}:
        return "input-required" if "input-required" in declared else "rejected"
    return "failed"


def _jsonable(value: dict[str, Any]) -> dict[str, Any]:
    return json.loads(json.dumps(value, default=str))
