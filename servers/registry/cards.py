"""Getting and checking an Agent Card: fetch it by URL (bounded in time and size), parse it as A2A 1.0.

The registry trusts nothing it fetches. A fetch connects only to an address the host policy admits
(``hosts.py``), follows a redirect only within the same origin, and is bounded by one total deadline (a body
dripped a byte at a time is cut off) and a size cap. Every way a fetch can fail (refused host, closed port,
timeout, an HTTP error status, too big, not JSON, not a card) answers the same ``CardUnavailable`` message, so
registering by URL cannot be used to map what is behind the registry; the reason goes to the registry's log.
A card's interface URLs must be http(s), admitted by the host policy and on the card URL's origin.

A 0.3 card is upgraded by the SDK's lenient parser and stored in its 1.0 JSON form, so every reader of the
registry sees one shape. What search needs from a card (the name, skill keys, tags and the text to rank) is
derived here once, at registration, and never again per query.

A signed card (JWS, ``signatures``) is checked against the keys the registry pins (``CardSignatures``): the
mesh's own signing key and the operator's trusted keys under the data dir, never a key URL the card names. A
signature made with a pinned key that does not verify is a tampered card and is refused; a signature by a key
the registry does not know is listed, as signed but not verified. Records show both: ``signed`` and ``verified``.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import copy
import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast
from urllib.parse import urljoin

import httpx
from a2a.client.card_resolver import parse_agent_card
from a2a.types import AgentCard
from google.protobuf import json_format

from agents.credentials import origin
from agents.registry import registry_name
from servers.a2a.card import verify_card
from servers.registry.errors import BadRequest, InvalidCard
from servers.registry.hosts import HostPolicy, HostRefused, split_http_url

log = logging.getLogger(__name__)

MAX_CARD_BYTES = 1_000_000
MAX_REDIRECTS = 3
UNAVAILABLE = (
    "could not get an A2A Agent Card from card_url: it is unreachable, not allowed by this registry's host "
    "policy, or did not answer with a valid card in time"
)


class CardUnavailable(InvalidCard):
    """Fetching a card failed, however it failed: one message for every cause (see the module docstring)."""


@dataclass(frozen=True, slots=True)
class ParsedCard:
    name: str
    card: dict[str, Any]
    interface_url: str | None
    document: str
    skill_keys: frozenset[str]
    tags: frozenset[str]
    interface_urls: tuple[str, ...] = ()


def check_url(url: object) -> str:
    """``url`` when it is an absolute http(s) URL without user info; ``BadRequest`` otherwise."""
    try:
        split_http_url(url, "card_url")
    except HostRefused as exc:
        raise BadRequest(str(exc)) from None
    assert isinstance(url, str)
    return url


async def fetch_card(
    client: httpx.AsyncClient,
    url: str,
    *,
    policy: HostPolicy | None = None,
    timeout: float = 5.0,
    max_bytes: int = MAX_CARD_BYTES,
) -> ParsedCard:
    """The card at ``url``, parsed; ``CardUnavailable`` for every failure, within ``timeout`` seconds in all."""
    try:
        async with asyncio.timeout(timeout):
            return parse_card(await _fetch_json(client, url, policy or HostPolicy(), max_bytes))
    except (TimeoutError, httpx.HTTPError, HostRefused, InvalidCard, ValueError, OSError, RecursionError) as exc:
        log.info("registry: no card from %s: %s: %s", url, type(exc).__name__, exc)
        raise CardUnavailable(UNAVAILABLE) from None


async def _fetch_json(client: httpx.AsyncClient, url: str, policy: HostPolicy, max_bytes: int) -> Any:
    for _ in range(MAX_REDIRECTS + 1):
        address = await policy.resolve(url, "card_url")
        parts = split_http_url(url, "card_url")
        # Connect to the address the policy checked; name the host in Host (and in TLS, for its certificate).
        target = httpx.URL(url).copy_with(host=str(address))
        host_header = parts.netloc.rpartition("@")[2]
        extensions = {"sni_hostname": parts.hostname} if parts.scheme == "https" else {}
        headers = {"Accept": "application/json", "Host": host_header}
        async with client.stream("GET", target, headers=headers, extensions=extensions) as response:
            if response.is_redirect and "location" in response.headers:
                following = urljoin(url, response.headers["location"])
                if origin(following) is None or origin(following) != origin(url):
                    raise HostRefused(f"a redirect to another origin: {following}")
                url = following
                continue
            if response.status_code != 200:
                raise InvalidCard(f"HTTP {response.status_code}")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise InvalidCard(f"{declared} bytes")
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise InvalidCard(f"over {max_bytes} bytes")
                chunks.append(chunk)
            return json.loads(b"".join(chunks))
    raise HostRefused(f"more than {MAX_REDIRECTS} redirects")


async def check_interfaces(parsed: ParsedCard, card_url: str | None, policy: HostPolicy) -> None:
    """``InvalidCard`` unless every interface URL is http(s), admitted, and on the card URL's origin.

    An inline card without ``card_url`` is held to its first interface's origin instead.
    """
    home = origin(card_url) if card_url else None
    for url in parsed.interface_urls:
        try:
            split_http_url(url, "interface URL")
            if not policy.foreign_interfaces:
                home = home or origin(url)
                if origin(url) != home:
                    raise HostRefused("interface URLs must share the card URL's origin")
            await policy.resolve(url, "interface URL")
        except HostRefused as exc:
            raise InvalidCard(f"the card's interface {url[:200]!r} is refused: {exc}") from None


def parse_card(data: object) -> ParsedCard:
    """Validate ``data`` as an A2A card (1.0, or 0.3 upgraded) and derive what the registry indexes."""
    if not isinstance(data, dict):
        raise InvalidCard("an Agent Card must be a JSON object")
    fields = cast("dict[str, Any]", data)  # JSON from the wire, checked by the SDK's parser next
    try:
        card = parse_agent_card(copy.deepcopy(fields))
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
    interface_urls = tuple(i.url for i in card.supported_interfaces if i.url)
    return ParsedCard(
        name=name,
        card=as_json,
        interface_url=interface_urls[0] if interface_urls else None,
        interface_urls=interface_urls,
        document="\n".join(p for p in parts if p),
        skill_keys=keys,
        tags=tags,
    )


def skill_keys_and_tags(card: dict[str, Any]) -> tuple[frozenset[str], frozenset[str]]:
    """What the skill and tag filters match in a card's JSON: skill ids and names, and tags; lowercased."""
    keys: set[str] = set()
    tags: set[str] = set()
    skills: list[dict[str, Any]] = card.get("skills") or []  # a card as MessageToDict wrote it
    for skill in skills:
        keys.update(str(k).lower() for k in (skill.get("id"), skill.get("name")) if k)
        labels: list[object] = skill.get("tags") or []
        tags.update(str(t).lower() for t in labels if t)
    return frozenset(keys), frozenset(tags)


