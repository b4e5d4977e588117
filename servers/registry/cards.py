"""Getting and checking an Agent Card: fetch it by URL (bounded in time and size), parse it as A2A 1.0.

A 0.3 card is upgraded by the SDK's lenient parser and stored in its 1.0 JSON form, so every reader of the
registry sees one shape. What search needs from a card (the name, skill keys, tags and the text to rank) is
derived here once, at registration, and never again per query.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
from a2a.client.card_resolver import parse_agent_card
from google.protobuf import json_format

from agents.registry import registry_name
from servers.registry.errors import BadRequest, InvalidCard, TooLarge

MAX_CARD_BYTES = 1_000_000


@dataclass(frozen=True, slots=True)
class ParsedCard:
    name: str
    card: dict[str, Any]
    interface_url: str | None
    document: str
    skill_keys: frozenset[str]
    tags: frozenset[str]


def check_url(url: object) -> str:
    if not isinstance(url, str) or not url:
        raise BadRequest("card_url must be a non-empty string")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise BadRequest(f"card_url must be an absolute http(s) URL, not {url!r}")
    return url


async def fetch_card(
    client: httpx.AsyncClient, url: str, *, timeout: float = 5.0, max_bytes: int = MAX_CARD_BYTES
) -> dict[str, Any]:
    """The JSON at ``url``: ``InvalidCard`` if unreachable, slow, not 200 or not JSON; ``TooLarge`` if big."""
    check_url(url)
    chunks: list[bytes] = []
    size = 0
    try:
        async with client.stream("GET", url, timeout=timeout, headers={"Accept": "application/json"}) as response:
            if response.status_code != 200:
                raise InvalidCard(f"fetching the card at {url} answered HTTP {response.status_code}")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise TooLarge(f"the card at {url} is {declared} bytes; the limit is {max_bytes}")
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise TooLarge(f"the card at {url} is over {max_bytes} bytes")
                chunks.append(chunk)
    except httpx.TimeoutException:
        raise InvalidCard(f"fetching the card at {url} timed out after {timeout} s") from None
    except httpx.UnsupportedProtocol:
        raise BadRequest(f"card_url must be an http(s) URL: {url}") from None
    except httpx.HTTPError as exc:
        raise InvalidCard(f"could not fetch the card at {url}: {type(exc).__name__}") from None
    try:
        data = json.loads(b"".join(chunks))
    except ValueError:
        raise InvalidCard(f"the card at {url} is not JSON") from None
    return data


def parse_card(data: object) -> ParsedCard:
    """Validate ``data`` as an A2A card (1.0, or 0.3 upgraded) and derive what the registry indexes."""
    if not isinstance(data, dict):
        raise InvalidCard("an Agent Card must be a JSON object")
    try:
        card = parse_agent_card(copy.deepcopy(data))
    except (json_format.ParseError, TypeError, ValueError, AttributeError, KeyError) as exc:
        raise InvalidCard(f"not a valid A2A Agent Card: {exc}") from None
    name = registry_name(card.name.strip())
    if not name.strip("-"):
        raise InvalidCard("the Agent Card has no usable name")
    as_json = json_format.MessageToDict(card)
    skills = list(card.skills)
    parts = [card.name, card.description]
    for skill in skills:
        parts += [skill.name, skill.description, *skill.tags, *skill.examples]
    keys, tags = skill_keys_and_tags(as_json)
    interface_url = next((i.url for i in card.supported_interfaces if i.url), None)
    return ParsedCard(
        name=name,
        card=as_json,
        interface_url=interface_url,
        document="\n".join(p for p in parts if p),
        skill_keys=keys,
        tags=tags,
    )


def skill_keys_and_tags(card: dict[str, Any]) -> tuple[frozenset[str], frozenset[str]]:
    """What the skill and tag filters match in a card's JSON: skill ids and names, and tags; lowercased."""
    keys: set[str] = set()
    tags: set[str] = set()
    for skill in card.get("skills") or []:
        keys.update(str(k).lower() for k in (skill.get("id"), skill.get("name")) if k)
        tags.update(str(t).lower() for t in skill.get("tags") or [] if t)
    return frozenset(keys), frozenset(tags)
