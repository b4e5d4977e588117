"""A cluster on this machine for the replica tests: ``accord serve`` replicas on PostgreSQL behind a real HAProxy.

Every process is started by the test, on free 127.0.0.1 ports, and stopped by it (by PID): SIGKILL is how a
test makes a replica die, SIGTERM how the rest are stopped at the end.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.support.servers import free_port, stop, wait_for_http

HAPROXY = Path("/usr/sbin/haproxy")


def accord(args: Sequence[str], env: Mapping[str, str] | None = None, log: Path | None = None) -> subprocess.Popen:
    with open(log if log is not None else os.devnull, "ab") as out:  # the child keeps its own copy of the file
        return subprocess.Popen(
            [str(Path(sys.executable).with_name("accord")), *args],
            env={**os.environ, **(env or {})},
            stdout=out,
            stderr=out,
            start_new_session=True,
        )


class Cluster:
    """The processes of one test; ``stop_all`` ends the ones still running."""

    def __init__(self, root: Path, database: str) -> None:
        self.root = root
        self.database = database
        self.processes: list[subprocess.Popen] = []

    def registry(self) -> str:
        port = free_port()
        process = accord(
            ["registry", "--port", str(port), "--open", "--data-dir", str(self.root / "registry")],
            log=self.root / "registry.log",
        )
        self.processes.append(process)
        url = f"http://127.0.0.1:{port}"
        wait_for_http(f"{url}/health", 60, process)
        return url

    def replica(
        self,
        name: str,
        *,
        public_url: str,
        registry: str = "http://127.0.0.1:9",
        lease_seconds: float = 2.0,
        env: Mapping[str, str] | None = None,
        port: int | None = None,
    ) -> tuple[subprocess.Popen, str]:
        """One replica of agent ``name`` (its own data dir, as on its own host); waits until it answers."""
        port = port or free_port()
        data_dir = self.root / f"{name}-{port}"
        args = ["serve", name, "--port", str(port), "--db", self.database, "--public-url", public_url]
        args += ["--data-dir", str(data_dir), "--lease-seconds", str(lease_seconds), "--registry", registry]
        process = accord(args, env=env, log=self.root / f"{name}-{port}.log")
        self.processes.append(process)
        url = f"http://127.0.0.1:{port}"
        wait_for_http(f"{url}/health", 60, process)
        return process, url

    def stop_all(self) -> None:
        for process in self.processes:
            stop(process)


def kill(process: subprocess.Popen) -> None:
    """SIGKILL: the replica dies at once, as in a crash or an OOM kill, with no chance to clean up."""
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(10)


@contextmanager
def balancer(root: Path, backends: Mapping[str, Sequence[int]]) -> Iterator[dict[str, str]]:
    """HAProxy in front of each named group of ports: round robin, health checked on ``/health``.

    A connection refused by a dead replica is retried on another (``option redispatch``); a request in flight on
    a replica that dies fails, as it would in production. Yields each group's front URL.
    """
    if not HAPROXY.exists():
        pytest.skip("HAProxy is not installed (apt-get install haproxy)")
    fronts = {name: free_port() for name in backends}
    lines = [
        "global",
        "  maxconn 512",
        "defaults",
        "  mode http",
        "  timeout connect 1s",
        "  timeout client 120s",
        "  timeout server 120s",
        "  retries 3",
        "  option redispatch",
    ]
    for name, ports in backends.items():
        lines += [f"frontend {name}_front", f"  bind 127.0.0.1:{fronts[name]}", f"  default_backend {name}"]
        lines += [f"backend {name}", "  balance roundrobin", "  option httpchk GET /health"]
        lines += ["  default-server inter 300ms fall 2 rise 1"]
        lines += [f"  server {name}{i} 127.0.0.1:{port} check" for i, port in enumerate(ports)]
    config = root / "haproxy.cfg"
    config.write_text("\n".join(lines) + "\n")
    with open(root / "haproxy.log", "ab") as out:
        process = subprocess.Popen(
            [str(HAPROXY), "-f", str(config), "-db"], stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        for port in fronts.values():
            _wait_for_port(port, process)
        yield {name: f"http://127.0.0.1:{port}" for name, port in fronts.items()}
    finally:
        stop(process)


def _wait_for_port(port: int, process: subprocess.Popen, timeout_s: float = 15.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"HAProxy exited with {process.returncode}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError(f"HAProxy did not listen on {port}")
