"""Agents named by URL: what a caller that names its workers ``http(s)://...`` reads instead of a registry.

``agent_at`` fetches the card the agent serves itself, bounded in time and size, and describes the agent as a
registry would list it (an ``AgentRecord``). A card whose interfaces point to another origin, or a URL naming a
link-local (cloud metadata) address, is refused.
"""

from __future__ import annotations

import asyncio
import json

import httpx

from agents.json_values import json_objects
from agents.registry import AgentRecord, RegistryError, registry_name

MAX_CARD_BYTES = 1_000_000


def is_agent_url(value: str) -> bool:
    """Whether a worker is named by URL (``http(s)://...``) rather than by registry name."""
    return value.startswith(("http://", "https://"))


async def agent_at(
    url: str, http: httpx.AsyncClient, *, token: str | None = None, timeout: float = 10.0
) -> AgentRecord:
    """The agent serving at ``url``, described as a registry would list it, from the card it serves itself.

    For callers that name their workers by URL: no registry is involved. The card is read within ``timeout``
    seconds and ``MAX_CARD_BYTES``, upgraded from 0.3 when needed, and its interfaces must be on ``url``'s
    origin (otherwise a card could send the calls elsewhere). ``token`` goes to ``url`` only: pass it only when
    the caller chose that URL. ``RegistryError`` (code ``bad_agent_url``, ``unreachable`` or ``bad_card``) says
    why not.
    """
    from a2a.client.card_resolver import parse_agent_card
    from google.protobuf import json_format

    base = _agent_base(url)
    card_url = f"{base}/.well-known/agent-card.json"
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    try:
        async with asyncio.timeout(timeout):
            async with http.stream("GET", card_url, headers=headers, follow_redirects=False) as response:
                if response.status_code != 200:
                    raise RegistryError(f"{card_url} answered HTTP {response.status_code}", 0, "unreachable")
                body = bytearray()
                async for chunk in response.aiter_bytes():
                    body += chunk
                    if len(body) > MAX_CARD_BYTES:
                        raise RegistryError(f"the card at {card_url} is over {MAX_CARD_BYTES} bytes", 0, "bad_card")
    except (TimeoutError, httpx.HTTPError) as exc:
        raise RegistryError(f"cannot read the card at {card_url}: {type(exc).__name__}", 0, "unreachable") from None
    try:
        card = json_format.MessageToDict(parse_agent_card(json.loads(body)))
    except Exception:  # any malformed card, however it fails to parse
        raise RegistryError(f"{card_url} is not a valid A2A Agent Card", 0, "bad_card") from None
    name = registry_name(str(card.get("name") or "").strip())
    interfaces = [i.get("url", "") for i in json_objects(card.get("supportedInterfaces"))] or [card.get("url") or base]
    if not name.strip("-") or any(_origin(str(i)) != _origin(base) for i in interfaces):
        raise RegistryError(f"the card at {card_url} names no agent, or interfaces on another origin", 0, "bad_card")
    return AgentRecord(name=name, card_url=card_url, card=card, status="up", registered_at="", last_seen="")


def _agent_base(url: str) -> str:
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError):
        raise RegistryError(f"not a URL: {url[:200]!r}", 0, "bad_agent_url") from None
    if parsed.scheme not in ("http", "https") or not parsed.host or parsed.userinfo or len(url) > 2048:
        raise RegistryError(f"an agent URL must be http(s)://host[:port]/path: {url[:200]!r}", 0, "bad_agent_url")
    if _link_local(parsed.host):  # cloud metadata services live there: never an agent
        raise RegistryError(f"an agent URL may not name a link-local address: {url[:200]!r}", 0, "bad_agent_url")
    return str(parsed.copy_with(query=None, fragment=None)).rstrip("/")


def _link_local(host: str) -> bool:
    import ipaddress

    if host.lower().rstrip(".") == "metadata.google.internal":
        return True
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return (mapped or address).is_link_local


def _origin(url: str) -> tuple[str, str, int | None]:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        return ("", "", None)
    return (parsed.scheme, parsed.host, parsed.port)
