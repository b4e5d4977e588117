"""Turning what the user typed (a URL, or an agent's registry name) into an agent URL."""

from __future__ import annotations

from agents.settings import Settings


async def resolve_target(target: str, settings: Settings) -> str:
    """``target`` itself when it is an http(s) URL; otherwise the URL the registry lists for that name."""
    from servers.cli import UsageError

    if target.startswith(("http://", "https://")):
        return target.rstrip("/")
    if "://" in target:
        raise UsageError(f"{target!r} is not an http(s) URL")
    try:
        from agents.registry import Registry
    except ImportError:
        raise UsageError(f"{target!r} is not a URL, and this build has no registry client") from None
    async with Registry(settings.registry_url, token=settings.token) as registry:
        try:
            record = await registry.get(target)
        except Exception as exc:  # not found, or no registry answering: both are the user's to fix
            raise UsageError(
                f"cannot find agent {target!r} in the registry at {settings.registry_url}: {exc}"
            ) from None
    return agent_url_from_card_url(record["card_url"], record.get("card"))


def agent_url_from_card_url(card_url: str, card: dict | None = None) -> str:
    """The agent's base URL: the card's first interface, or the card URL minus the well-known path."""
    for interface in (card or {}).get("supportedInterfaces", []):
        if interface.get("url"):
            return interface["url"].rstrip("/")
    return card_url.split("/.well-known/")[0].rstrip("/")
