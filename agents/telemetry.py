"""Telemetry: OpenTelemetry spans when they are switched on, and nothing at all when they are not.

Spans are off until ``activate`` is called (``servers.observability.tracing.configure_tracing`` calls it when the
``otel`` extra is installed and the standard ``OTEL_*`` variables ask for an exporter). Until then ``span`` yields
a do-nothing handle and this module imports nothing from ``opentelemetry``, so an installation without the extra
behaves exactly as before.

Names and attributes follow the OpenTelemetry semantic conventions for generative AI where they apply:

- a model call is ``chat {model}`` (client) with ``gen_ai.request.model`` and ``gen_ai.usage.input_tokens`` /
  ``gen_ai.usage.output_tokens``;
- an MCP tool call is ``execute_tool {tool}`` with ``gen_ai.tool.name`` and ``mcp.method.name = tools/call``;
- an orchestration is ``orchestrate {pattern}`` and each of its steps ``invoke_agent {worker}`` (client), the
  step's span becoming the ``traceparent`` the worker receives, so the worker's spans hang under it.

Independently of spans, model and tool calls and A2A tasks are reported to the listeners of ``listen`` (the
Prometheus metrics subscribe there), so counting does not depend on tracing being on. A task (``task``) ends
with a ``TaskFinished`` naming what the agent decided: the tools that answered (the metrics map them to the
card's skills) or a skill said outright (``decide``; the orchestrator's pattern), and how the task ended.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Generator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from agents.models.base import Message, Model, TextSink, ToolSpec, Turn
from patterns import TraceParent
from patterns.run import observe_runs

Attributes = Mapping[str, str | int | float | bool | Sequence[str]]
Listener = Callable[[object], None]

_KINDS = ("internal", "server", "client", "producer", "consumer")
_state: dict[str, Any] = {"tracer": None, "api": None, "unobserve": None}
_listeners: list[Listener] = []


def activate(provider: Any = None) -> None:
    """Turn spans on, made by ``provider`` (an OpenTelemetry ``TracerProvider``; default: the global one)."""
    from opentelemetry import trace  # only ever imported here: the extra is optional

    source = provider if provider is not None else trace.get_tracer_provider()
    _state["api"] = trace
    _state["tracer"] = source.get_tracer("accord")
    if _state["unobserve"] is None:
        from agents.run_spans import RunSpans  # it builds on this module's spans

        _state["unobserve"] = observe_runs(RunSpans())


def deactivate() -> None:
    """Turn spans off again (tests; a process that stops exporting)."""
    unobserve = _state["unobserve"]
    if unobserve is not None:
        unobserve()
    _state.update(tracer=None, api=None, unobserve=None)


def active() -> bool:
    return _state["tracer"] is not None


class Span:
    """A span handle. This base class is what callers get while tracing is off: every method does nothing."""

    traceparent: str | None = None

    def set(self, attributes: Attributes) -> None:
        return None

    def fail(self, message: str) -> None:
        return None

    def end(self) -> None:
        return None


_NOOP = Span()


class _OtelSpan(Span):
    def __init__(self, span: Any) -> None:
        self.span = span
        context = span.get_span_context()
        self.traceparent = f"00-{context.trace_id:032x}-{context.span_id:016x}-{context.trace_flags:02x}"

    def set(self, attributes: Attributes) -> None:
        self.span.set_attributes(dict(attributes))

    def fail(self, message: str) -> None:
        api = _state["api"]
        if api is not None:
            self.span.set_status(api.Status(api.StatusCode.ERROR, message[:300]))

    def end(self) -> None:
        self.span.end()


def start_span(
    name: str, *, kind: str = "internal", attributes: Attributes | None = None, parent: Span | str | None = None
) -> Span:
    """A span that is not made current: the caller ends it. ``parent``: a span, a W3C ``traceparent``, or (by
    default) the current span."""
    tracer = _state["tracer"]
    if tracer is None:
        return _NOOP
    span = tracer.start_span(name, context=_context(parent), kind=_kind(kind), attributes=dict(attributes or {}))
    return _OtelSpan(span)


@contextmanager
def current(span: Span) -> Generator[Span]:
    """Make ``span`` the current one inside the block (the parent of spans started there)."""
    api = _state["api"]
    if api is None or not isinstance(span, _OtelSpan):
        yield span
        return
    with api.use_span(span.span, end_on_exit=False, record_exception=False, set_status_on_exception=False):
        yield span


@contextmanager
def span(
    name: str, *, kind: str = "internal", attributes: Attributes | None = None, parent: Span | str | None = None
) -> Generator[Span]:
    """A span around the block, current inside it; an exception leaving the block marks it failed."""
    handle = start_span(name, kind=kind, attributes=attributes, parent=parent)
    try:
        with current(handle):
            yield handle
    except BaseException as exc:
        handle.fail(type(exc).__name__)
        raise
    finally:
        handle.end()


def traceparent() -> str | None:
    """The W3C ``traceparent`` of the current span, for a call leaving this process; ``None`` when tracing is off
    or no span is current."""
    api = _state["api"]
    if api is None:
        return None
    context = api.get_current_span().get_span_context()
    if not context.is_valid:
        return None
    return f"00-{context.trace_id:032x}-{context.span_id:016x}-{context.trace_flags:02x}"


def inject(headers: Any) -> None:
    """Set the ``traceparent`` header of an outgoing HTTP request to the current span (when there is one)."""
    value = traceparent()
    if value is not None:
        headers["traceparent"] = value


def httpx_hooks() -> dict[str, list[Callable[[Any], Any]]]:
    """``event_hooks`` for an ``httpx.AsyncClient`` whose requests should carry the current span's context."""

    async def on_request(request: Any) -> None:
        inject(request.headers)

    return {"request": [on_request]}


