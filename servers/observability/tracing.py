"""Traces out of a server: the OpenTelemetry SDK set up from ``OTEL_*``, and a server span per HTTP request.

``configure_tracing`` does nothing (and imports nothing from ``opentelemetry``) unless the ``otel`` extra is
installed and the standard variables ask for an exporter (``OTEL_EXPORTER_OTLP_ENDPOINT``,
``OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`` or ``OTEL_TRACES_EXPORTER=otlp``; ``OTEL_SDK_DISABLED=true`` wins). Then it
installs a ``TracerProvider`` exporting over OTLP/HTTP in batches, named by ``OTEL_SERVICE_NAME`` or the server's
own name, makes it the global provider (so the A2A SDK's own spans go the same way) and turns on
``agents.telemetry``.

``TraceMiddleware`` opens the server span of each request, a child of the caller's W3C ``traceparent`` header,
named ``{method} {route}`` after the route template (never the raw path).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from typing import Any

from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from agents import telemetry
from agents.otel_env import configured
from servers.observability.routes import route_template

log = logging.getLogger(__name__)

_state: dict[str, Any] = {"provider": None}


def configure_tracing(service_name: str, environ: Mapping[str, str] | None = None) -> bool:
    """Export this process's spans over OTLP when the environment asks for it; ``True`` when it does now."""
    env = os.environ if environ is None else environ
    if _state["provider"] is not None:
        return True
    if not configured(env):
        return False
    try:
        from opentelemetry import trace
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor
    except ImportError:
        log.warning("OTEL_* asks for traces, but the otel extra is not installed: pip install 'accord[otel]'")
        return False
    name = env.get("OTEL_SERVICE_NAME") or service_name
    provider = TracerProvider(resource=Resource.create({"service.name": name}))
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    trace.set_tracer_provider(provider)
    telemetry.activate(provider)
    _state["provider"] = provider
    return True


def shutdown_tracing() -> None:
    """Flush and stop the exporter (at process exit, so the last spans are not lost)."""
    provider, _state["provider"] = _state["provider"], None
    if provider is not None:
        provider.shutdown()
        telemetry.deactivate()


class TraceMiddleware:
    """The server span of each HTTP request (pure ASGI: streamed responses stay streamed)."""

    def __init__(self, app: ASGIApp, *, server: str, routes: Sequence[BaseRoute] = ()) -> None:
        self.app = app
        self.server = server
        self.routes = routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not telemetry.active():
            await self.app(scope, receive, send)
            return
        method = scope.get("method", "GET")
        route = route_template(self.routes, scope)
        parent = next((v.decode("latin-1") for k, v in scope.get("headers", ()) if k == b"traceparent"), None)
        attributes = {"http.request.method": method, "http.route": route, "accord.server": self.server}
        status = [0]

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        with telemetry.span(f"{method} {route}", kind="server", attributes=attributes, parent=parent) as span:
            await self.app(scope, receive, sending)
            span.set({"http.response.status_code": status[0]})
            if status[0] >= 500:
                span.fail(f"HTTP {status[0]}")
