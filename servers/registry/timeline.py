"""Where a run's steps sit in time: the start and end of each on one axis, from the record alone.

A step keeps ``started_at`` (when its call began; epoch seconds or an ISO time) and ``latency_ms``. A record
written before steps kept ``started_at`` is laid out by its shape instead: a step starts when the steps it
depends on have ended, a fan-out's or a planned run's independent steps start together, and the steps of the
other patterns one after another. Such a layout is marked ``estimated``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

MAX_STEPS = 200  # a record is a caller's work: draw this many steps at most
PARALLEL_PATTERNS = ("fanout", "supervisor")


@dataclass(frozen=True, slots=True)
class Bar:
    """One step on the axis: offsets in milliseconds from the run's start."""

    id: str
    agent: str
    status: str
    start_ms: float
    duration_ms: float
    tokens: int
    attempts: int
    depth: int  # 0 for the run's own steps, 1 for a nested pattern's
    step: Mapping[str, Any]

    @property
    def end_ms(self) -> float:
        return self.start_ms + self.duration_ms


@dataclass(frozen=True, slots=True)
class Timeline:
    bars: list[Bar]
    total_ms: float
    estimated: bool
    truncated: bool


def moment(value: object) -> float | None:
    """Epoch seconds from a number or an ISO 8601 time; ``None`` when it is neither."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if value > 0 else None
    if isinstance(value, str) and 0 < len(value) <= 40:
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
        except ValueError:
            return None
    return None


def number(value: object, default: float = 0.0) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return float(value) if value == value and abs(value) < 1e15 else default  # not NaN, not absurd


def mapping(value: object) -> Mapping[str, Any] | None:
    """``value`` when it is a JSON object (a record's field), else ``None``."""
    return cast("Mapping[str, Any]", value) if isinstance(value, Mapping) else None


def listed(value: object) -> list[object]:
    """``value`` when it is a JSON array (a record's field), else an empty list."""
    return cast("list[object]", value) if isinstance(value, list) else []


def steps_of(record: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    steps: object = record.get("steps")
    if not isinstance(steps, list):
        return []
    return [cast("Mapping[str, Any]", s) for s in cast("list[object]", steps) if isinstance(s, Mapping)]  # JSON


def timeline(record: Mapping[str, Any], now: float | None = None) -> Timeline:
    """The bars of ``record``'s steps in order of start, a nested pattern's steps right after their parent's."""
    steps = steps_of(record)
    truncated = len(steps) > MAX_STEPS
    steps = steps[:MAX_STEPS]
    starts = [moment(s.get("started_at")) for s in steps]
    known = [t for t in starts if t is not None]
    created = moment(record.get("created_at"))
    estimated = bool(steps) and len(known) < len(steps)
    if estimated or not known:
        offsets = _estimate(steps, str(record.get("pattern") or ""))
    else:
        origin = min(known + ([created] if created is not None else []))
        offsets = [((t or origin) - origin) * 1000 for t in starts]
    groups: list[list[Bar]] = []
    for step, offset in zip(steps, offsets, strict=True):
        group = [_bar(step, offset, 0)]
        nested = step.get("steps")
        if isinstance(nested, list) and nested:
            inner = timeline({"steps": nested[:MAX_STEPS], "pattern": ""}, None)
            group += [_nested(b, offset) for b in inner.bars if b.depth == 0]
        groups.append(group)
    groups.sort(key=lambda g: g[0].start_ms)  # stable: equal starts keep the record's order
    bars = [bar for group in groups for bar in group][: MAX_STEPS * 2]
    total = max((b.end_ms for b in bars), default=0.0)
    updated = moment(record.get("updated_at"))
    if record.get("status") == "running" and created is not None and now is not None:
        total = max(total, (now - created) * 1000)
    elif not estimated and created is not None and updated is not None:
        total = max(total, (updated - created) * 1000)
    return Timeline(bars, max(total, 1.0), estimated, truncated)


def _bar(step: Mapping[str, Any], start_ms: float, depth: int) -> Bar:
    return Bar(
        id=str(step.get("id") or ""),
        agent=str(step.get("agent") or "?"),
        status=str(step.get("status") or ""),
        start_ms=max(0.0, start_ms),
        duration_ms=max(0.0, number(step.get("latency_ms"))),
        tokens=int(number(step.get("tokens"))),
        attempts=max(1, int(number(step.get("attempts"), 1))),
        depth=depth,
        step=step,
    )


def _nested(bar: Bar, offset: float) -> Bar:
    return Bar(
        bar.id, bar.agent, bar.status, bar.start_ms + offset, bar.duration_ms, bar.tokens, bar.attempts, 1, bar.step
    )


def _estimate(steps: Sequence[Mapping[str, Any]], pattern: str) -> list[float]:
    """Offsets from the record's shape when steps did not keep their start."""
    ends: dict[str, float] = {}
    offsets: list[float] = []
    previous_end = 0.0
    for step in steps:
        given: object = step.get("depends_on") or []
        listed = cast("Iterable[object]", given) if isinstance(given, Iterable) else ()  # JSON: a list
        depends = [str(d) for d in listed if isinstance(d, str | int)]
        if depends:
            start = max((ends.get(d, 0.0) for d in depends), default=0.0)
        elif pattern in PARALLEL_PATTERNS:
            start = 0.0
        else:
            start = previous_end
        offsets.append(start)
        end = start + max(0.0, number(step.get("latency_ms")))
        ends[str(step.get("id") or "")] = end
        previous_end = max(previous_end, end) if pattern not in PARALLEL_PATTERNS else previous_end
    return offsets