def _kind(kind: str) -> Any:
    if kind not in _KINDS:
        raise ValueError(f"unknown span kind {kind!r}")
    return getattr(_state["api"].SpanKind, kind.upper())


def _context(parent: Span | str | None) -> Any:
    api = _state["api"]
    if isinstance(parent, _OtelSpan):
        return api.set_span_in_context(parent.span)
    if isinstance(parent, str):
        remote = TraceParent.parse(parent)
        if remote is not None:
            context = api.SpanContext(
                int(remote.trace_id, 16),
                int(remote.parent_id, 16),
                is_remote=True,
                trace_flags=api.TraceFlags(int(remote.flags, 16)),
            )
            return api.set_span_in_context(api.NonRecordingSpan(context))
    return None  # the current context


# -- events for metrics ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ModelCalled:
    """One model call finished (``error``: it raised)."""

    agent: str
    model: str
    input_tokens: int
    output_tokens: int
    cost_usd: float | None
    seconds: float
    error: bool = False


@dataclass(frozen=True, slots=True)
class ToolCalled:
    """One MCP tool call finished: ``status`` is ``ok``, ``error`` (the tool refused) or ``fault`` (it broke)."""

    agent: str
    tool: str
    seconds: float
    status: str


@dataclass(frozen=True, slots=True)
class TaskCounted:
    """An A2A task of ``agent`` started (``delta`` 1) or ended (-1)."""

    agent: str
    delta: int


@dataclass(frozen=True, slots=True)
class TaskFinished:
    """An A2A task of ``agent`` ended ``status`` (``completed``, ``failed``, ``rejected``, ``input-required``,
    ``canceled``) after ``seconds``. ``skill``: what the agent said it was doing (``decide``), else empty;
    ``tools``: the tools of the agent that answered without error, in call order (at most ``MAX_TOOLS``)."""

    agent: str
    status: str
    seconds: float
    skill: str = ""
    tools: tuple[str, ...] = ()


MAX_TOOLS = 16
ASK_USER = "ask_user"  # the runtime's tool for a question to the user (agents.runtime imports this module)


@dataclass(slots=True)
class _Task:
    """What one task has shown so far: its tools, its skill, how it ended (said, or implied by the last turn)."""

    agent: str
    skill: str = ""
    said: str | None = None
    implied: str = "failed"  # no model turn at all: a limit stopped the run first
    tools: list[str] = field(default_factory=list[str])


_task: ContextVar[_Task | None] = ContextVar("accord_task", default=None)


@contextmanager
def task(agent: str) -> Generator[None]:
    """Around the work on one A2A task: counted as in flight for ``agent`` while the block runs, then reported
    as a ``TaskFinished``. Its status is what ``conclude`` said, else what the agent's last model turn implies;
    an exception leaving the block is ``failed`` (``canceled`` for a cancellation)."""
    watch = _Task(agent)
    token = _task.set(watch)
    report(TaskCounted(agent, 1))
    started = time.perf_counter()
    raised: str | None = None
    try:
        yield
    except BaseException as exc:
        raised = "canceled" if isinstance(exc, asyncio.CancelledError) else "failed"
        raise
    finally:
        _task.reset(token)
        report(TaskCounted(agent, -1))
        status = raised or watch.said or watch.implied
        report(TaskFinished(agent, status, time.perf_counter() - started, watch.skill, tuple(watch.tools)))


def decide(skill: str) -> None:
    """Say which skill the current task is being done by (the orchestrator: its pattern)."""
    watch = _task.get()
    if watch is not None:
        watch.skill = skill


def conclude(status: str) -> None:
    """Say how the current task ended (the outcome's status), over what its last model turn implies."""
    watch = _task.get()
    if watch is not None:
        watch.said = status


