"""The mesh supervisor behind ``accord up`` and ``accord mcp``: a registry, and one child process per agent.

``Mesh`` serves the registry (with the MCP gateway mounted at ``/mcp``) on its port and starts every agent as
``accord serve NAME --port P --registry URL --data-dir D`` in its own session, so a Ctrl-C in the terminal reaches
the supervisor alone and the supervisor stops the children it started. The registry and the agents are forked by
the launcher's fork server (``servers.launcher``, ``servers.fork_server``), one parent that imported the agent
stack and loaded the encoder once, so each starts in a fraction of a second and shares those pages; if the
launcher cannot run, the registry is served in this process and each agent is started as its own ``accord serve``
command. Each child also gets a parent-death
signal, so even a supervisor killed with SIGKILL leaves no agent behind. A child that exits on its own is
``down`` until it is restarted, with a doubling backoff. So is a child that stops answering: once its card has
answered, the supervisor polls it every ``health_interval_s`` (each poll bounded by ``health_timeout_s``), and
after ``health_failures`` misses in a row it kills the child's process group with SIGKILL (a hung or stopped
process may ignore SIGTERM), so the same loop restarts it. The whole mesh shares one bearer token: the registry
requires it for writes and the gateway, and the agents use it to register and to guard their own endpoints.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from agents.settings import Settings
from agents.spec import builtin_names
from servers.fork_server import REGISTRY_STAGE, die_with_parent
from servers.launcher import LaunchedProcess, Launcher, LauncherError

if TYPE_CHECKING:
    # httpx, uvicorn and the registry client are imported when the mesh starts: `accord up` starts the launcher
    # first, so it preloads while this process imports them.
    import httpx
    import uvicorn

log = logging.getLogger(__name__)

DEFAULT_AGENTS = ("calculator", "researcher", "writer", "summarizer", "fact_checker", "code_reviewer", "orchestrator")
BACKOFF_INITIAL_S = 0.5
BACKOFF_MAX_S = 30.0
STABLE_AFTER_S = 30.0  # a child that ran this long resets its backoff
HEALTH_INTERVAL_S = 5.0
HEALTH_TIMEOUT_S = 3.0
HEALTH_FAILURES = 3

AgentStatus = Literal["starting", "up", "down", "stopped"]


def default_agents() -> list[str]:
    """The default mesh as it stands: the default agents whose spec exists in this build."""
    present = set(builtin_names())
    return [name for name in DEFAULT_AGENTS if name in present]


@dataclass(slots=True)
class MeshAgent:
    name: str
    port: int
    host: str = "127.0.0.1"
    status: AgentStatus = "starting"
    restarts: int = 0
    pid: int | None = None
    skills: list[str] = field(default_factory=list[str])

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def card_url(self) -> str:
        return f"{self.url}/.well-known/agent-card.json"


class Mesh:
    """The registry plus one supervised process per agent. ``async with Mesh(...) as mesh: await mesh.ready()``.

    ``registry_app`` builds the registry's ASGI app from the token (the caller mounts the gateway in it);
    ``on_event`` receives one-line status changes (an agent down, restarted) for the operator.
    ``health_interval_s``, ``health_timeout_s`` and ``health_failures`` set the liveness check of each agent.
    ``use_launcher=False`` starts every agent as its own ``accord serve`` command (slower, no shared pages);
    ``launcher`` is one the caller started early (so it preloads while the caller imports), which the mesh owns.
    ``registry_call`` (a ``servers.MODULE:FUNCTION`` and its keyword arguments) serves the same registry in a
    launcher child, sharing the launcher's pages; ``registry_app`` is then the fallback, served in this process.
    """

    def __init__(
        self,
        names: Sequence[str],
        ports: Sequence[int],
        *,
        registry_port: int,
        settings: Settings,
        registry_app: Callable[[str], Any],
        token: str,
        host: str = "127.0.0.1",
        on_event: Callable[[str], None] | None = None,
        health_interval_s: float = HEALTH_INTERVAL_S,
        health_timeout_s: float = HEALTH_TIMEOUT_S,
        health_failures: int = HEALTH_FAILURES,
        use_launcher: bool = True,
        launcher: Launcher | None = None,
        registry_call: tuple[str, dict[str, Any]] | None = None,
    ) -> None:
        if len(names) != len(ports):
            raise ValueError("one port per agent")
        self.agents = {name: MeshAgent(name, port, host) for name, port in zip(names, ports, strict=True)}
        self.host = host
        self.registry_port = registry_port
        self.settings = settings
        self.token = token
        self.on_event: Callable[[str], None] = on_event or _log_event
        self._registry_app = registry_app
        self.health_interval_s = health_interval_s
        self.health_timeout_s = health_timeout_s
        self.health_failures = health_failures
        self._server: uvicorn.Server | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._processes: dict[str, asyncio.subprocess.Process | LaunchedProcess] = {}
        self._stopping = False
        self.log_dir = settings.data_dir / "logs"
        self.use_launcher = use_launcher or launcher is not None
        self._launcher: Launcher | None = launcher
        self._registry_call = registry_call
        self._registry_process: LaunchedProcess | None = None
        self._registry_task: asyncio.Task[None] | None = None
        self._http: httpx.AsyncClient | None = None

    @property
    def http(self) -> httpx.AsyncClient:
        """The one HTTP client of the mesh's own checks (the registry's health, the agents' cards, the registry's
        listing): one pool of keep-alive connections, not a client (and a TLS context) per check."""
        if self._http is None:
            import httpx

            self._http = httpx.AsyncClient(timeout=2.0)
        return self._http

    @property
    def registry_url(self) -> str:
        return f"http://{self.host}:{self.registry_port}"

    async def __aenter__(self) -> Mesh:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        if self.use_launcher and self._launcher is None:  # first, so it preloads while the registry is built
            try:
                self._launcher = await start_launcher(self.settings)
            except OSError as exc:
                self.on_event(f"the launcher did not start ({exc}); starting each agent as its own command")
        loop = asyncio.get_running_loop()
        try:
            await self._start_registry()
            # A forked registry and the agents start together: an agent retries its registration until it answers.
            for agent in self.agents.values():
                self._tasks.append(loop.create_task(self._supervise(agent), name=f"supervise {agent.name}"))
            if self._registry_process is not None:
                await self._until_registry_answers(self._registry_process)
                self._tasks.append(loop.create_task(self._supervise_registry(), name="supervise registry"))
        except BaseException:
            await self.aclose()
            raise
        return self

    async def _start_registry(self) -> None:
        """The registry as a launcher child (sharing its pages) when it can be, else in this process.

        A child is only started here (``_until_registry_answers`` waits for it); one in this process is listening
        on return.
        """
        if self._launcher is not None and self._registry_call is not None:
            call, kwargs = self._registry_call
            try:
                log_path = self.log_dir / "registry.log"
                process = await self._launcher.spawn(
                    env=self._child_env(),
                    log_path=log_path,
                    title="registry",
                    call=call,
                    kwargs=kwargs,
                    after=REGISTRY_STAGE,  # forked while the launcher still imports what only agents need
                )
            except LauncherError as exc:
                self.on_event(f"the launcher cannot start the registry ({exc}); serving it in this process")
            else:
                self._registry_process = process  # the caller waits for it to answer
                return
        # Built in a thread: its imports and index take a second or two, and this loop has agents to start and,
        # under `accord mcp`, an MCP client to answer meanwhile.
        app = await asyncio.to_thread(self._registry_app, self.token)
        from servers.mesh_registry import embedded_server

        self._server = embedded_server(app, host=self.host, port=self.registry_port)
        self._registry_task = asyncio.get_running_loop().create_task(self._server.serve(), name="registry")
        while not self._server.started:
            if self._registry_task.done():
                self._registry_task.result()
                raise RuntimeError(f"the registry did not start on {self.registry_url}")
            await asyncio.sleep(0.01)

    async def _until_registry_answers(self, process: LaunchedProcess, timeout_s: float = 60.0) -> None:
        log_path = self.log_dir / "registry.log"
        deadline = time.monotonic() + timeout_s
        while True:
            if process.returncode is not None:
                raise RuntimeError(f"the registry exited with code {process.returncode} (log: {log_path})")
            if await _answers(self.http, f"{self.registry_url}/health"):
                return
            if time.monotonic() > deadline:
                raise RuntimeError(f"the registry did not answer within {timeout_s:g} s (log: {log_path})")
            await asyncio.sleep(0.05)  # not on the critical path: the agents start meanwhile

    async def _supervise_registry(self) -> None:
        """Restart a registry child that exits (in this process if the launcher is gone), with a doubling backoff."""
        backoff = BACKOFF_INITIAL_S
        while not self._stopping and self._registry_process is not None:
            started = time.monotonic()
            code = await self._registry_process.wait()
            if self._stopping:
                return
            self._registry_process = None
            if time.monotonic() - started > STABLE_AFTER_S:
                backoff = BACKOFF_INITIAL_S
            self.on_event(f"the registry is down (exit code {code}; log: {self.log_dir / 'registry.log'}); restarting")
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, BACKOFF_MAX_S)
            try:
                await self._start_registry()
                if self._registry_process is not None:
                    await self._until_registry_answers(self._registry_process)
            except Exception as exc:  # noqa: BLE001 - reported, and tried again after the backoff
                self.on_event(f"the registry did not restart: {exc}")
                continue
            self.on_event(f"the registry is up again at {self.registry_url}/")

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def ready(self, timeout_s: float = 60.0) -> None:
        """Wait until every agent is registered and up; raises ``TimeoutError`` naming the missing ones."""
        from agents.registry import Registry, RegistryError

        deadline = time.monotonic() + timeout_s
        http = self.http
        async with Registry(self.registry_url, cache_ttl=0, client=http) as registry:
            while True:
                try:
                    records = {r.name: r for r in await registry.search(status="up")}
                except RegistryError:
                    records = {}
                # Only a registered agent's card is asked for: polling a port nothing listens on yet can, now and
                # then, connect the socket to itself and hold the very port the agent is about to bind.
                for name, agent in self.agents.items():
                    record = records.get(name)
                    # A record may be the last mesh's, still fresh after a quick restart: up means answering too.
                    if record is not None and agent.status == "starting" and await _answers(http, agent.card_url):
                        agent.status = "up"
                        agent.skills = [s.get("id") or s.get("name", "") for s in record.skills]
                missing = [name for name, agent in self.agents.items() if agent.status != "up"]
                if not missing:
                    return
                if time.monotonic() > deadline:
                    raise TimeoutError(f"not registered after {timeout_s:g} s: {', '.join(missing)}")
                await asyncio.sleep(0.05)

    def pids(self) -> list[int]:
        """This process, the launcher, the registry's process if it has its own, and every running agent process."""
        launcher = [self._launcher.pid] if self._launcher is not None and self._launcher.alive else []
        registry = self._registry_process
        own = [registry.pid] if registry is not None and registry.returncode is None else []
        return [os.getpid(), *launcher, *own, *(p.pid for p in self._processes.values() if p.returncode is None)]

    async def aclose(self) -> None:
        self._stopping = True
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()
        # Agents first: they deregister from the registry as they stop.
        await asyncio.gather(*(self._stop(p) for p in self._processes.values()))
        self._processes.clear()
        if self._registry_process is not None:
            await self._stop(self._registry_process)
            self._registry_process = None
        if self._launcher is not None:
            await self._launcher.aclose()
            self._launcher = None
        if self._server is not None:
            self._server.should_exit = True
        if self._registry_task is not None:
            await asyncio.gather(self._registry_task, return_exceptions=True)
            self._registry_task = None
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    async def _supervise(self, agent: MeshAgent) -> None:
        backoff = BACKOFF_INITIAL_S
        while not self._stopping:
            started = time.monotonic()
            process = await self._spawn(agent)
            watchdog = asyncio.get_running_loop().create_task(self._watch(agent, process), name=f"watch {agent.name}")
            try:
                code = await process.wait()
            finally:
                watchdog.cancel()
                await asyncio.gather(watchdog, return_exceptions=True)
            if self._stopping:
                return
            agent.status = "down"
            agent.pid = None
            if time.monotonic() - started > STABLE_AFTER_S:
                backoff = BACKOFF_INITIAL_S
            self.on_event(
                f"{agent.name} is down (exit code {code}; log: {self.log_dir / (agent.name + '.log')}); "
                f"restarting in {backoff:g} s"
            )
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, BACKOFF_MAX_S)
            agent.restarts += 1
            agent.status = "starting"
            self._tasks.append(asyncio.get_running_loop().create_task(self._announce_when_up(agent)))

    async def _watch(self, agent: MeshAgent, process: asyncio.subprocess.Process | LaunchedProcess) -> None:
        """Kill ``process`` once its card, having answered, misses ``health_failures`` polls in a row."""
        answered, misses = False, 0
        while process.returncode is None and not self._stopping:
            await asyncio.sleep(self.health_interval_s)
            healthy = await _answers(self.http, agent.card_url, self.health_timeout_s)
            # A child still starting is not counted against; one the mesh saw answer (status "up") has started,
            # even if this loop's own polls all fell before it listened.
            answered = answered or agent.status == "up"
            if healthy or not answered:
                answered, misses = answered or healthy, 0
                continue
            misses += 1
            if misses >= self.health_failures and process.returncode is None:
                self.on_event(
                    f"{agent.name} stopped answering its health check ({misses} misses in a row); "
                    f"killing pid {process.pid} to restart it"
                )
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                return

    async def _announce_when_up(self, agent: MeshAgent) -> None:
        with contextlib.suppress(TimeoutError):
            await self._wait_registered(agent, 60.0)
            self.on_event(f"{agent.name} is up again at {agent.url}/ (restart {agent.restarts})")

    async def _wait_registered(self, agent: MeshAgent, timeout_s: float) -> None:
        # The registry may still list the crashed process as up; the restarted one is up when its card answers.
        async with asyncio.timeout(timeout_s):
            while agent.status == "starting":
                if await _answers(self.http, agent.card_url):
                    agent.status = "up"
                    return
                await asyncio.sleep(0.1)

    def _child_env(self) -> dict[str, str]:
        env = {
            **os.environ,
            "ACCORD_TOKEN": self.token,
            "ACCORD_REGISTRY_URL": self.registry_url,
            "ACCORD_DATA_DIR": str(self.settings.data_dir),
        }
        if self.settings.database_url:
            env["ACCORD_DATABASE_URL"] = self.settings.database_url
        return env

    async def _spawn(self, agent: MeshAgent) -> asyncio.subprocess.Process | LaunchedProcess:
        arguments = [
            "serve",
            agent.name,
            "--host",
            agent.host,
            "--port",
            str(agent.port),
            "--registry",
            self.registry_url,
            "--data-dir",
            str(self.settings.data_dir),
        ]
        log_path = self.log_dir / f"{agent.name}.log"
        process: asyncio.subprocess.Process | LaunchedProcess | None = None
        if (launcher := self._launcher) is not None:
            try:
                process = await launcher.spawn(arguments, env=self._child_env(), log_path=log_path, title=agent.name)
            except LauncherError as exc:
                self.on_event(f"the launcher cannot start {agent.name} ({exc}); starting it as its own command")
                if self._launcher is launcher:  # the first to find it broken closes it; the others just fall back
                    self._launcher = None
                    await launcher.aclose()
        if process is None:
            with open(log_path, "ab") as log_file:
                process = await asyncio.create_subprocess_exec(
                    *accord_command(),
                    *arguments,
                    stdin=asyncio.subprocess.DEVNULL,
                    stdout=log_file,
                    stderr=log_file,
                    env=self._child_env(),
                    start_new_session=True,
                    preexec_fn=die_with_parent,
                )
        self._processes[agent.name] = process
        agent.pid = process.pid
        return process

    async def _stop(self, process: asyncio.subprocess.Process | LaunchedProcess, grace_s: float = 5.0) -> None:
        if process.returncode is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            await asyncio.wait_for(process.wait(), grace_s)
        except TimeoutError:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            await process.wait()


