"""Traces leave the process over OTLP/HTTP to a receiver the test runs; without ``OTEL_*`` nothing of
OpenTelemetry is even imported by accord's own code."""

from __future__ import annotations

import os
import sys
import textwrap

import anyio
import pytest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tests.support.servers import running

pytestmark = pytest.mark.anyio

SCRIPT = textwrap.dedent(
    """
    import asyncio, sys
    from agents import telemetry
    from agents.models import LocalModel
    from agents.models.base import Message
    from patterns import FunctionWorker, Pipeline, Request, Result
    from servers.observability.tracing import configure_tracing, shutdown_tracing

    async def main():
        enabled = configure_tracing("accord-export-test")
        async def echo(request):
            return Result(request.text)
        model = telemetry.traced_model(LocalModel(), agent="echo")
        with telemetry.span("tools/call orchestrate", kind="server"):
            await Pipeline([FunctionWorker("echo", echo)]).send(Request("hello"))
            await model.respond("", [Message.user("What is 2 + 2?")], [])
        shutdown_tracing()
        print("enabled" if enabled else "disabled")
        print(sorted({m.split(".")[0] for m in sys.modules if m.startswith("opentelemetry")}))

    asyncio.run(main())
    """
)


async def run_script(env: dict[str, str]) -> list[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
    done = await anyio.run_process([sys.executable, "-c", SCRIPT], env={**clean, **env}, check=False)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    return done.stdout.decode().splitlines()


async def test_spans_are_exported_over_otlp_to_a_local_receiver() -> None:
    received: list[ExportTraceServiceRequest] = []

    async def traces(request: Request) -> Response:
        message = ExportTraceServiceRequest()
        message.ParseFromString(await request.body())
        received.append(message)
        return Response(b"", media_type="application/x-protobuf")

    receiver = Starlette(routes=[Route("/v1/traces", traces, methods=["POST"])])
    async with running(receiver) as url:
        lines = await run_script({"OTEL_EXPORTER_OTLP_ENDPOINT": url})
    assert lines[0] == "enabled"
    spans = [
        (resource.resource, span)
        for message in received
        for resource in message.resource_spans
        for scope in resource.scope_spans
        for span in scope.spans
    ]
    names = {span.name for _, span in spans}
    assert {"tools/call orchestrate", "orchestrate pipeline", "invoke_agent echo", "chat local"} <= names
    assert len({span.trace_id for _, span in spans}) == 1
    services = {a.value.string_value for resource, _ in spans for a in resource.attributes if a.key == "service.name"}
    assert services == {"accord-export-test"}
    (chat,) = [span for _, span in spans if span.name == "chat local"]
    attributes = {a.key: a.value for a in chat.attributes}
    assert attributes["gen_ai.usage.input_tokens"].int_value > 0
    assert attributes["gen_ai.operation.name"].string_value == "chat"


async def test_without_otel_settings_accord_imports_nothing_of_opentelemetry() -> None:
    lines = await run_script({})
    assert lines == ["disabled", "[]"]
