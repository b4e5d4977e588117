"""Each agent's last hour: calls, p50/p95 latency and error rate, overall and per five-minute bucket (what the
page draws as small charts).

An agent that sends its own summary with its heartbeats (``servers.observability.window``) is drawn from it:
all its traffic, calls made straight to it included, added up over its replicas (``from_summaries``). Any other
agent (one of someone else's, which does not) is drawn from the orchestrator's recent run records: the steps it
was given (``activity``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Any, Protocol, cast

from servers.observability.window import BUCKET_S, Bucket, Summary
from servers.registry.timeline import moment, number, steps_of

WINDOW_S = 3600.0
BUCKETS = 12
FAILED = ("failed",)


class Stats(Protocol):
    """Calls in a span of time, with their errors and latency percentiles (in milliseconds)."""

    @property
    def calls(self) -> int: ...

    @property
    def errors(self) -> int: ...

    @property
    def error_rate(self) -> float: ...

    def percentile(self, q: float) -> float: ...


@dataclass(slots=True)
class Window:
    """Calls whose every latency is known: the steps of run records."""

    latencies: list[float] = field(default_factory=list[float])
    errors: int = 0

    @property
    def calls(self) -> int:
        return len(self.latencies)

    def percentile(self, q: float) -> float:
        """The nearest-rank ``q`` percentile of the latencies (0 with none)."""
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]

    @property
    def error_rate(self) -> float:
        return self.errors / self.calls if self.calls else 0.0


@dataclass(slots=True)
class Histogram:
    """Calls counted by latency bucket: an agent's own summary."""

    bucket: Bucket

    @property
    def calls(self) -> int:
        return self.bucket.count

    @property
    def errors(self) -> int:
        return self.bucket.errors

    @property
    def error_rate(self) -> float:
        return self.bucket.errors / self.bucket.count if self.bucket.count else 0.0

    def percentile(self, q: float) -> float:
        return self.bucket.percentile(q)


@dataclass(slots=True)
class Activity:
    """One agent's calls in the window, overall and per bucket (oldest first)."""

    overall: Stats = field(default_factory=Window)
    buckets: Sequence[Stats] = field(default_factory=lambda: [Window() for _ in range(BUCKETS)])


def from_summaries(summaries: Sequence[Summary], now: float) -> Activity:
    """The hour before ``now`` from the summaries of an agent's replicas, added up bucket by bucket."""
    current = int(now // BUCKET_S) * BUCKET_S
    buckets = [Bucket(current - (BUCKETS - 1 - i) * BUCKET_S) for i in range(BUCKETS)]
    overall = Bucket(current)
    for summary in summaries:
        for bucket in summary.buckets:
            # a replica whose clock runs a little ahead: its newest bucket is still the current one
            index = BUCKETS - 1 - max(0, (current - bucket.start) // BUCKET_S)
            if index >= 0:
                buckets[index].add(bucket)
                overall.add(bucket)
    return Activity(Histogram(overall), [Histogram(b) for b in buckets])


def activity(runs: Iterable[Mapping[str, Any]], now: float) -> dict[str, Activity]:
    """Per agent, the steps of ``runs`` that started in the hour before ``now``."""
    agents: dict[str, tuple[Window, list[Window]]] = {}
    for run in runs:
        created = moment(run.get("created_at"))
        for step in _flat(steps_of(run)):
            started = moment(step.get("started_at")) or created
            if started is None or not 0 <= now - started < WINDOW_S or step.get("status") in ("skipped", None):
                continue
            agent = str(step.get("agent") or "")
            if not agent:
                continue
            latency = max(0.0, number(step.get("latency_ms")))
            failed = step.get("status") in FAILED
            windows = agents.setdefault(agent, (Window(), [Window() for _ in range(BUCKETS)]))
            index = min(BUCKETS - 1, int((WINDOW_S - (now - started)) / (WINDOW_S / BUCKETS)))
            for window in (windows[0], windows[1][index]):
                window.latencies.append(latency)
                window.errors += failed
    return {agent: Activity(overall, buckets) for agent, (overall, buckets) in agents.items()}


def _flat(steps: Sequence[Mapping[str, Any]]) -> Iterable[Mapping[str, Any]]:
    for step in steps:
        yield step
        nested: object = step.get("steps")
        if isinstance(nested, list):
            inner = cast("list[object]", nested)  # a stored record: JSON
            yield from (cast("Mapping[str, Any]", s) for s in inner if isinstance(s, Mapping))


def chart(stats: Activity | None) -> str:
    """A small inline SVG: per bucket a p95 bar, the p50 bar over it, and the error rate as a red bar below."""
    if stats is None or not stats.overall.calls:
        return "<small>no calls in the last hour</small>"
    width, height, gap = 10, 30, 2
    peak = max(b.percentile(95) for b in stats.buckets) or 1.0
    shapes: list[str] = []
    for i, bucket in enumerate(stats.buckets):
        x = i * (width + gap)
        if bucket.calls:
            p95 = bucket.percentile(95) / peak * height
            p50 = bucket.percentile(50) / peak * height
            shapes.append(f'<rect class="p95" x="{x}" y="{height - p95:.1f}" width="{width}" height="{p95:.1f}"/>')
            shapes.append(f'<rect class="p50" x="{x}" y="{height - p50:.1f}" width="{width}" height="{p50:.1f}"/>')
            if bucket.errors:
                shapes.append(
                    f'<rect class="err" x="{x}" y="{height + 2}" width="{width}" height="{bucket.error_rate * 8:.1f}"/>'
                )
    overall = stats.overall
    summary = (
        f"p50 {overall.percentile(50):.0f} ms, p95 {overall.percentile(95):.0f} ms, "
        f"{overall.error_rate:.0%} errors, {overall.calls} call(s) in the last hour"
    )
    total_width = BUCKETS * (width + gap)
    return (
        f'<svg class="spark" role="img" width="{total_width}" height="{height + 10}" '
        f'viewBox="0 0 {total_width} {height + 10}"><title>{escape(summary)}</title>{"".join(shapes)}</svg>'
        f'<br><small class="latency" data-p50="{overall.percentile(50):.0f}" data-p95="{overall.percentile(95):.0f}"'
        f' data-errors="{overall.error_rate:.3f}" data-calls="{overall.calls}">{escape(summary)}</small>'
    )