KeySource = Callable[[], Mapping[str, Any]]
KEY_RELOAD_S = 5.0
MAX_SIGNATURE_CACHE = 4096


class CardSignatures:
    """Card signatures judged against pinned keys (``kid`` -> public key), read from ``keys`` and read again
    (at most every few seconds) when a card names a key not known yet: the mesh's key may be made after the
    registry starts."""

    def __init__(self, keys: KeySource | Mapping[str, Any] | None = None) -> None:
        self._source: KeySource = keys if callable(keys) else (lambda: dict(keys or {}))
        self._keys: Mapping[str, Any] = {}
        self._loaded_at = float("-inf")
        # By the card object's id, the card kept alive beside its status so the id cannot be reused meanwhile:
        # a listing asks for every record's status, and must not serialise every card to ask.
        self._seen: dict[int, tuple[Mapping[str, Any], dict[str, bool]]] = {}

    def _pinned(self, kids: set[str]) -> Mapping[str, Any]:
        if not kids <= self._keys.keys() and time.monotonic() - self._loaded_at >= KEY_RELOAD_S:
            try:
                self._keys = dict(self._source())
            except (OSError, ValueError) as exc:
                log.warning("registry: cannot read the pinned card keys: %s", exc)
            self._loaded_at = time.monotonic()
        return self._keys

    def status(self, card: Mapping[str, Any]) -> dict[str, bool]:
        """``{"signed", "verified"}`` for a card's 1.0 JSON; remembered per card, so a list costs no crypto."""
        signatures = card.get("signatures")
        if not signatures:
            return {"signed": False, "verified": False}
        seen = self._seen.get(id(card))
        if seen is not None and seen[0] is card:
            return dict(seen[1])
        kids = _kids(signatures)
        keys = self._pinned(kids)
        try:
            parsed = json_format.ParseDict(dict(card), AgentCard(), ignore_unknown_fields=True)
        except (json_format.ParseError, TypeError, ValueError):
            parsed = None
        verified = parsed is not None and bool(kids & keys.keys()) and verify_card(parsed, keys)
        found = {"signed": True, "verified": verified}
        if len(self._seen) >= MAX_SIGNATURE_CACHE:
            self._seen.clear()
        self._seen[id(card)] = (card, found)
        return dict(found)

    def check(self, parsed: ParsedCard) -> dict[str, bool]:
        """The card's status; ``InvalidCard`` when it is signed with a pinned key and the signature fails."""
        status = self.status(parsed.card)
        if status["signed"] and not status["verified"] and _kids(parsed.card["signatures"]) & self._keys.keys():
            raise InvalidCard("the Agent Card's signature does not verify with the key it names: refused")
        return status


def _kids(signatures: Any) -> set[str]:
    """The ``kid`` in each signature's protected header (unreadable headers name none)."""
    kids: set[str] = set()
    listed = cast("list[object]", signatures) if isinstance(signatures, list) else []  # JSON from the card
    for signature in listed:
        fields = cast("dict[str, object]", signature) if isinstance(signature, dict) else None
        protected = fields.get("protected") if fields is not None else None
        if not isinstance(protected, str) or len(protected) > 4096:
            continue
        try:
            header: object = json.loads(base64.urlsafe_b64decode(protected + "=" * (-len(protected) % 4)))
        except (ValueError, binascii.Error):
            continue
        kid = cast("dict[str, object]", header).get("kid") if isinstance(header, dict) else None
        if isinstance(kid, str):
            kids.add(kid)
    return kids
