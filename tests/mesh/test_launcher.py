"""The launcher forks agents from one pre-imported parent: each its own session, its exit reported, none left over."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import anyio
import httpx
import pytest

from servers.launcher import Launcher, LauncherError
from tests.mesh.conftest import processes_using, wait_gone
from tests.support.servers import free_port

pytestmark = pytest.mark.anyio


def _env(data_dir: Path) -> dict[str, str]:
    env = {**os.environ, "ACCORD_DATA_DIR": str(data_dir), "ACCORD_REGISTRY_URL": "http://127.0.0.1:9"}
    env.pop("ACCORD_TOKEN", None)
    return env


async def _card(port: int) -> int:
    async with httpx.AsyncClient(timeout=2) as http:
        with anyio.fail_after(30):
            while True:
                try:
                    return (await http.get(f"http://127.0.0.1:{port}/.well-known/agent-card.json")).status_code
                except httpx.HTTPError:
                    await anyio.sleep(0.05)


async def test_a_forked_agent_serves_its_card_and_its_exit_is_reported(tmp_path: Path) -> None:
    launcher = await Launcher.start(data_dir=tmp_path, log_path=tmp_path / "launcher.log")
    try:
        port = free_port()
        argv = ["serve", "calculator", "--port", str(port), "--data-dir", str(tmp_path)]
        child = await launcher.spawn(argv, env=_env(tmp_path), log_path=tmp_path / "calc.log", title="calculator")
        assert await _card(port) == 200
        assert os.getpgid(child.pid) == child.pid  # its own session: killpg reaches it alone
        assert Path(f"/proc/{child.pid}/comm").read_text().strip() == "accord-calculat"
        os.killpg(child.pid, signal.SIGKILL)
        with anyio.fail_after(10):
            assert await child.wait() == -signal.SIGKILL
    finally:
        await launcher.aclose()
    assert wait_gone(tmp_path) == []


async def test_a_failing_command_exits_with_its_code_and_logs_why(tmp_path: Path) -> None:
    launcher = await Launcher.start(data_dir=tmp_path, log_path=tmp_path / "launcher.log")
    try:
        argv = ["serve", "no-such-agent"]
        child = await launcher.spawn(argv, env=_env(tmp_path), log_path=tmp_path / "x.log", title="x")
        with anyio.fail_after(10):
            code = await child.wait()
        assert code == 2, [(tmp_path / name).read_text() for name in ("x.log", "launcher.log")]
    finally:
        await launcher.aclose()
    assert "no-such-agent" in (tmp_path / "x.log").read_text()


async def test_closing_the_launcher_stops_its_children(tmp_path: Path) -> None:
    launcher = await Launcher.start(data_dir=tmp_path, log_path=tmp_path / "launcher.log")
    port = free_port()
    argv = ["serve", "calculator", "--port", str(port), "--data-dir", str(tmp_path)]
    child = await launcher.spawn(argv, env=_env(tmp_path), log_path=tmp_path / "calc.log", title="calculator")
    assert await _card(port) == 200
    await launcher.aclose()
    assert child.returncode is not None
    assert wait_gone(tmp_path) == []
    with pytest.raises(LauncherError):
        await launcher.spawn(argv, env=_env(tmp_path), log_path=tmp_path / "calc.log", title="calculator")


async def test_a_killed_launcher_takes_its_children_with_it(tmp_path: Path) -> None:
    launcher = await Launcher.start(data_dir=tmp_path, log_path=tmp_path / "launcher.log")
    port = free_port()
    argv = ["serve", "calculator", "--port", str(port), "--data-dir", str(tmp_path)]
    child = await launcher.spawn(argv, env=_env(tmp_path), log_path=tmp_path / "calc.log", title="calculator")
    assert await _card(port) == 200
    os.kill(launcher.pid, signal.SIGKILL)
    with anyio.fail_after(10):
        await child.wait()
    await launcher.aclose()
    assert wait_gone(tmp_path) == []
    assert not processes_using(tmp_path)


def test_ports_reserved_together_are_distinct() -> None:
    from servers.cli.ports import free_ports, port_is_free

    ports = free_ports(64)
    assert len(set(ports)) == 64
    assert all(port_is_free("127.0.0.1", p) for p in ports[:8])


async def test_a_mesh_whose_launcher_dies_restarts_its_agents_as_commands(tmp_path: Path) -> None:
    from agents.settings import Settings
    from servers.mesh import local_mesh

    events: list[str] = []
    settings = Settings(data_dir=tmp_path)
    mesh = local_mesh(
        settings, names=["calculator"], registry_port=free_port(), agent_ports=[free_port()], on_event=events.append
    )
    async with mesh:
        await mesh.ready(60)
        agent = mesh.agents["calculator"]
        forked = agent.pid
        launcher = mesh.pids()[1]
        assert Path(f"/proc/{launcher}/comm").read_text().strip() == "accord-launcher"
        os.kill(launcher, signal.SIGKILL)
        with anyio.fail_after(60):
            while agent.pid in (None, forked) or agent.status != "up":
                await anyio.sleep(0.1)
        assert await _card(agent.port) == 200
        assert "serve" in Path(f"/proc/{agent.pid}/cmdline").read_text()
    assert any("starting it as its own command" in line for line in events)
    assert wait_gone(tmp_path) == []


async def test_the_launcher_runs_only_accords_own_server_functions(tmp_path: Path) -> None:
    launcher = await Launcher.start(data_dir=tmp_path, log_path=tmp_path / "launcher.log")
    try:
        for call in ("os:system", "servers.mesh_registry", "subprocess:run"):
            with pytest.raises(LauncherError, match="servers.MODULE:FUNCTION"):
                await launcher.spawn(env=_env(tmp_path), log_path=tmp_path / "x.log", title="x", call=call)
    finally:
        await launcher.aclose()


async def test_a_mesh_restarts_its_registry_when_it_dies(tmp_path: Path) -> None:
    from agents.settings import Settings
    from servers.mesh import local_mesh

    events: list[str] = []
    settings = Settings(data_dir=tmp_path)
    registry_port = free_port()
    mesh = local_mesh(
        settings, names=["calculator"], registry_port=registry_port, agent_ports=[free_port()], on_event=events.append
    )
    async with mesh:
        await mesh.ready(60)
        (registry,) = [p for p in processes_using(tmp_path) if _comm(p) == "accord-registry"]
        os.kill(registry, signal.SIGKILL)
        async with httpx.AsyncClient(timeout=2) as http:
            with anyio.fail_after(60):
                while not any("the registry is up again" in line for line in events):
                    await anyio.sleep(0.1)
            assert (await http.get(f"http://127.0.0.1:{registry_port}/health")).status_code == 200
    assert any("the registry is down" in line for line in events)
    assert wait_gone(tmp_path) == []


def _comm(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""
