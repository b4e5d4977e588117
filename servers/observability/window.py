"""An agent's last hour, kept small: per five-minute bucket, its tasks, their errors and a latency histogram.

``LastHour`` is fed by the server's metrics (every A2A task that ends) and summarised for the registry, which
receives the summary with each heartbeat and draws each agent's small charts from it. The summary is the wire
format, version 1::

    {"v": 1, "instance": "3f9c0a7d12e4b6a8",
     "buckets": [{"start": 1718000100, "count": 7, "errors": 1, "latency": [0, 2, 3, 1, 1, 0, ...]}, ...]}

``start`` is a UNIX second on a five-minute boundary (oldest bucket first, at most ``BUCKETS``); ``latency``
counts the bucket's tasks by ``BOUNDS_MS`` (the last count is over the last bound). ``instance`` tells apart the
replicas of one agent, whose summaries the registry adds up. ``parse_summary`` reads one as the hostile input it
is: every field checked, every number bounded, or ``SummaryError``.
"""

from __future__ import annotations

import math
import secrets
import time
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

VERSION = 1
BUCKET_S = 300
BUCKETS = 12
WINDOW_S = BUCKET_S * BUCKETS
BOUNDS_MS = (25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 30_000, 60_000, 120_000, 300_000)
MAX_COUNT = 1_000_000_000
SKEW_S = 600  # how far an agent's clock may be ahead of the registry's before its buckets are refused
INSTANCE_CHARS = frozenset("0123456789abcdef")
ERROR_STATUSES = frozenset({"failed"})


class SummaryError(ValueError):
    """A summary that is not one: the message says which field, never echoing what was sent."""


@dataclass(slots=True)
class Bucket:
    """The tasks that started in the five minutes from ``start``."""

    start: int
    count: int = 0
    errors: int = 0
    latency: list[int] = field(default_factory=lambda: [0] * (len(BOUNDS_MS) + 1))

    def add(self, other: Bucket) -> None:
        self.count += other.count
        self.errors += other.errors
        self.latency = [a + b for a, b in zip(self.latency, other.latency, strict=True)]

    def percentile(self, q: float) -> float:
        """The ``q`` percentile of the latencies in milliseconds, interpolated inside its histogram bucket (as
        Prometheus' ``histogram_quantile``); over the last bound it is the last bound. 0 without tasks."""
        if not self.count:
            return 0.0
        rank = q / 100 * self.count
        seen = 0
        for index, counted in enumerate(self.latency):
            if counted and seen + counted >= rank:
                if index == len(BOUNDS_MS):
                    return float(BOUNDS_MS[-1])
                lower = BOUNDS_MS[index - 1] if index else 0
                return lower + (BOUNDS_MS[index] - lower) * max(0.0, rank - seen) / counted
            seen += counted
        return float(BOUNDS_MS[-1])

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "count": self.count, "errors": self.errors, "latency": list(self.latency)}