def _log_event(line: str) -> None:
    log.warning("%s", line)


def accord_command() -> list[str]:
    """How to run ``accord`` from this interpreter, installed script or not."""
    script = Path(sys.executable).with_name("accord")
    return [str(script)] if script.exists() else [sys.executable, "-m", "servers.cli"]


def local_mesh(
    settings: Settings,
    *,
    names: Sequence[str],
    registry_port: int,
    agent_ports: Sequence[int],
    host: str = "127.0.0.1",
    call_timeout_s: float | None = None,
    on_event: Callable[[str], None] | None = None,
    health_interval_s: float = HEALTH_INTERVAL_S,
    health_timeout_s: float = HEALTH_TIMEOUT_S,
    health_failures: int = HEALTH_FAILURES,
    launcher: Launcher | None = None,
    use_launcher: bool = True,
) -> Mesh:
    """A ``Mesh`` whose registry app also serves the MCP gateway at ``/mcp``, all behind one token."""
    from servers.mesh_registry import mesh_registry_app
    from servers.registry.auth import resolve_token

    token = resolve_token(settings.token, settings.ensure_data_dir()).token

    def registry_app(token: str) -> Any:
        return mesh_registry_app(settings, host=host, port=registry_port, token=token, call_timeout_s=call_timeout_s)

    return Mesh(
        names,
        agent_ports,
        registry_port=registry_port,
        settings=settings,
        registry_app=registry_app,
        token=token,
        host=host,
        on_event=on_event,
        health_interval_s=health_interval_s,
        health_timeout_s=health_timeout_s,
        health_failures=health_failures,
        launcher=launcher,
        use_launcher=use_launcher,
        registry_call=(
            "servers.mesh_registry:serve_registry",
            {"host": host, "port": registry_port, "call_timeout_s": call_timeout_s},
        ),
    )


def start_launcher(settings: Settings) -> Awaitable[Launcher]:
    """Start the agent launcher for a mesh on ``settings.data_dir`` now; pass it to ``local_mesh``."""
    log_dir = settings.data_dir / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    return Launcher.start(data_dir=settings.data_dir, log_path=log_dir / "launcher.log")


async def _answers(http: httpx.AsyncClient, url: str, timeout_s: float | None = None) -> bool:
    """Whether ``url`` (an agent's card, the registry's health) answers 200 now."""
    import httpx

    try:
        return (await http.get(url, timeout=http.timeout if timeout_s is None else timeout_s)).status_code == 200
    except httpx.HTTPError:
        return False