def _turn_taken(agent: str, turn: Turn | None) -> None:
    """The task's status as the agent's latest model turn implies it, were the run to end there: a turn that
    failed, was cut off (to be continued) or asked for tools (other than the user) ends only by a limit."""
    watch = _task.get()
    if watch is None or watch.agent != agent:  # another agent's model, run in-process inside this task
        return
    if turn is None or turn.error or turn.stop == "max_tokens":
        watch.implied = "failed"
    elif turn.rejected or turn.tool_calls:
        asked = any(c.name == ASK_USER for c in turn.tool_calls)
        watch.implied = "rejected" if turn.rejected else "input-required" if asked else "failed"
    else:
        watch.implied = "input-required" if turn.needs_input else "completed"


def _tool_answered(agent: str, tool: str) -> None:
    watch = _task.get()
    if watch is not None and watch.agent == agent:
        watch.tools = [*watch.tools[-(MAX_TOOLS - 1) :], tool]


def listen(listener: Listener) -> Callable[[], None]:
    """Receive every ``ModelCalled``, ``ToolCalled``, ``TaskCounted`` and ``TaskFinished`` of this process;
    returns the call that stops it."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None


def report(event: object) -> None:
    for listener in list(_listeners):
        listener(event)


# -- model calls -------------------------------------------------------------------------------------------------

_PROVIDERS = {"ClaudeModel": "anthropic", "OpenAIModel": "openai", "OpenAICompatibleModel": "openai"}


class TracedModel:
    """A ``Model`` whose every ``respond`` is a ``chat`` span with its token counts, and a ``ModelCalled`` event.

    Everything else (``asks_user``, a backend's own attributes) is the wrapped model's.
    """

    traced = True

    def __init__(self, model: Model, *, agent: str = "") -> None:
        self.inner = model
        self.name = model.name
        self.agent = agent
        self.provider = getattr(model, "provider", None) or _PROVIDERS.get(type(model).__name__, "accord")

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    async def respond(
        self,
        instructions: str,
        messages: Sequence[Message],
        tools: Sequence[ToolSpec],
        on_text: TextSink | None = None,
        **options: Any,
    ) -> Turn:
        attributes = {
            "gen_ai.operation.name": "chat",
            "gen_ai.provider.name": self.provider,
            "gen_ai.request.model": self.name,
        }
        if self.agent:
            attributes["gen_ai.agent.name"] = self.agent
        started = time.perf_counter()
        with span(f"chat {self.name}", kind="client", attributes=attributes) as handle:
            try:
                turn = await self.inner.respond(instructions, messages, tools, on_text, **options)
            except Exception:
                report(ModelCalled(self.agent, self.name, 0, 0, None, time.perf_counter() - started, error=True))
                _turn_taken(self.agent, None)
                raise
            usage = turn.usage
            handle.set(
                {
                    "gen_ai.response.model": self.name,
                    "gen_ai.usage.input_tokens": usage.input_tokens,
                    "gen_ai.usage.output_tokens": usage.output_tokens,
                    "gen_ai.usage.cache_read.input_tokens": getattr(usage, "cache_read_tokens", 0),
                    "gen_ai.usage.cache_creation.input_tokens": getattr(usage, "cache_write_tokens", 0),
                    "gen_ai.response.finish_reasons": (str(getattr(turn, "stop", "end")),),
                }
            )
            if turn.error:
                handle.fail(turn.error)
        seconds, failed = time.perf_counter() - started, turn.error is not None
        cost = _cost(self.name, usage)
        _turn_taken(self.agent, turn)
        report(ModelCalled(self.agent, self.name, usage.input_tokens, usage.output_tokens, cost, seconds, failed))
        return turn


def _cost(model: str, usage: Any) -> float | None:
    try:
        from agents.models.pricing import PRICES
    except ImportError:  # an installation without a price table
        return None
    return PRICES.cost(model, usage)


def traced_model(model: Model, *, agent: str = "") -> Model:
    """``model`` with a span and a ``ModelCalled`` event per call (a model already traced is returned as is)."""
    if getattr(model, "traced", False):
        return model
    return TracedModel(model, agent=agent)


# -- MCP tool calls ----------------------------------------------------------------------------------------------


@contextmanager
def tool_call(agent: str, tool: str, call_id: str = "") -> Generator[Callable[[str], None]]:
    """An ``execute_tool`` span around one MCP tool call; call the yielded function with its status
    (``ok``, ``error``, ``fault``) before leaving the block. A ``ToolCalled`` event is reported either way."""
    attributes: dict[str, str | int | float | bool] = {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": tool,
        "gen_ai.tool.type": "extension",
        "mcp.method.name": "tools/call",
    }
    if call_id:
        attributes["gen_ai.tool.call.id"] = call_id
    if agent:
        attributes["gen_ai.agent.name"] = agent
    outcome = ["fault"]
    started = time.perf_counter()
    try:
        with span(f"execute_tool {tool}", kind="client", attributes=attributes) as handle:
            yield lambda status: outcome.__setitem__(0, status)
            if outcome[0] != "ok":
                handle.fail(f"tool {outcome[0]}")
    finally:
        if outcome[0] == "ok":
            _tool_answered(agent, tool)
        report(ToolCalled(agent, tool, time.perf_counter() - started, outcome[0]))
