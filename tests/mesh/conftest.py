"""A real mesh for the gateway tests: ``accord up`` as a subprocess, shared by the module that asks for it."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from servers.cli.ports import port_is_free


@dataclass
class MeshProcess:
    process: subprocess.Popen
    data_dir: Path
    port: int
    lines: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def token(self) -> str:
        return (self.data_dir / "registry-token").read_text().strip()

    def wait_for(self, text: str, timeout_s: float = 60.0, stream: str = "stdout") -> str:
        lines = self.lines if stream == "stdout" else self.errors
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            for line in list(lines):
                if text in line:
                    return line
            if self.process.poll() is not None:
                raise RuntimeError(f"accord up exited with {self.process.returncode}: {self.errors[-5:]}")
            time.sleep(0.05)
        raise TimeoutError(f"no {text!r} within {timeout_s} s; stdout: {self.lines}, stderr: {self.errors[-5:]}")


def mesh_ports(count: int) -> int:
    """A base port with ``count`` free ports after it (the registry's and one per agent).

    Taken below the kernel's ephemeral range: a port in that range that is free now can become the local port of
    any outgoing connection (the suite's own clients) before the agent binds it, or while it restarts.
    """
    low = _ephemeral_start()
    for _ in range(200):
        base = random.randrange(max(1024, low - 12_000), low - count - 1)
        if all(port_is_free("127.0.0.1", base + i) for i in range(count + 1)):
            return base
    raise RuntimeError("no run of free ports")


def _ephemeral_start() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768  # Linux's default


def processes_using(data_dir: Path) -> list[int]:
    """Live processes whose command line names ``data_dir``: the mesh's agents, its registry and their launcher."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if str(data_dir) in cmdline and state != "Z":
            found.append(int(entry.name))
    return found


def agent_processes(data_dir: Path) -> list[int]:
    """The mesh's agent processes alone: ``processes_using`` without the launcher and the registry it forked."""
    found = []
    for pid in processes_using(data_dir):
        try:
            name = Path(f"/proc/{pid}/comm").read_text().strip()
        except OSError:
            continue
        if name not in ("accord-launcher", "accord-registry"):
            found.append(pid)
    return found


def wait_gone(data_dir: Path, timeout_s: float = 10.0) -> list[int]:
    deadline = time.monotonic() + timeout_s
    while (left := processes_using(data_dir)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


@pytest.fixture(scope="module")
def start_mesh(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    started: list[MeshProcess] = []

    def start(*args: str) -> MeshProcess:
        data_dir = tmp_path_factory.mktemp("mesh")
        port = mesh_ports(8)
        env = {**os.environ, "ACCORD_DATA_DIR": str(data_dir), "ACCORD_REGISTRY_URL": "http://127.0.0.1:9"}
        env.pop("ACCORD_TOKEN", None)
        env.pop("ANTHROPIC_API_KEY", None)
        command = [str(Path(sys.executable).with_name("accord")), "up", "--port", str(port), *args]
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
        )
        mesh = MeshProcess(process, data_dir, port)
        for stream, sink in ((process.stdout, mesh.lines), (process.stderr, mesh.errors)):
            threading.Thread(target=lambda s=stream, k=sink: k.extend(iter(s.readline, "")), daemon=True).start()
        started.append(mesh)
        return mesh

    yield start
    for mesh in started:
        if mesh.process.poll() is None:
            mesh.process.send_signal(signal.SIGTERM)
            try:
                mesh.process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(mesh.process.pid, signal.SIGKILL)
        for pid in processes_using(mesh.data_dir):
            os.kill(pid, signal.SIGKILL)
        for stream in (mesh.process.stdout, mesh.process.stderr):
            if stream:
                stream.close()


@pytest.fixture(scope="module")
def mesh(start_mesh) -> MeshProcess:
    """The default mesh, ready."""
    running = start_mesh("--no-check", "--call-timeout", "0.05")
    running.wait_for("ready:", 90.0)
    return running
