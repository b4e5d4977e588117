"""``accord registry`` and ``accord agents`` as real processes."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import httpx

from tests.registry.conftest import make_card
from tests.support.servers import accord_process, free_port

ACCORD = str(Path(sys.executable).with_name("accord"))


def accord(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([ACCORD, *args], env={**os.environ, **env}, capture_output=True, text=True, timeout=60)


def test_the_registry_makes_a_private_token_and_agents_finds_what_was_registered(tmp_path: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {"ACCORD_DATA_DIR": str(tmp_path), "ACCORD_REGISTRY_URL": url, "ACCORD_RANKER": "bm25"}
    with accord_process(["registry", "--port", str(port)], env=env, ready_url=f"{url}/health") as process:
        token_file = tmp_path / "registry-token"
        assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
        token = token_file.read_text().strip()
        card = make_card("Lister", skills=[("plan", "Planning", "Makes plans", ["planning"])])
        denied = httpx.post(f"{url}/agents", json={"card": card})
        assert denied.status_code == 401
        created = httpx.post(f"{url}/agents", json={"card": card}, headers={"Authorization": f"Bearer {token}"})
        assert created.status_code == 201

        table = accord("agents", "--tag", "planning", env=env)
        assert table.returncode == 0 and "lister" in table.stdout and "up" in table.stdout
        as_json = accord("agents", "--skill", "plan", "--json", env=env)
        assert [r["name"] for r in json.loads(as_json.stdout)] == ["lister"]
        assert accord("agents", "--tag", "nothing", "--json", env=env).stdout.strip() == "[]"
        process.terminate()
        process.wait(15)
        assert str(token_file) in process.stderr.read().decode()  # says where the token is


def test_open_mode_says_so_loudly_and_accepts_writes(tmp_path: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {"ACCORD_DATA_DIR": str(tmp_path), "ACCORD_RANKER": "bm25"}
    with accord_process(["registry", "--port", str(port), "--open"], env=env, ready_url=f"{url}/health") as process:
        assert httpx.post(f"{url}/agents", json={"card": make_card("free")}).status_code == 201
        process.terminate()
        process.wait(15)
        assert "WARNING: --open" in process.stderr.read().decode()
    assert not (tmp_path / "registry-token").exists()


def test_agents_without_a_registry_fails_in_one_line(tmp_path: Path) -> None:
    done = accord("agents", env={"ACCORD_REGISTRY_URL": f"http://127.0.0.1:{free_port()}"})
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1


def test_bad_registry_arguments_exit_2(tmp_path: Path) -> None:
    env = {"ACCORD_DATA_DIR": str(tmp_path)}
    for args in (["--db", "mysql://x"], ["--port", "70000"], ["--heartbeat-interval", "0"]):
        done = accord("registry", *args, env=env)
        assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
