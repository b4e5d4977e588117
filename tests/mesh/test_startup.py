"""What keeps ``accord up`` quick: the launcher forks each child as soon as the stage it needs is loaded, an agent
registers once it listens, and the command line parses without importing numpy."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from servers import fork_server
from servers.cli.serve import _once_listening

ROOT = Path(__file__).resolve().parents[2]


class _ForkRecorder(fork_server._Server):
    """The launcher's request loop with ``fork`` replaced by a record of what it would have forked."""

    def __init__(self, requests: int, replies: int) -> None:
        super().__init__(requests, replies)
        self.forked: list[str] = []

    def _fork(self, request: Any) -> int:
        self.forked.append(request.title)
        return 10_000 + len(self.forked)


@pytest.fixture
def server() -> Iterator[tuple[_ForkRecorder, int, int]]:
    requests_r, requests_w = os.pipe()
    replies_r, replies_w = os.pipe()
    recorder = _ForkRecorder(requests_r, replies_w)
    yield recorder, requests_w, replies_r
    for fd in (requests_r, requests_w, replies_r, replies_w, recorder.wakeup_r, recorder.wakeup_w):
        os.close(fd)


def _request(ident: int, title: str, **fields: object) -> bytes:
    body = {"id": ident, "argv": ["serve", title], "env": {}, "log": os.devnull, "title": title, **fields}
    return (json.dumps(body) + "\n").encode()


def _replies(fd: int) -> list[dict[str, Any]]:
    return [json.loads(line) for line in os.read(fd, 65536).decode().splitlines()]


def test_a_request_waits_for_its_stage_and_no_longer(server: tuple[_ForkRecorder, int, int]) -> None:
    recorder, requests, replies = server
    os.write(requests, _request(1, "calculator") + _request(2, "registry", after=fork_server.REGISTRY_STAGE))
    recorder.stage_done(fork_server.REGISTRY_STAGE)
    assert recorder.forked == ["registry"]  # read while preloading, forked before the agents' stage
    assert _replies(replies) == [{"id": 2, "pid": 10_001}]
    recorder.stage_done(fork_server.AGENTS_STAGE)
    assert recorder.forked == ["registry", "calculator"]
    assert _replies(replies) == [{"id": 1, "pid": 10_002}]


def test_a_request_for_an_unknown_stage_is_refused(server: tuple[_ForkRecorder, int, int]) -> None:
    recorder, requests, replies = server
    os.write(requests, _request(1, "calculator", after="later"))
    recorder.stage_done(fork_server.REGISTRY_STAGE)
    assert recorder.forked == []
    (reply,) = _replies(replies)
    assert reply["id"] == 1 and "no preloading stage named 'later'" in reply["error"]


def test_the_registry_stage_leaves_the_agents_stack_for_later() -> None:
    first = dict(fork_server.STAGES)[fork_server.REGISTRY_STAGE]
    assert "servers.a2a.hosting" not in first and "servers.gateway" not in first
    assert fork_server.STAGE_NAMES[-1] == fork_server.AGENTS_STAGE  # a request naming no stage waits for everything


class _Recorded:
    """A stand-in registration that records being entered and left."""

    def __init__(self) -> None:
        self.events: list[str] = []

    async def __aenter__(self) -> _Recorded:
        self.events.append("entered")
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self.events.append("left")


@pytest.mark.anyio
async def test_an_agent_registers_once_it_listens_and_deregisters_as_it_stops() -> None:
    registration, listening = _Recorded(), asyncio.Event()
    async with _once_listening(registration, listening):
        await asyncio.sleep(0)
        assert registration.events == []  # the lifespan went on: the server starts listening after it
        listening.set()
        async with asyncio.timeout(5):
            while not registration.events:
                await asyncio.sleep(0.01)
        assert registration.events == ["entered"]
    assert registration.events == ["entered", "left"]


@pytest.mark.anyio
async def test_a_server_that_never_listened_never_registers() -> None:
    registration, listening = _Recorded(), asyncio.Event()
    async with _once_listening(registration, listening):
        await asyncio.sleep(0)
    listening.set()
    await asyncio.sleep(0.05)
    assert registration.events == []


def test_the_command_line_parses_without_numpy() -> None:
    probe = "import sys; from servers.cli import build_parser; build_parser(); print('numpy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr


def test_the_patterns_package_loads_a_name_on_first_use() -> None:
    probe = (
        "import sys, patterns; before = 'patterns.router' in sys.modules; "
        "from patterns import Router; print(before, 'patterns.router' in sys.modules, Router.__module__)"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["False", "True", "patterns.router"], result.stderr


def test_a_launcher_told_to_stop_while_preloading_forks_nothing(server: tuple[_ForkRecorder, int, int]) -> None:
    recorder, requests, _ = server
    os.write(requests, _request(1, "registry", after=fork_server.REGISTRY_STAGE))
    recorder.stopping = True  # SIGTERM, or the supervisor closed our stdin
    recorder.stage_done(fork_server.REGISTRY_STAGE)
    recorder.stage_done(fork_server.AGENTS_STAGE)
    assert recorder.forked == []
