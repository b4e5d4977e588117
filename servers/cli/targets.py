"""Turning what the user typed (a URL, or an agent's registry name) into an agent URL."""

from __future__ import annotations

from agents.credentials import OriginCredentials
from agents.settings import Settings


async def resolve_target(target: str, settings: Settings, *, hint: str = "") -> str:
    """``target`` itself when it is an http(s) URL; otherwise the URL the registry lists for that name (or the
    last catalogue it answered with). ``hint`` ends the message when the registry cannot be asked."""
    from agents.registry import LastKnown, Registry, RegistryError, UnknownAgent, last_known_path
    from servers.cli import UsageError

    if target.startswith(("http://", "https://")):
        return target.rstrip("/")
    if "://" in target:
        raise UsageError(f"{target!r} is not an http(s) URL")
    # the catalogue an earlier command saw answers while the registry is down (with a warning)
    last_known = LastKnown(
        last_known_path(settings.data_dir, settings.registry_url), registry_url=settings.registry_url
    )
    async with Registry(settings.registry_url, token=settings.token, last_known=last_known) as registry:
        try:
            record = await registry.get(target)
        except UnknownAgent:
            raise UsageError(f"no agent named {target!r} in the registry at {settings.registry_url}") from None
        except RegistryError as exc:
            raise UsageError(f"cannot look up {target!r} in the registry: {exc}{hint}") from None
    url = record.base_url
    if not url:
        raise UsageError(f"the registry lists {target!r} without a URL")
    return url.rstrip("/")


def mesh_token(settings: Settings) -> str | None:
    """``ACCORD_TOKEN``, else the token of the mesh ``accord up`` runs on this machine (kept in the data dir)."""
    from servers.registry.auth import TOKEN_FILE

    kept = settings.data_dir / TOKEN_FILE
    if settings.token is None and kept.is_file():
        return kept.read_text(encoding="utf-8").strip() or None
    return settings.token


def credential_for(target: str, settings: Settings) -> str | OriginCredentials | None:
    """What to authenticate with at ``target``.

    A URL the user typed gets their ``ACCORD_TOKEN``: they chose where it goes. Otherwise the mesh token (theirs,
    or the local mesh's) goes only to an origin that is one of the mesh's own (``agents.credentials``): anyone may
    register an agent, and a stranger's agent gets no credential.
    """
    if target.startswith(("http://", "https://")) and settings.token:
        return settings.token
    return OriginCredentials(mesh_token=mesh_token(settings), data_dir=settings.data_dir)
