"""A2A tasks counted per agent, skill and status: known traffic through a real agent app, ``/metrics`` read back
with prometheus_client's text parser."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from a2a.types import TaskState

from agents import telemetry
from agents.a2a_client import A2AConnection
from agents.models import LocalModel
from agents.models.base import Message, TextSink, ToolCall, ToolSpec, Turn
from agents.registration import shared_summary
from agents.runtime import Agent
from agents.spec import builtin_spec
from patterns import FunctionWorker, Pipeline, Request, Result
from servers.a2a.app import build_agent_app, task_store_url
from servers.a2a.card import agent_card
from servers.a2a.hosting import card_source, in_process_tool_servers
from servers.observability import Metrics
from tests.observability.test_metrics import samples, value
from tests.support.servers import free_port, running

pytestmark = pytest.mark.anyio
TEXT = "The cat sat on the mat. It was happy there. The dog barked loudly at night and woke the town."


class Breaking(LocalModel):
    """The offline model, except that it picks the summarizer's one-job tools by the request's first word, as a
    model with the whole tool list would (the offline model goes through the whole-request ``digest``, which
    serves every skill), and a request asking it to break makes the model call fail."""

    async def respond(
        self,
        instructions: str,
        messages: Sequence[Message],
        tools: Sequence[ToolSpec],
        on_text: TextSink | None = None,
        **options: Any,
    ) -> Turn:
        if "break down" in messages[0].text:
            raise RuntimeError("the model is unreachable")
        job = messages[0].text.split()[0].lower()
        if len(messages) == 1 and job in ("summarize:", "keywords"):
            name = "summarize" if job == "summarize:" else "keywords"
            return Turn(tool_calls=(ToolCall(f"call-{name}", name, {"text": TEXT}),))
        return await super().respond(instructions, messages, tools, on_text, **options)


@asynccontextmanager
async def summarizer(tmp_path: Path) -> AsyncIterator[tuple[str, Metrics]]:
    """The summarizer on a real socket, its metrics knowing its card's skills."""
    spec = builtin_spec("summarizer")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    card = agent_card(card_source(spec), base)
    agent = Agent(spec, Breaking(), data_dir=tmp_path, local_servers=in_process_tool_servers(spec, tmp_path))
    metrics = Metrics(card.name, skills=card.skills)
    app = build_agent_app(agent, card, task_store_url=task_store_url(tmp_path, spec.name), metrics=metrics)
    async with running(app, port) as url:
        yield url, metrics


async def test_tasks_are_counted_per_skill_the_agent_decided_and_status(tmp_path: Path) -> None:
    async with summarizer(tmp_path) as (url, metrics), A2AConnection(url, timeout_s=60) as connection:
        for request in (
            f"Summarize: {TEXT}",
            f"Summarize: {TEXT}",
            f"keywords of: {TEXT}",
            f"What is this about: {TEXT}",
        ):
            assert (await connection.send(request)).status.state == TaskState.TASK_STATE_COMPLETED
        failed = await connection.send(f"break down and summarize: {TEXT}")
        assert failed.status.state == TaskState.TASK_STATE_FAILED
        response = await connection.http.get(f"{url}/metrics")
    parsed = samples(response.text)
    tasks = dict(name="accord_tasks_total", agent="summarizer")
    assert value(parsed, **tasks, skill="summary", status="completed") == 2
    assert value(parsed, **tasks, skill="keywords", status="completed") == 1
    assert value(parsed, **tasks, skill="none", status="failed") == 1  # no tool answered: no skill
    assert value(parsed, **tasks, skill="none", status="completed") == 1  # digest serves every skill: none
    assert value(parsed, "accord_task_duration_seconds_count", agent="summarizer", skill="summary") == 2
    skills = {dict(labels)["skill"] for name, labels in parsed if name == "accord_tasks_total"}
    assert skills <= {"summary", "key-points", "keywords", "none"}  # the card's ids, never the caller's words
    hour = metrics.last_hour.summary()
    assert sum(b["count"] for b in hour["buckets"]) == 5 and sum(b["errors"] for b in hour["buckets"]) == 1


async def test_the_summary_is_shared_with_the_registration_while_the_metrics_listen() -> None:
    metrics = Metrics("sharing-agent")
    with telemetry.task("sharing-agent"):
        telemetry.conclude("completed")
    shared = shared_summary("sharing-agent")
    assert shared is not None and [b["count"] for b in shared["buckets"]] == [1]
    metrics.close()
    assert shared_summary("sharing-agent") is None


async def test_an_orchestrators_task_is_labelled_with_its_pattern_and_run_status() -> None:
    metrics = Metrics("conductor")

    async def echo(request: Request) -> Result:
        return Result(request.text)

    async def broken(request: Request) -> Result:
        return Result.failure("no")

    try:
        with telemetry.task("conductor"):
            await Pipeline([FunctionWorker("echo", echo)]).send(Request("hello"))
        with telemetry.task("conductor"):
            await Pipeline([FunctionWorker("broken", broken)]).send(Request("hello"))
        with pytest.raises(ValueError), telemetry.task("conductor"):
            raise ValueError("the executor broke")
    finally:
        metrics.close()
    parsed = samples(metrics.exposition().decode())
    tasks = dict(name="accord_tasks_total", agent="conductor")
    assert value(parsed, **tasks, skill="pipeline", status="completed") == 1
    assert value(parsed, **tasks, skill="pipeline", status="failed") == 1
    assert value(parsed, **tasks, skill="none", status="failed") == 1
    assert value(parsed, "accord_tasks_in_flight", agent="conductor") == 0


async def test_a_skill_said_outright_is_a_label_only_when_the_card_has_it() -> None:
    metrics = Metrics("teller", skills=[{"id": "count", "name": "Counting", "tags": ["numbers"]}])
    try:
        for said in ("count", "anything a caller wrote"):
            with telemetry.task("teller"):
                telemetry.decide(said)
                telemetry.conclude("completed")
    finally:
        metrics.close()
    parsed = samples(metrics.exposition().decode())
    assert value(parsed, "accord_tasks_total", agent="teller", skill="count", status="completed") == 1
    assert value(parsed, "accord_tasks_total", agent="teller", skill="none", status="completed") == 1
