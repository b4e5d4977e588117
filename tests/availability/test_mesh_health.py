"""``accord up`` restarts an agent that stops answering, not only one that exits."""

from __future__ import annotations

import contextlib
import os
import signal

import anyio
import httpx
import pytest

from agents.settings import Settings
from servers.mesh import local_mesh
from tests.support.servers import free_port

pytestmark = pytest.mark.anyio


async def test_a_stopped_agent_is_killed_and_restarted_answering(tmp_path):
    events: list[str] = []
    settings = Settings(data_dir=tmp_path)
    mesh = local_mesh(
        settings,
        names=["calculator"],
        registry_port=free_port(),
        agent_ports=[free_port()],
        on_event=events.append,
        health_interval_s=0.2,
        health_timeout_s=1.0,
        health_failures=3,
    )
    async with mesh:
        await mesh.ready(60)
        agent = mesh.agents["calculator"]
        stopped = agent.pid
        os.kill(stopped, signal.SIGSTOP)
        try:
            with anyio.fail_after(30):
                while agent.pid in (None, stopped) or agent.status != "up":
                    await anyio.sleep(0.1)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.kill(stopped, signal.SIGCONT)
        async with httpx.AsyncClient(timeout=5) as http:
            assert (await http.get(f"{agent.url}/.well-known/agent-card.json")).status_code == 200
    assert agent.restarts == 1
    assert any("stopped answering its health check" in line for line in events)
