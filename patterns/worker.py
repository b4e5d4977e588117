"""The Worker contract: what every pattern composes, and what every pattern is.

A Worker is anything with a name, a description, its skills, an async ``send`` that answers a ``Request`` with a
structured ``Result``, and a ``stream`` that yields progress ``Event``s ending with that ``Result``. A remote A2A
agent, an in-process agent and every pattern in this package implement it, so patterns nest: a supervisor
whose workers are routers is the hierarchical pattern, with no extra code.

Everything here is a plain dataclass: the adapters at the edge (A2A, MCP) translate to and from the wire.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeAlias, cast, runtime_checkable

if TYPE_CHECKING:
    from patterns.records import RunRecord

Status = Literal["completed", "failed", "partial", "input-required", "rejected"]
"""``rejected``: the worker declined honestly (the request is beyond what it can do); ``error`` says why."""
StepStatus = Literal["completed", "failed", "partial", "input-required", "rejected", "skipped", "cancelled"]


@dataclass(frozen=True, slots=True)
class Skill:
    """One thing a worker can do; an A2A Agent Card's skill maps onto it field by field."""

    id: str
    name: str
    description: str = ""
    tags: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()

    @classmethod
    def from_card(cls, skill: Mapping[str, Any]) -> Skill:
        """A skill from an Agent Card's JSON (``{"id", "name", "description", "tags", "examples"}``)."""
        return cls(
            id=str(skill.get("id") or skill.get("name") or ""),
            name=str(skill.get("name") or skill.get("id") or ""),
            description=str(skill.get("description") or ""),
            tags=tuple(skill.get("tags") or ()),
            examples=tuple(skill.get("examples") or ()),
        )


@dataclass(slots=True)
class Usage:
    """What a call consumed. ``cost`` is in US dollars, ``None`` when prices are unknown.

    ``input_tokens`` is the uncached input; ``cache_read_tokens`` and ``cache_write_tokens`` are input read
    from or written to a model's prompt cache. ``total_tokens`` counts all of them: what token budgets limit.
    """

    input_tokens: int = 0
    output_tokens: int = 0
    calls: int = 0
    cost: float | None = None
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens + self.cache_read_tokens + self.cache_write_tokens

    def __add__(self, other: Usage) -> Usage:
        cost = None if self.cost is None and other.cost is None else (self.cost or 0.0) + (other.cost or 0.0)
        return Usage(
            self.input_tokens + other.input_tokens,
            self.output_tokens + other.output_tokens,
            self.calls + other.calls,
            cost,
            self.cache_read_tokens + other.cache_read_tokens,
            self.cache_write_tokens + other.cache_write_tokens,
        )

    def to_dict(self) -> dict[str, Any]:
        # written out: every run record's checkpoint serializes several of these, and asdict's deep copy costs
        # more than the rest of the record
        return {
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "calls": self.calls,
            "cost": self.cost,
            "cache_read_tokens": self.cache_read_tokens,
            "cache_write_tokens": self.cache_write_tokens,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Usage:
        return cls(
            int(data.get("input_tokens", 0)),
            int(data.get("output_tokens", 0)),
            int(data.get("calls", 0)),
            data.get("cost"),
            int(data.get("cache_read_tokens", 0)),
            int(data.get("cache_write_tokens", 0)),
        )


@dataclass(slots=True)
class Request:
    """What a worker is asked.

    ``metadata`` travels with the request across hops: ``hops`` (see ``patterns.context``), ``traceparent``,
    ``pattern`` and ``agents`` (an orchestrator's choices), ``run_id`` (resume or name a run).
    """

    text: str
    data: dict[str, Any] | None = None
    metadata: dict[str, Any] = field(default_factory=dict[str, Any])

    def replace(self, **changes: Any) -> Request:
        """A copy with ``changes``; the metadata dict is copied, never shared."""
        changes.setdefault("metadata", dict(self.metadata))
        return dataclasses.replace(self, **changes)


@dataclass(slots=True)
class Step:
    """One call a pattern made: the unit of a run record.

    ``key`` is deterministic (position in the plan, worker, input hash) so an interrupted run can find the
    steps it already finished. ``steps`` holds a nested pattern's own steps.
    """

    agent: str
    input: str
    output: str = ""
    status: StepStatus = "completed"
    latency_ms: float = 0.0
    tokens: int = 0
    error: str | None = None
    id: str = ""
    key: str = ""
    data: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])
    usage: Usage = field(default_factory=Usage)
    resumed: bool = False
    steps: list[Step] = field(default_factory=list["Step"])
    started_at: float | None = None  # UNIX seconds, for the run's waterfall
    attempts: int = 1  # calls made for this step, retries included

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "key": self.key,
            "agent": self.agent,
            "input": self.input,
            "output": self.output,
            "status": self.status,
            "latency_ms": round(self.latency_ms, 3),
            "tokens": self.tokens,
            "error": self.error,
            "data": self.data,
            "usage": self.usage.to_dict(),
        }
        if self.resumed:
            out["resumed"] = True
        if self.started_at is not None:
            out["started_at"] = round(self.started_at, 3)
        if self.attempts > 1:
            out["attempts"] = self.attempts
        if self.steps:
            out["steps"] = [s.to_dict() for s in self.steps]
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Step:
        return cls(
            agent=data["agent"],
            input=data.get("input", ""),
            output=data.get("output", ""),
            status=data.get("status", "completed"),
            latency_ms=float(data.get("latency_ms", 0.0)),
            tokens=int(data.get("tokens", 0)),
            error=data.get("error"),
            id=data.get("id", ""),
            key=data.get("key", ""),
            data=list(data.get("data") or []),
            usage=Usage.from_dict(data.get("usage") or {}),
            resumed=bool(data.get("resumed", False)),
            steps=[cls.from_dict(s) for s in cast("list[Mapping[str, Any]]", data.get("steps") or [])],
            started_at=data.get("started_at"),
            attempts=int(data.get("attempts", 1)),
        )


