"""Orchestrations as spans: each run of a pattern one span, each of its steps a child span whose ``traceparent``
the worker receives. ``agents.telemetry.activate`` puts a ``RunSpans`` among the run observers.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from contextlib import AbstractContextManager, contextmanager

from agents.telemetry import Span, current, start_span, traceparent
from patterns import RunRecord, TraceParent
from patterns.run import Run, current_step
from patterns.worker import Request, Step


class RunSpans:
    """The ``patterns.run`` observer that turns each orchestration into a span and each step into a child span.

    The run's span is a child of the current span, or of the request's ``traceparent`` when the current span
    belongs to another trace (or there is none). Each step's span is current while the worker is called, and its
    ``traceparent`` replaces the outgoing request's, so a remote worker's spans are its children.
    """

    def run_started(self, run: Run, request: Request) -> _RunWatch:
        given = request.metadata.get("traceparent")
        trace = TraceParent.parse(given)
        here = traceparent()
        parent: str | None = None
        current = TraceParent.parse(here) if here is not None else None
        if trace is not None and (current is None or current.trace_id != trace.trace_id):
            parent = str(trace)
        record = run.record
        attributes = {
            "gen_ai.operation.name": "invoke_agent",
            "gen_ai.agent.name": record.worker or record.pattern,
            "accord.run.id": record.run_id,
            "accord.pattern": record.pattern,
        }
        return _RunWatch(start_span(f"orchestrate {record.pattern}", attributes=attributes, parent=parent))


class _RunWatch:
    def __init__(self, handle: Span) -> None:
        self.handle = handle

    def step(self, position: str, worker: str, request: Request) -> AbstractContextManager[Callable[[Step], None]]:
        return self._step(position, worker, request)

    @contextmanager
    def _step(self, position: str, worker: str, request: Request) -> Generator[Callable[[Step], None]]:
        attributes = {
            "gen_ai.operation.name": "invoke_agent",
            "gen_ai.agent.name": worker,
            "accord.step.id": position,
        }
        handle = start_span(f"invoke_agent {worker}", kind="client", attributes=attributes, parent=self.handle)
        if handle.traceparent is not None:
            request.metadata["traceparent"] = handle.traceparent
        finished: list[Step] = []
        try:
            with current(handle):
                yield finished.append
        finally:
            if finished:
                step = finished[0]
                context = current_step.get()
                handle.set(
                    {
                        "accord.step.status": step.status,
                        "accord.step.attempts": max(context.attempts if context is not None else 0, 1),
                        "gen_ai.usage.input_tokens": step.usage.input_tokens,
                        "gen_ai.usage.output_tokens": step.usage.output_tokens,
                    }
                )
                if step.status == "failed":
                    handle.fail(step.error or "the step failed")
            handle.end()

    def finished(self, record: RunRecord) -> None:
        self.handle.set(
            {
                "accord.run.status": record.status,
                "gen_ai.usage.input_tokens": record.usage.input_tokens,
                "gen_ai.usage.output_tokens": record.usage.output_tokens,
            }
        )
        if record.status == "failed":
            self.handle.fail(record.error or "the run failed")
        self.handle.end()
