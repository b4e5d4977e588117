"""``accord agents add URL`` / ``accord agents remove NAME`` against a real registry, as real processes."""

from __future__ import annotations

import json

import anyio
import pytest

from agents.settings import Settings
from servers.a2a.conformance import conformance_app
from servers.cli import main
from servers.registry.service import build_registry
from tests.support.servers import free_port, running

pytestmark = pytest.mark.anyio


class Outcome:
    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


@pytest.fixture
def accord(monkeypatch, capsys):
    """``accord agents ARGS`` run in-process (in a worker thread, as the command runs its own event loop)."""

    async def run(*args: str, data_dir, registry: str) -> Outcome:
        monkeypatch.setenv("ACCORD_DATA_DIR", str(data_dir))
        monkeypatch.setenv("ACCORD_REGISTRY_URL", registry)
        capsys.readouterr()
        code = await anyio.to_thread.run_sync(main, ["agents", *args])
        out, err = capsys.readouterr()
        return Outcome(code, out, err)

    return run


async def test_add_lists_a_foreign_agent_and_remove_takes_it_off(tmp_path, accord, monkeypatch):
    monkeypatch.setenv("ACCORD_RANKER", "bm25")  # no encoder to load
    registry = build_registry(Settings(data_dir=tmp_path))  # writes need the token it keeps in the data dir
    port = free_port()
    agent = conformance_app(Settings(data_dir=tmp_path / "agent"), f"http://127.0.0.1:{port}")
    async with running(registry.app) as registry_url, running(agent, port) as agent_url:
        added = await accord("add", agent_url, data_dir=tmp_path, registry=registry_url)
        listed = await accord("--json", data_dir=tmp_path, registry=registry_url)
        stranger = await accord("remove", "conformance", data_dir=tmp_path / "elsewhere", registry=registry_url)
        removed = await accord("remove", "conformance", data_dir=tmp_path, registry=registry_url)
        again = await accord("remove", "conformance", data_dir=tmp_path, registry=registry_url)
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith(f"registered conformance (up) from {agent_url}/.well-known/agent-card.json")
    assert [r["name"] for r in json.loads(listed.stdout)] == ["conformance"]
    assert stranger.returncode == 1 and "ACCORD_TOKEN" in stranger.stderr
    assert removed.returncode == 0 and removed.stdout.strip() == "removed conformance"
    assert again.returncode == 1 and len(again.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("add", "ftp://example.com/card.json"), 2),
        (("add", "http://127.0.0.1:9"), 1),  # nothing listens there
        (("remove", "../admin"), 2),
    ],
)
async def test_bad_adds_and_removes_fail_in_one_line(tmp_path, accord, args, code, monkeypatch):
    monkeypatch.setenv("ACCORD_RANKER", "bm25")
    registry = build_registry(Settings(data_dir=tmp_path))
    async with running(registry.app) as registry_url:
        done = await accord(*args, data_dir=tmp_path, registry=registry_url)
    assert done.returncode == code
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
