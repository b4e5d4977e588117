"""A mesh started again at once on the same data dir is ready only when its own agents answer."""

from __future__ import annotations

import os
import signal

import httpx
import pytest

from agents.settings import Settings
from servers.mesh import local_mesh
from tests.support.servers import free_port

pytestmark = pytest.mark.anyio


async def test_a_quick_restart_is_not_ready_on_the_last_meshs_registrations(tmp_path):
    settings = Settings(data_dir=tmp_path)
    registry_port, agent_port = free_port(), free_port()
    for run in range(2):
        mesh = local_mesh(settings, names=["calculator"], registry_port=registry_port, agent_ports=[agent_port])
        async with mesh:
            await mesh.ready(60)
            async with httpx.AsyncClient(timeout=5) as http:
                card = await http.get(f"{mesh.agents['calculator'].url}/.well-known/agent-card.json")
            assert card.status_code == 200
            if run == 0:  # killed, it cannot deregister: the next mesh finds its registration still fresh
                os.kill(mesh.agents["calculator"].pid, signal.SIGKILL)
