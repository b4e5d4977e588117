"""Wiring the registry from settings: credentials, host policy, database and liveness policy into one app."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from starlette.applications import Starlette
from starlette.routing import BaseRoute

from agents.credentials import OriginCredentials
from agents.settings import Settings
from servers.a2a.card import card_keys
from servers.credentials import Authenticator, TokenStore
from servers.registry.app import Hook, create_registry_app
from servers.registry.auth import TokenSource, resolve_token
from servers.registry.cards import CardSignatures
from servers.registry.directory import Directory
from servers.registry.hosts import HostPolicy
from servers.registry.liveness import Liveness
from servers.registry.prober import probing
from servers.registry.runs import OrchestratorRuns
from servers.registry.sql_store import SqlRegistryStore, database_url

RECENT_RUNS = 10


@dataclass(frozen=True, slots=True)
class RegistryService:
    app: Starlette
    token: TokenSource | None  # None when writes are open
    database: str
    host_policy: HostPolicy = HostPolicy()

    def describe(self) -> list[str]:
        """What an operator must know at start: where the data is and how writes are guarded."""
        lines = [f"registry database: {_redacted(self.database)}"]
        if self.token is None:
            lines.append("WARNING: --open: anyone who can reach this registry can register and remove agents")
        elif self.token.path is None:
            lines.append("writes need the bearer token from ACCORD_TOKEN")
        else:
            made = "made a new" if self.token.created else "using the"
            lines.append(f"writes need a bearer token: {made} token in {self.token.path} (mode 0600)")
        policy = self.host_policy
        hosts = ", ".join(policy.allowed) if policy.allowed else "any public or private host"
        loopback = "allowed" if policy.allow_loopback else "refused"
        lines.append(f"cards may be fetched from: {hosts}; loopback {loopback}; link-local and metadata refused")
        return lines


def build_registry(
    settings: Settings,
    *,
    db_url: str | None = None,
    open_writes: bool = False,
    liveness: Liveness | None = None,
    extra_routes: Sequence[BaseRoute] = (),
    lifespan_hooks: Sequence[Hook] = (),
    host: str = "127.0.0.1",
    host_policy: HostPolicy | None = None,
    orchestrator_url: str | None = None,
) -> RegistryService:
    """The registry for ``settings``, listening on ``host``: loopback cards are accepted only when ``host`` is
    loopback, unless ``host_policy`` says otherwise. Callers are the registry's token (or ``ACCORD_TOKEN``) and
    the data dir's client tokens. The database is ``db_url``, else ``settings.database_url``, else SQLite in the
    data dir. The page's recent orchestrations come from the runs API of ``orchestrator_url``, else of the agent
    registered as ``orchestrator`` (``servers/registry/runs.py``)."""
    data_dir = settings.ensure_data_dir()
    url = database_url(db_url or settings.database_url, data_dir)
    token = None if open_writes else resolve_token(settings.token, data_dir)
    authenticator = Authenticator(token.token if token else settings.token, TokenStore.in_data_dir(data_dir))
    policy = host_policy or HostPolicy.for_bind_host(host)
    signatures = CardSignatures(lambda: card_keys(data_dir))  # the mesh's own key and the operator's pinned keys
    directory = Directory(SqlRegistryStore(url), liveness=liveness, host_policy=policy, signatures=signatures)
    mesh_token = token.token if token else settings.token
    runs = OrchestratorRuns(
        directory,
        url=orchestrator_url,
        token=mesh_token,
        credentials=OriginCredentials(mesh_token=mesh_token, data_dir=data_dir),
        limit=RECENT_RUNS,
    )
    app = create_registry_app(
        directory,
        token=token.token if token else None,
        open_writes=open_writes,
        authenticator=authenticator,
        extra_routes=extra_routes,
        # the prober keeps agents that do not heartbeat (foreign ones) up while their card answers
        lifespan_hooks=[*lifespan_hooks, lambda app: runs, lambda app: probing(directory)],
        recent_runs=runs.recent,
        run_detail=runs.detail,
    )
    return RegistryService(app, token, url, policy)


def _redacted(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    credentials, at, host = rest.rpartition("@")
    if at and ":" in credentials:
        credentials = credentials.split(":", 1)[0] + ":***"
    return f"{scheme}{sep}{credentials}{at}{host}"
