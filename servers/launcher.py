"""The launcher: the mesh supervisor's handle on the fork server (``servers.fork_server``) that forks its agents.

``await Launcher.start(...)`` starts the fork server, which preloads the agent stack in the background;
``await spawn(...)`` asks it to fork ``accord ARGV...`` (or one of accord's server functions) once the stage it
needs is loaded, and returns a ``LaunchedProcess`` that reports the child's exit like an asyncio subprocess.
The two talk one JSON object a line over the fork server's stdin and stdout (``servers.fork_server``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from servers.fork_server import AGENTS_STAGE, STAGE_NAMES, STOP_GRACE_S, die_with_parent

READY_TIMEOUT_S = 60.0
FORK_TIMEOUT_S = 30.0


class LauncherError(RuntimeError):
    """The launcher is not running or could not fork a child."""


class LaunchedProcess:
    """A child forked by the launcher; quacks like ``asyncio.subprocess.Process`` for what the mesh uses."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None
        self._exited = asyncio.Event()

    def record_exit(self, code: int) -> None:
        """The launcher reports the child ended with ``code``; the first report wins."""
        if self.returncode is None:
            self.returncode = code
            self._exited.set()

    async def wait(self) -> int:
        await self._exited.wait()
        assert self.returncode is not None
        return self.returncode


class Launcher:
    """The supervisor's handle on a launcher process: ``await Launcher.start(...)``, ``await spawn(...)``."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self._process = process
        self._pending: dict[int, asyncio.Future[int]] = {}
        self._children: dict[int, LaunchedProcess] = {}
        self._early_exits: dict[int, int] = {}
        self._next_id = 0
        self._ready = asyncio.get_running_loop().create_future()
        self._reader = asyncio.get_running_loop().create_task(self._read(), name="launcher replies")

    @property
    def pid(self) -> int:
        return self._process.pid

    @property
    def alive(self) -> bool:
        return self._process.returncode is None and not self._reader.done()

    @classmethod
    async def start(cls, *, data_dir: Path, log_path: Path, env: Mapping[str, str] | None = None) -> Launcher:
        """Start the launcher process; it preloads in the background (``spawn`` waits for it)."""
        with open(log_path, "ab") as log_file:
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "servers.fork_server",
                "--data-dir",
                str(data_dir),
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=log_file,
                env=dict(env if env is not None else os.environ),
                start_new_session=True,
                preexec_fn=die_with_parent,
            )
        return cls(process)

    async def ready(self, timeout_s: float = READY_TIMEOUT_S) -> None:
        """Wait until the launcher has preloaded; raises ``LauncherError`` if it died first."""
        try:
            await asyncio.wait_for(asyncio.shield(self._ready), timeout_s)
        except TimeoutError:
            raise LauncherError(f"the launcher did not preload within {timeout_s:g} s") from None

    async def spawn(
        self,
        argv: Sequence[str] | None = None,
        *,
        env: Mapping[str, str],
        log_path: Path,
        title: str,
        call: str | None = None,
        kwargs: Mapping[str, Any] | None = None,
        after: str = AGENTS_STAGE,
    ) -> LaunchedProcess:
        """Fork ``accord ARGV...`` (or ``call(**kwargs)``) with ``env``, its output appended to ``log_path``, once
        the launcher has preloaded up to the stage ``after`` (``REGISTRY_STAGE``: what the mesh's registry needs).

        The request is sent at once: the launcher reads it between two stages of its preloading, or after them,
        and forks as soon as the stage it waits for is done, with no round trip in between.
        """
        if after not in STAGE_NAMES:
            raise ValueError(f"no preloading stage named {after!r}; stages: {', '.join(STAGE_NAMES)}")
        if not self.alive or self._process.stdin is None:
            raise LauncherError("the launcher is not running")
        self._next_id += 1
        ident = self._next_id
        answer: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._pending[ident] = answer
        request: dict[str, Any] = {"id": ident, "env": dict(env), "log": str(log_path), "title": title, "after": after}
        if call is not None:
            request.update(call=call, kwargs=dict(kwargs or {}))
        else:
            request["argv"] = list(argv or ())
        try:
            self._process.stdin.write((json.dumps(request) + "\n").encode())
            await self._process.stdin.drain()
            pid = await asyncio.wait_for(answer, READY_TIMEOUT_S + FORK_TIMEOUT_S)
        except (ConnectionError, TimeoutError) as exc:
            raise LauncherError(f"the launcher did not fork: {exc or type(exc).__name__}") from None
        finally:
            self._pending.pop(ident, None)
        child = LaunchedProcess(pid)
        if pid in self._early_exits:  # it ended before its pid reached us
            child.record_exit(self._early_exits.pop(pid))
        self._children[pid] = child
        return child

    async def aclose(self, grace_s: float = STOP_GRACE_S + 2.0) -> None:
        """Close the launcher's stdin: it stops its children and exits (killed if it takes too long)."""
        if self._process.stdin is not None and not self._process.stdin.is_closing():
            self._process.stdin.close()
        try:
            await asyncio.wait_for(self._process.wait(), grace_s)
        except TimeoutError:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._process.pid, signal.SIGKILL)
            await self._process.wait()
        await asyncio.gather(self._reader, return_exceptions=True)

    async def _read(self) -> None:
        assert self._process.stdout is not None
        try:
            while line := await self._process.stdout.readline():
                try:
                    message = json.loads(line)
                except ValueError:
                    continue
                if message.get("ready") and not self._ready.done():
                    self._ready.set_result(None)
                elif "exited" in message:
                    pid, code = int(message["exited"]), int(message["code"])
                    child = self._children.pop(pid, None)
                    if child is None:
                        self._early_exits[pid] = code
                    else:
                        child.record_exit(code)
                elif (answer := self._pending.get(message.get("id"))) is not None and not answer.done():
                    if "pid" in message:
                        answer.set_result(int(message["pid"]))
                    else:
                        answer.set_exception(LauncherError(str(message.get("error", "cannot fork"))))
        finally:
            self._orphan()

    def _orphan(self) -> None:
        """The launcher is gone: its children die with it (parent-death signal); report them ended."""
        failure = LauncherError("the launcher exited")
        if not self._ready.done():
            self._ready.set_exception(failure)
            self._ready.exception()  # retrieved here, so an unawaited failure is not logged as lost
        for answer in self._pending.values():
            if not answer.done():
                answer.set_exception(failure)
        for pid, child in list(self._children.items()):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGKILL)
            child.record_exit(-signal.SIGKILL)
        self._children.clear()
