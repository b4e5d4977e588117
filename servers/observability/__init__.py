"""What a running accord server tells the outside: OpenTelemetry traces, Prometheus metrics, structured logs.

- ``tracing``: ``configure_tracing`` (OTLP export when the ``otel`` extra and ``OTEL_*`` ask for it) and
  ``TraceMiddleware``, the server span of every HTTP request, parented to the caller's ``traceparent``;
- ``metrics``: ``Metrics`` (one registry per server), ``MetricsMiddleware`` and the ``/metrics`` route;
- ``logs``: ``configure_logging``, JSON lines carrying run id, step, worker, tokens, latency and status.
"""

from servers.observability.logs import JsonFormatter, configure_logging
from servers.observability.metrics import Metrics, MetricsMiddleware, metrics_route
from servers.observability.tracing import TraceMiddleware, configure_tracing

__all__ = [
    "JsonFormatter",
    "Metrics",
    "MetricsMiddleware",
    "TraceMiddleware",
    "configure_logging",
    "configure_tracing",
    "metrics_route",
]
