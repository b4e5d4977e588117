"""Real servers for tests: uvicorn on a free 127.0.0.1 port in this event loop, or `accord` as a subprocess."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path

import anyio
import httpx
import uvicorn
from starlette.types import ASGIApp


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@asynccontextmanager
async def running(app: ASGIApp, port: int | None = None) -> AsyncIterator[str]:
    """Serve ``app`` with uvicorn on a real socket for the duration of the block; yields the base URL."""
    port = port or free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    async with anyio.create_task_group() as tg:
        tg.start_soon(server.serve)
        with anyio.fail_after(20):
            while not server.started:
                await anyio.sleep(0.01)
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            server.should_exit = True


def wait_for_http(url: str, timeout_s: float = 30.0, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the process exited with {process.returncode} before {url} answered")
        try:
            if httpx.get(url, timeout=1.0).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"{url} did not answer within {timeout_s} s")


@contextmanager
def accord_process(
    args: Sequence[str], env: dict[str, str] | None = None, ready_url: str | None = None, timeout_s: float = 30.0
) -> Iterator[subprocess.Popen]:
    """Run ``accord ARGS`` as a real subprocess; waits for ``ready_url``; always stops it (and checks it stopped)."""
    command = [str(Path(sys.executable).with_name("accord")), *args]
    process = subprocess.Popen(
        command,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        if ready_url:
            wait_for_http(ready_url, timeout_s, process)
        yield process
    finally:
        stop(process)


def stop(process: subprocess.Popen, timeout_s: float = 15.0) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout_s)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(5)
    for stream in (process.stdout, process.stderr):
        if stream:
            stream.close()


def stop_on_sigterm() -> None:
    """Make SIGTERM raise ``SystemExit`` in this process, so a run stopped part-way still leaves through its
    ``finally`` blocks and takes down the servers it started (the default action would orphan them)."""
    signal.signal(signal.SIGTERM, lambda signum, _frame: sys.exit(128 + signum))


def child_pids(parent: int | None = None) -> set[int]:
    """Live (non-zombie) processes whose parent is ``parent`` (default: this process)."""
    parent = os.getpid() if parent is None else parent
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == parent and fields[0] != "Z":
            found.add(int(entry.name))
    return found
