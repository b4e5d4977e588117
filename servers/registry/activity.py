"""Each agent's last hour, read from the recent run records: calls, p50/p95 latency and error rate, overall and
per five-minute bucket (what the page draws as small charts)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Any

from servers.registry.timeline import moment, number, steps_of

WINDOW_S = 3600.0
BUCKETS = 12
FAILED = ("failed",)


@dataclass(slots=True)
class Window:
    latencies: list[float] = field(default_factory=list)
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
class Activity:
    """One agent's calls in the window, overall and per bucket (oldest first)."""

    overall: Window = field(default_factory=Window)
    buckets: list[Window] = field(default_factory=lambda: [Window() for _ in range(BUCKETS)])


def activity(runs: Iterable[Mapping[str, Any]], now: float) -> dict[str, Activity]:
    """Per agent, the steps of ``runs`` that started in the hour before ``now``."""
    agents: dict[str, Activity] = {}
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
            stats = agents.setdefault(agent, Activity())
            index = min(BUCKETS - 1, int((WINDOW_S - (now - started)) / (WINDOW_S / BUCKETS)))
            for window in (stats.overall, stats.buckets[index]):
                window.latencies.append(latency)
                window.errors += failed
    return agents


def _flat(steps: Sequence[Mapping[str, Any]]) -> Iterable[Mapping[str, Any]]:
    for step in steps:
        yield step
        nested = step.get("steps")
        if isinstance(nested, list):
            yield from (s for s in nested if isinstance(s, Mapping))


def chart(stats: Activity | None) -> str:
    """A small inline SVG: per bucket a p95 bar, the p50 bar over it, and the error rate as a red bar below."""
    if stats is None or not stats.overall.calls:
        return "<small>no calls in the last hour</small>"
    width, height, gap = 10, 30, 2
    peak = max(b.percentile(95) for b in stats.buckets) or 1.0
    shapes = []
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
        f' data-errors="{overall.error_rate:.3f}">{escape(summary)}</small>'
    )
