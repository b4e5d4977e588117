"""The fork server behind ``accord up``: one pre-imported parent that forks each of the mesh's agent processes.

Every ``accord serve`` spends about two seconds importing a2a, mcp, SQLAlchemy and uvicorn, and the sentence encoder
costs more. The fork server pays that once: ``python -m servers.fork_server`` imports the agent stack in two stages
(``STAGES``), loads the encoder and the client TLS contexts, freezes the heap (``gc.freeze``, so the collector does
not write to the shared pages) and forks one child per request, each as soon as the stage it needs is loaded: the
mesh's registry after the first, while it imports the rest. Each child is still its own process in its own session
(``os.killpg(pid, ...)`` reaches it and only it), with a parent-death signal and its own log file; it runs ``accord
serve ...`` exactly as the command line would, and the encoder's weights stay shared copy-on-write.

Its parent (``servers.launcher.Launcher``) talks to it over its stdin and stdout, one JSON object a line:

- request ``{"id": N, "argv": [...], "env": {...}, "log": PATH, "title": NAME, "after": STAGE}`` to run
  ``accord ARGV...``, or ``{"id": N, "call": "servers.MODULE:FUNCTION", "kwargs": {...}, ...}`` to run that function
  of accord's servers (the mesh's registry), once the stage ``STAGE`` (default: the last) is loaded; answer
  ``{"id": N, "pid": PID}`` or ``{"id": N, "error": TEXT}``. A request may come at any time: one sent while it
  imports is read between two stages;
- event ``{"exited": PID, "code": CODE}`` when a child ends (``CODE`` negative for a signal, as asyncio reports);
- ``{"ready": true}`` once, when the preloading is done.

When its stdin closes (the parent stopped or died) or it gets SIGTERM, it stops every child it forked (SIGTERM,
then SIGKILL after a grace period) and exits.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import select
import signal
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from servers.tools import TOOL_SERVERS

REGISTRY_STAGE = "registry"
AGENTS_STAGE = "agents"
STAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        REGISTRY_STAGE,
        tuple(
            """
            uvicorn uvicorn.config uvicorn.server uvicorn.lifespan.on uvicorn.loops.auto uvicorn.protocols.http.auto
            uvicorn.protocols.websockets.auto anyio._backends._asyncio httpcore aiosqlite sqlalchemy.ext.asyncio
            sqlalchemy.dialects.sqlite.aiosqlite cryptography.hazmat.backends.openssl a2a.utils.signing mcp
            servers.cli servers.cli.serve servers.limits servers.observability servers.a2a.auth servers.a2a.card
            servers.a2a.plain_errors servers.registry.hosts servers.tools.protocol agents.a2a_client
            agents.credentials agents.storage agents.registration agents.tls uvloop httptools uvicorn.loops.uvloop
            uvicorn.protocols.http.httptools_impl
            """.split()
        ),
    ),
    (
        AGENTS_STAGE,
        (
            "servers.a2a.hosting",
            "servers.a2a.orchestrator_executor",
            "agents.orchestrator",
            *(f"servers.tools.{name}" for name in TOOL_SERVERS),
        ),
    ),
)
"""What the children import, in two stages. The first is what the mesh's registry and the agents both use (the
MCP and A2A SDKs, SQLAlchemy, the sentence encoder, loaded at its end): the registry is forked after it and imports
its own modules (the registry app, the gateway) while the launcher imports what only agents use (the A2A server
stack and every tool server: several agents import the same tool modules, the summarizer's by four of them, and
each tool module compiles its patterns on import, so paying that once shares it too). A module missing from this
build is skipped."""
STAGE_NAMES = tuple(name for name, _ in STAGES)

STOP_GRACE_S = 5.0
_PR_SET_NAME = 15
_PR_SET_PDEATHSIG = 1

Target = list[str] | tuple[str, dict[str, Any]]
"""What a child runs: ``accord`` arguments, or a ``servers.MODULE:FUNCTION`` and its keyword arguments."""


def preload(on_stage: Callable[[str], None] | None = None) -> None:
    """Import the agent stack and load the encoder once, before any fork; ``on_stage(NAME)`` after each stage.

    The collector stays off while importing and what was imported is frozen before each fork (``gc.freeze``),
    as the ``gc`` documentation advises for fork servers: a collection would only scan, and so write to, the
    pages the children share; each child turns the collector on again (``_become_child``). The modules' regular
    expressions are built from the programs kept from the last start (``servers.pattern_programs``), which is most
    of what importing the readers costs.
    """
    import gc
    import importlib

    from servers.pattern_programs import kept_programs

    gc.disable()
    try:
        for stage, modules in STAGES:
            # each stage's programs are a file of their own, let go before its children are forked: a child keeps
            # a copy of whatever the launcher frees after its fork
            with kept_programs(f"launcher-{stage}"):
                for name in modules:
                    with contextlib.suppress(ImportError):
                        importlib.import_module(name)
            if stage == REGISTRY_STAGE:
                _warm_encoder()
                _warm_tls()
            gc.freeze()
            if on_stage is not None:
                on_stage(stage)
    finally:
        gc.freeze()
        gc.enable()


def _warm_encoder() -> None:
    with contextlib.suppress(Exception):  # no encoder means BM25 alone, in the children as in any process
        from agents.models.embeddings import default_embedder

        embedder = default_embedder()  # none when ACCORD_RANKER=bm25
        if embedder is not None:
            embedder.embed(["warm up"])


def _warm_tls() -> None:
    # every child builds the same client TLS contexts (the registry client's, the push sender's): ~40 ms of CPU
    # each to parse the CA bundle, paid here once and shared; a child whose SSL_CERT_* differ builds its own
    with contextlib.suppress(Exception):
        from agents.tls import client_tls

        client_tls()
        client_tls(trust_env=False)


@dataclass(frozen=True, slots=True)
class _Request:
    """One request to fork: what to run, how, and the preloading stage it needs done first."""

    ident: object
    target: Target
    env: dict[str, str]
    log_path: str
    title: str
    after: str

    @classmethod
    def parse(cls, request: Any) -> _Request:
        """A request from its decoded JSON; raises ``ValueError``, ``KeyError``, ... for a malformed one."""
        if "call" in request:
            target: Target = _call_target(request["call"], request.get("kwargs"))
        else:
            target = [str(a) for a in request["argv"]]
        after = str(request.get("after") or STAGE_NAMES[-1])
        if after not in STAGE_NAMES:
            raise ValueError(f"no preloading stage named {after[:40]!r}")
        env = {str(k): str(v) for k, v in request["env"].items()}
        return cls(request["id"], target, env, str(request["log"]), str(request.get("title") or "agent"), after)


class _Server:
    def __init__(self, requests: int, replies: int) -> None:
        self.requests = requests
        self.replies = replies
        self.children: set[int] = set()
        self.wakeup_r, self.wakeup_w = os.pipe()
        os.set_blocking(self.wakeup_w, False)
        os.set_blocking(self.wakeup_r, False)
        self.stopping = False
        self.preloaded: set[str] = set()
        self.deferred: list[_Request] = []
        self._buffer = b""

    def send(self, message: Mapping[str, Any]) -> None:
        data = (json.dumps(message) + "\n").encode()
        with contextlib.suppress(BrokenPipeError):
            while data:
                data = data[os.write(self.replies, data) :]

    def install_signals(self) -> None:
        signal.signal(signal.SIGCHLD, _on_child)  # a handler, so the wakeup fd is written
        signal.signal(signal.SIGTERM, self._on_term)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the supervisor decides when agents stop
        signal.set_wakeup_fd(self.wakeup_w)

    def stage_done(self, stage: str) -> None:
        """Between preloading stages: serve the requests that have come in and need no more than is loaded."""
        self.preloaded.add(stage)
        while not self.stopping and select.select([self.requests], [], [], 0)[0]:
            self._receive()
        self._serve_deferred()

    def run(self) -> int:
        import selectors

        self.send({"ready": True})
        self._serve_deferred()
        selector = selectors.DefaultSelector()
        selector.register(self.requests, selectors.EVENT_READ, "requests")
        selector.register(self.wakeup_r, selectors.EVENT_READ, "wakeup")
        while not self.stopping:
            for key, _ in selector.select(timeout=1.0):
                if key.data == "wakeup":
                    with contextlib.suppress(BlockingIOError):
                        os.read(self.wakeup_r, 4096)
                    continue
                self._receive()
                if self.stopping:
                    break
            self._reap()
        selector.close()
        self._stop_children()
        return 0

    def _on_term(self, *_: object) -> None:
        self.stopping = True

    def _receive(self) -> None:
        chunk = os.read(self.requests, 65536)
        if not chunk:  # the supervisor closed our stdin: it stopped, or died
            self.stopping = True
            return
        self._buffer += chunk
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            self._handle(line)

    def _handle(self, line: bytes) -> None:
        ident = None
        try:
            decoded = json.loads(line)
            ident = decoded.get("id")
            request = _Request.parse(decoded)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            self.send({"id": ident, "error": f"malformed request: {exc}"})
            return
        self.deferred.append(request)
        self._serve_deferred()

    def _serve_deferred(self) -> None:
        """Fork every request whose stage is loaded, in the order they came; the others wait. None once stopping."""
        if self.stopping:
            return
        waiting, self.deferred = self.deferred, []
        for request in waiting:
            if request.after in self.preloaded:
                self._start(request)
            else:
                self.deferred.append(request)

    def _start(self, request: _Request) -> None:
        try:
            pid = self._fork(request)
        except OSError as exc:
            self.send({"id": request.ident, "error": f"cannot fork: {exc.strerror or exc}"})
            return
        self.children.add(pid)
        self.send({"id": request.ident, "pid": pid})

    def _fork(self, request: _Request) -> int:
        log_fd = os.open(request.log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        sys.stdout.flush()
        sys.stderr.flush()
        try:
            pid = os.fork()
        except OSError:
            os.close(log_fd)
            raise
        if pid:
            os.close(log_fd)
            return pid
        code = 1
        target = request.target
        try:
            self._become_child(log_fd, request.env, request.title)
            if isinstance(target, tuple):
                import importlib

                module_name, _, function = target[0].partition(":")
                code = getattr(importlib.import_module(module_name), function)(**target[1])
            else:
                from servers.cli import main

                code = main(target)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException:
            import traceback

            traceback.print_exc()
        finally:
            with contextlib.suppress(Exception):
                sys.stdout.flush()
                sys.stderr.flush()
            os._exit(code if isinstance(code, int) else 0)

    def _become_child(self, log_fd: int, env: dict[str, str], title: str) -> None:
        import gc

        gc.enable()  # off in the launcher while it preloads (``preload``)
        os.setsid()
        for sig in (signal.SIGCHLD, signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, signal.SIG_DFL)
        signal.set_wakeup_fd(-1)
        for fd in (self.requests, self.replies, self.wakeup_r, self.wakeup_w):
            os.close(fd)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(log_fd, 1)
        os.dup2(log_fd, 2)
        os.close(devnull)
        os.close(log_fd)
        os.environ.clear()
        os.environ.update(env)
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
        libc.prctl(_PR_SET_NAME, ctypes.c_char_p(f"accord-{title}"[:15].encode()))

    def _reap(self, block: bool = False) -> None:
        while self.children:
            try:
                pid, status = os.waitpid(-1, 0 if block else os.WNOHANG)
            except ChildProcessError:
                self.children.clear()
                return
            if pid == 0:
                return
            self.children.discard(pid)
            self.send({"exited": pid, "code": os.waitstatus_to_exitcode(status)})

    def _stop_children(self) -> None:
        for pid in self.children:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE_S
        while self.children and time.monotonic() < deadline:
            self._reap()
            time.sleep(0.02)
        for pid in self.children:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGKILL)
        self._reap(block=True)


def _on_child(*_: object) -> None:
    """SIGCHLD's handler: nothing to do here, but with a handler set the wakeup fd is written and the loop reaps."""