class LastHour:
    """This process's tasks of one agent over the last hour, in ``BUCKETS`` buckets of ``BUCKET_S`` seconds."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.instance = secrets.token_hex(8)
        self._buckets: dict[int, Bucket] = {}

    def record(self, seconds: float, status: str) -> None:
        """One task that ended ``status`` after ``seconds``, counted in the bucket of the moment it started."""
        now = self.clock()
        seconds = max(0.0, seconds) if math.isfinite(seconds) else 0.0
        start = _bucket_of(now - seconds)
        if start <= _bucket_of(now) - WINDOW_S:
            start = _bucket_of(now) - WINDOW_S + BUCKET_S  # a task longer than the hour: its oldest bucket
        bucket = self._buckets.get(start)
        if bucket is None:
            bucket = self._buckets[start] = Bucket(start)
            self._forget(now)
        bucket.count += 1
        bucket.errors += status in ERROR_STATUSES
        bucket.latency[bisect_left(BOUNDS_MS, seconds * 1000)] += 1

    def summary(self) -> dict[str, Any]:
        """The wire summary of the last hour (see the module's docstring)."""
        self._forget(self.clock())
        buckets = [self._buckets[start].to_json() for start in sorted(self._buckets)]
        return {"v": VERSION, "instance": self.instance, "buckets": buckets}

    def _forget(self, now: float) -> None:
        oldest = _bucket_of(now) - WINDOW_S + BUCKET_S
        for start in [s for s in self._buckets if s < oldest]:
            del self._buckets[start]


@dataclass(frozen=True, slots=True)
class Summary:
    """A summary that passed ``parse_summary``; ``to_json`` is its canonical form, to be stored."""

    instance: str
    buckets: tuple[Bucket, ...]

    def to_json(self) -> dict[str, Any]:
        return {"v": VERSION, "instance": self.instance, "buckets": [b.to_json() for b in self.buckets]}


def parse_summary(payload: object, now: float) -> Summary | None:
    """``payload`` as a summary, judged at ``now`` (the registry's clock). ``None`` for a version this code
    does not know (a newer agent: its heartbeat still counts); ``SummaryError`` for anything malformed."""
    fields = _object(payload)
    if fields is None:
        raise SummaryError("activity must be a JSON object")
    if fields.get("v") != VERSION or isinstance(fields.get("v"), bool):
        return None
    if set(fields) != {"v", "instance", "buckets"}:
        raise SummaryError("activity must have exactly the fields v, instance and buckets")
    instance = fields["instance"]
    if not isinstance(instance, str) or not 8 <= len(instance) <= 32 or not set(instance) <= INSTANCE_CHARS:
        raise SummaryError("activity.instance must be 8 to 32 lowercase hex digits")
    entries = _array(fields["buckets"])
    if entries is None:
        raise SummaryError("activity.buckets must be a list")
    if len(entries) > BUCKETS:
        raise SummaryError(f"activity.buckets may hold at most {BUCKETS} buckets")
    parsed = [_bucket(entry, now) for entry in entries]
    starts = [b.start for b in parsed]
    if any(later <= earlier for earlier, later in zip(starts, starts[1:], strict=False)):
        raise SummaryError("activity.buckets must be in order of start, oldest first, each start once")
    return Summary(instance, tuple(parsed))


def _bucket(entry: object, now: float) -> Bucket:
    fields = _object(entry)
    if fields is None:
        raise SummaryError("each bucket must be a JSON object")
    if set(fields) != {"start", "count", "errors", "latency"}:
        raise SummaryError("each bucket must have exactly the fields start, count, errors and latency")
    start = _whole(fields["start"], "start", 2**40)
    count, errors = _whole(fields["count"], "count"), _whole(fields["errors"], "errors")
    if start % BUCKET_S or not now - 2 * WINDOW_S <= start <= now + SKEW_S:
        raise SummaryError(f"a bucket's start must be a recent multiple of {BUCKET_S} seconds")
    if errors > count:
        raise SummaryError("a bucket cannot have more errors than tasks")
    counts = _array(fields["latency"])
    if counts is None:
        raise SummaryError("a bucket's latency must be a list")
    if len(counts) != len(BOUNDS_MS) + 1:
        raise SummaryError(f"a bucket's latency must hold {len(BOUNDS_MS) + 1} counts")
    histogram = [_whole(c, "latency") for c in counts]
    if sum(histogram) != count:
        raise SummaryError("a bucket's latency counts must add up to its count")
    return Bucket(start, count, errors, histogram)


def _object(value: object) -> Mapping[object, object] | None:
    return cast("Mapping[object, object]", value) if isinstance(value, Mapping) else None  # JSON from the wire


def _array(value: object) -> Sequence[object] | None:
    return cast("list[object]", value) if isinstance(value, list) else None


def _whole(value: object, name: str, limit: int = MAX_COUNT) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= limit:
        raise SummaryError(f"{name} must be an integer from 0 to {limit}")
    return value


def _bucket_of(moment: float) -> int:
    return int(moment // BUCKET_S) * BUCKET_S
