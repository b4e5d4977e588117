"""Orchestrating with the registry stopped: workers named by URL, and the orchestrator found in the last known
catalogue, both with real agents on real sockets."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from agents.models import LocalModel
from agents.orchestrator import Orchestrator, open_runs
from agents.registry import LastKnown, Registry, last_known_path
from agents.settings import Settings
from agents.spec import builtin_spec
from patterns import Budget, Request, RetryPolicy
from servers.a2a.hosting import agent_app
from tests.registry.conftest import make_card
from tests.registry.test_registry_fallback import StoppableRegistry
from tests.support.servers import free_port, running

pytestmark = pytest.mark.anyio

DEAD_REGISTRY = "http://127.0.0.1:9"


async def test_workers_named_by_url_need_no_registry(tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    settings = Settings(data_dir=tmp_path, registry_url=DEAD_REGISTRY)
    calculator = agent_app(builtin_spec("calculator"), settings, base, model=LocalModel())
    async with running(calculator, port), Registry(DEAD_REGISTRY, timeout=1.0) as registry:
        orchestrator = Orchestrator(
            registry=registry,
            store=open_runs(tmp_path),
            call_timeout=20.0,
            retry=RetryPolicy(attempts=1),
            budget=Budget(max_calls=4, deadline=30.0),
        )
        async with orchestrator:
            result = await orchestrator.send(
                Request("What is 17 * 23?", metadata={"pattern": "router", "agents": [base]})
            )
    assert result.status == "completed", result
    assert "391" in result.text


async def test_the_orchestrator_is_found_in_the_last_known_catalogue_while_the_registry_is_down(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from servers.cli.orchestrate import _orchestrator_url

    server = StoppableRegistry(tmp_path / "registry")
    await server.start()
    settings = Settings(data_dir=tmp_path / "data", registry_url=server.url)
    try:
        async with Registry(server.url) as registry:
            await registry.register(card=make_card("orchestrator", url="http://127.0.0.1:9/orch/"))
        assert await _orchestrator_url(settings) == "http://127.0.0.1:9/orch"  # remembered under the data dir
    finally:
        await server.stop()
    assert len(LastKnown(last_known_path(settings.data_dir, server.url), registry_url=server.url)) == 1
    with caplog.at_level(logging.WARNING, logger="agents.registry"):
        assert await _orchestrator_url(settings) == "http://127.0.0.1:9/orch"
    assert any("last known catalogue" in r.getMessage() for r in caplog.records)


async def test_without_a_registry_or_a_catalogue_the_cli_says_to_name_the_orchestrator(tmp_path: Path) -> None:
    from servers.cli import UsageError
    from servers.cli.orchestrate import _orchestrator_url

    with pytest.raises(UsageError, match="--url"):
        await _orchestrator_url(Settings(data_dir=tmp_path, registry_url=DEAD_REGISTRY))


@pytest.mark.parametrize(
    "agents,complaint",
    [
        ("ftp://example.org/agent", "not an http(s) URL"),
        ("http://user:secret@example.org/", "no credentials in a URL"),
        ("http://example.org:99999/", "not an http(s) URL"),
        ("<script>", "neither an agent name nor an http(s) URL"),
    ],
)
def test_workers_named_badly_are_refused_in_one_line(agents: str, complaint: str) -> None:
    import os
    import subprocess
    import sys

    accord = str(Path(sys.executable).with_name("accord"))
    done = subprocess.run(
        [accord, "orchestrate", "add 2 and 2", "--url", "http://127.0.0.1:9", "--agents", agents],
        capture_output=True,
        text=True,
        timeout=60,
        env=os.environ,
    )
    assert done.returncode == 2 and complaint in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "secret" not in done.stderr