def _call_target(call: object, kwargs: object) -> tuple[str, dict[str, Any]]:
    """A ``servers.MODULE:FUNCTION`` of accord's own, with keyword arguments; nothing else is run."""
    if not isinstance(call, str) or not call.startswith("servers.") or call.count(":") != 1:
        raise ValueError("call must name servers.MODULE:FUNCTION")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise ValueError("kwargs must be an object")
    arguments = cast("dict[object, Any]", kwargs or {})  # decoded JSON: an object, its values anything
    return call, {str(k): v for k, v in arguments.items()}


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m servers.fork_server [--data-dir D]``: the data dir only names the mesh in the process list."""
    # The protocol keeps private copies of stdin and stdout; a library that prints writes to the log instead.
    requests, replies = os.dup(0), os.dup(1)
    os.dup2(2, 1)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    with contextlib.suppress(Exception):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_NAME, ctypes.c_char_p(b"accord-launcher"))
    from servers.cli import one_blas_thread, quiet_sdk_spans

    quiet_sdk_spans()  # before preload imports a2a: the children inherit the SDK's choice
    one_blas_thread()  # before preload imports numpy: the children share its OpenBLAS
    server = _Server(requests, replies)
    server.install_signals()
    preload(server.stage_done)
    return server.run()


def die_with_parent() -> None:
    # Runs in a child between fork and exec: SIGTERM it when its parent dies, however the parent dies.
    with contextlib.suppress(Exception):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


if __name__ == "__main__":
    sys.exit(main())