@dataclass(slots=True)
class Result:
    """A worker's answer: text, structured ``data`` parts, a status, and how it got there.

    ``data`` is a list of structured dicts (one per data part); a single dict is accepted and wrapped.
    A failure never raises out of a pattern: it comes back as ``status="failed"`` with ``error`` set. A
    pattern's own result carries its run's ``record`` as the run's last checkpoint stored it, so whoever reports
    the run need not read it back.
    """

    text: str = ""
    data: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])
    status: Status = "completed"
    error: str | None = None
    steps: list[Step] = field(default_factory=list["Step"])
    usage: Usage = field(default_factory=Usage)
    worker: str = ""
    run_id: str | None = None
    record: RunRecord | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if isinstance(self.data, Mapping):
            self.data = [dict(self.data)]

    @property
    def ok(self) -> bool:
        return self.status == "completed"

    @classmethod
    def failure(cls, error: str | BaseException, *, worker: str = "", text: str = "", **fields: Any) -> Result:
        """A failed result; an exception becomes ``"TypeName: message"`` so nothing is lost."""
        message = error if isinstance(error, str) else describe_error(error)
        return cls(text=text or message, status="failed", error=message, worker=worker, **fields)


def describe_error(error: BaseException) -> str:
    """One line naming an exception; a bare ``TimeoutError`` says so instead of an empty message."""
    message = str(error)
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


@dataclass(frozen=True, slots=True)
class StepStarted:
    """A pattern is calling ``worker`` with ``input``."""

    worker: str
    input: str
    step_id: str = ""
    run_id: str | None = None


@dataclass(frozen=True, slots=True)
class StepFinished:
    """A call finished (in any status); ``step`` is the record that was kept."""

    step: Step
    run_id: str | None = None


@dataclass(frozen=True, slots=True)
class Progress:
    """Free-form progress text from ``worker`` (a plan made, a route chosen, a draft scored)."""

    text: str
    worker: str = ""
    run_id: str | None = None


Event: TypeAlias = StepStarted | StepFinished | Progress | Result


@runtime_checkable
class Worker(Protocol):
    """Anything a pattern can call. ``stream`` yields progress events and ends with exactly one ``Result``."""

    name: str
    description: str
    skills: Sequence[Skill]

    async def send(self, request: Request) -> Result: ...

    def stream(self, request: Request) -> AsyncIterator[Event]: ...


class BaseWorker:
    """A base for workers that only know ``send``: ``stream`` yields the final result."""

    name: str = "worker"
    description: str = ""
    skills: Sequence[Skill] = ()

    async def send(self, request: Request) -> Result:
        raise NotImplementedError

    async def stream(self, request: Request) -> AsyncIterator[Event]:
        yield await self.send(request)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"


Handler: TypeAlias = Callable[[Request], Awaitable["Result | str"]]


class FunctionWorker(BaseWorker):
    """A worker from an async function that returns a ``Result`` or plain text (handy for local steps)."""

    def __init__(self, name: str, handler: Handler, *, description: str = "", skills: Sequence[Skill] = ()) -> None:
        self.name = name
        self.description = description
        self.skills = tuple(skills)
        self._handler = handler

    async def send(self, request: Request) -> Result:
        answer = await self._handler(request)
        result = Result(text=answer) if isinstance(answer, str) else answer
        if not result.worker:
            result.worker = self.name
        return result


async def final_result(events: AsyncIterator[Event]) -> Result:
    """Drain a ``stream`` and return its ``Result`` (the last event)."""
    result: Result | None = None
    async for event in events:
        if isinstance(event, Result):
            result = event
    if result is None:
        raise RuntimeError("the stream ended without a Result")
    return result
