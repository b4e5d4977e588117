"""JSON log lines about a run carry its id, the step, the worker, tokens, latency and status."""

from __future__ import annotations

import io
import json
import logging

import pytest

from patterns import FunctionWorker, Pipeline, Request, Result, Usage
from servers.observability import configure_logging

pytestmark = pytest.mark.anyio


async def test_every_line_about_a_run_names_it_in_json() -> None:
    async def counting(request: Request) -> Result:
        logging.getLogger("some.library").warning("thinking about %s", request.text)
        return Result("done", usage=Usage(3, 4, 1))

    stream = io.StringIO()
    root = logging.getLogger()
    level = root.level
    handler = configure_logging(json_lines=True, stream=stream)
    try:
        result = await Pipeline([FunctionWorker("counter", counting)]).send(Request("count"))
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    inside = next(line for line in lines if line["logger"] == "some.library")
    assert inside["message"] == "thinking about count" and inside["level"] == "warning"
    assert (inside["run_id"], inside["step"], inside["worker"]) == (result.run_id, "step-1", "counter")
    step = next(line for line in lines if line["message"].startswith("step "))
    assert step["run_id"] == result.run_id and step["status"] == "completed" and step["tokens"] == 7
    assert step["latency_ms"] >= 0 and step["worker"] == "counter"
    finished = next(line for line in lines if line["message"].startswith("run "))
    assert finished["status"] == "completed" and finished["pattern"] == "pipeline" and finished["tokens"] == 7


async def test_plain_lines_stay_plain_and_name_the_run() -> None:
    stream = io.StringIO()
    root = logging.getLogger()
    level = root.level
    handler = configure_logging(json_lines=False, stream=stream)
    try:
        result = await Pipeline([FunctionWorker("echo", lambda r: _echo(r))]).send(Request("hi"))
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    text = stream.getvalue()
    assert not text.lstrip().startswith("{") and f"[run {result.run_id}]" in text


async def _echo(request: Request) -> Result:
    return Result(request.text)
