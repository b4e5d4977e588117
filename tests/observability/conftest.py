"""Spans collected in memory: one global ``TracerProvider`` for the session (OpenTelemetry allows one), whose
spans are sampled only while a test holds the ``spans`` fixture: the rest of the suite gets non-recording spans,
which cost next to nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.sdk.trace.sampling import ALWAYS_OFF, ALWAYS_ON, Sampler

from agents import telemetry


class _Gate(SpanProcessor):
    """Passes finished spans on while ``open``; drops them otherwise."""

    def __init__(self, inner: SpanProcessor) -> None:
        self.inner = inner
        self.open = False

    def on_end(self, span: ReadableSpan) -> None:
        if self.open:
            self.inner.on_end(span)

    def shutdown(self) -> None:
        self.inner.shutdown()

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return self.inner.force_flush(timeout_millis)


class _GateSampler(Sampler):
    """Samples every span while the gate is open, none otherwise."""

    def should_sample(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return (ALWAYS_ON if _GATE.open else ALWAYS_OFF).should_sample(*args, **kwargs)

    def get_description(self) -> str:
        return "accord test gate"


_EXPORTER = InMemorySpanExporter()
_GATE = _Gate(SimpleSpanProcessor(_EXPORTER))
_PROVIDER: TracerProvider | None = None


def _provider() -> TracerProvider:
    global _PROVIDER
    if _PROVIDER is None:
        _PROVIDER = TracerProvider(sampler=_GateSampler())
        _PROVIDER.add_span_processor(_GATE)
        trace.set_tracer_provider(_PROVIDER)  # global, so the A2A SDK's own spans are collected too
    return _PROVIDER


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    """Tracing on, every finished span of the test in the returned exporter."""
    telemetry.activate(_provider())
    _EXPORTER.clear()
    _GATE.open = True
    try:
        yield _EXPORTER
    finally:
        _GATE.open = False
        _EXPORTER.clear()
        telemetry.deactivate()
