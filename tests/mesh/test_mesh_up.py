"""``accord up``: ready with every agent registered, restarts a crashed agent, stops with nothing left behind."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

from agents.spec import builtin_names
from servers.mesh import default_agents
from tests.mesh.conftest import agent_processes, wait_gone


def test_default_mesh_is_the_default_agents_present() -> None:
    assert "calculator" in default_agents()
    assert set(default_agents()) <= set(builtin_names())


def test_up_lists_every_agent_and_the_gateway(mesh) -> None:
    output = "\n".join(mesh.lines)
    for name in default_agents():
        assert f"\n{name} " in "\n" + output
    assert f"{mesh.url}/mcp" in output and "ready:" in output


def test_up_restarts_a_crashed_agent_then_stops_cleanly_on_sigterm(start_mesh) -> None:
    up = start_mesh("--agents", "calculator", "--no-check")
    up.wait_for("ready:", 60.0)
    agents = agent_processes(up.data_dir)
    assert len(agents) == 1
    os.kill(agents[0], signal.SIGKILL)
    up.wait_for("calculator is down", 10.0, stream="stderr")
    up.wait_for("calculator is up again", 30.0, stream="stderr")

    up.process.send_signal(signal.SIGTERM)
    assert up.process.wait(20) == 0
    assert wait_gone(up.data_dir) == []


def test_up_refuses_a_port_in_use(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        accord = str(Path(sys.executable).with_name("accord"))
        result = subprocess.run([accord, "up", "--port", str(port)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert f"port {port} on 127.0.0.1 is already in use" in result.stderr
