"""The Agent Card as served: the checked-in card with interface URLs and security filled in at serve time.

Two documents are published from one card:

- ``/.well-known/agent-card.json``: the A2A 1.0 card, exactly the protobuf's JSON form (nothing from 0.3 at the
  top level, security schemes in their 1.0 shape), which the 1.0 card schema accepts;
- ``/.well-known/agent.json``, the path 0.3 clients used first: the same card in the 0.3 shape (``url``,
  ``preferredTransport``, ``protocolVersion``, 0.3 security schemes), so a 0.3 client can still find the agent
  and call it through the 0.3 JSON-RPC interface the card lists.

Both answer with a weak ``ETag`` (the card without its signatures), ``Last-Modified`` (when the card was
published, i.e. the process started) and ``Cache-Control: max-age``; a matching ``If-None-Match`` or a fresh
enough ``If-Modified-Since`` gets 304.

A card may be signed (JWS over the RFC 8785 form, the SDK's signer) with a key kept under the data dir; a
reader pins the public key by its ``kid`` (``card_keys``), never trusting a key URL the card itself names.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import logging
import os
import time
from collections.abc import Mapping
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path
from typing import Any

from a2a.compat.v0_3.conversions import to_compat_agent_card
from a2a.types import (
    AgentCard,
    AgentInterface,
    HTTPAuthSecurityScheme,
    SecurityRequirement,
    SecurityScheme,
    StringList,
)
from a2a.utils.constants import AGENT_CARD_WELL_KNOWN_PATH
from a2a.utils.errors import VersionNotSupportedError
from google.protobuf import json_format
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from cards import load_card_json

CARD_PATH = AGENT_CARD_WELL_KNOWN_PATH
LEGACY_CARD_PATH = "/.well-known/agent.json"
CARD_MAX_AGE_S = 300
SIGNING_ALGORITHM = "ES256"
SIGNING_KEY_FILE = "card-signing-key.pem"
TRUSTED_KEYS_DIR = "trusted-card-keys"

log = logging.getLogger(__name__)


def agent_card(card: str | dict[str, Any], base_url: str, *, bearer: bool = False, push: bool = True) -> AgentCard:
    """The card named ``card`` (or given as JSON), published at ``base_url``.

    JSON-RPC answers at the root and HTTP+JSON under ``/rest``, both A2A 1.0; a 0.3 JSON-RPC interface at the
    root is listed too, so clients that only speak 0.3 can call the agent. With ``bearer`` the card declares the
    bearer scheme every call needs (the card itself stays public); with ``push`` it offers push notifications.
    """
    raw = load_card_json(card) if isinstance(card, str) else dict(card)
    parsed = json_format.ParseDict(raw, AgentCard(), ignore_unknown_fields=True)
    root = base_url.rstrip("/")
    del parsed.supported_interfaces[:]
    parsed.supported_interfaces.extend(
        [
            AgentInterface(url=f"{root}/", protocol_binding="JSONRPC", protocol_version="1.0"),
            AgentInterface(url=f"{root}/rest", protocol_binding="HTTP+JSON", protocol_version="1.0"),
            AgentInterface(url=f"{root}/", protocol_binding="JSONRPC", protocol_version="0.3"),
        ]
    )
    if push:
        parsed.capabilities.push_notifications = True
    if bearer:
        parsed.security_schemes["bearer"].CopyFrom(
            SecurityScheme(http_auth_security_scheme=HTTPAuthSecurityScheme(scheme="Bearer", bearer_format="opaque"))
        )
        parsed.security_requirements.append(SecurityRequirement(schemes={"bearer": StringList(list=[])}))
    return parsed


def card_document(card: AgentCard) -> dict[str, Any]:
    """The card's A2A 1.0 JSON."""
    return json_format.MessageToDict(card)


def legacy_card_document(card: AgentCard) -> dict[str, Any]:
    """The card's A2A 0.3 JSON, primary interface first; the 1.0 document when the card lists no 0.3 interface."""
    try:
        legacy = to_compat_agent_card(card)
    except VersionNotSupportedError:  # no 0.3 interface to describe
        return card_document(card)
    return legacy.model_dump(mode="json", by_alias=True, exclude_none=True)


def card_routes(card: AgentCard, *, max_age: int = CARD_MAX_AGE_S, published: float | None = None) -> list[Route]:
    """The public card routes: the 1.0 card and the legacy 0.3 one (see the module docstring)."""
    modified = int(published if published is not None else time.time())
    documents = {CARD_PATH: card_document(card), LEGACY_CARD_PATH: legacy_card_document(card)}

    def endpoint(document: dict[str, Any]):
        unsigned = {k: v for k, v in document.items() if k != "signatures"}
        digest = hashlib.sha256(json.dumps(unsigned, sort_keys=True, separators=(",", ":")).encode()).hexdigest()
        headers = {
            "ETag": f'W/"{digest}"',
            "Last-Modified": formatdate(modified, usegmt=True),
            "Cache-Control": f"public, max-age={max_age}",
        }

        async def serve(request: Request) -> Response:
            if _not_modified(request, headers["ETag"], modified):
                return Response(status_code=304, headers=headers)
            return JSONResponse(document, headers=headers)

        return serve

    return [Route(path, endpoint(document), methods=["GET"]) for path, document in documents.items()]


def _not_modified(request: Request, etag: str, modified: int) -> bool:
    # RFC 9110 13.2.2: If-None-Match decides when present (weak comparison); If-Modified-Since only otherwise.
    if_none_match = request.headers.get("if-none-match")
    if if_none_match is not None:
        tags = [tag.strip().removeprefix("W/") for tag in if_none_match.split(",")]
        return "*" in tags or etag.removeprefix("W/") in tags
    since = request.headers.get("if-modified-since")
    if since:
        try:
            return modified <= parsedate_to_datetime(since).timestamp()
        except (TypeError, ValueError, IndexError, OverflowError):
            return False
    return False


# -- signing ---------------------------------------------------------------------------------------------------


def key_id(public_key: Any) -> str:
    """A stable id for a public key: the SHA-256 of its SubjectPublicKeyInfo, base64url, 22 characters."""
    from cryptography.hazmat.primitives import serialization

    der = public_key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return base64.urlsafe_b64encode(hashlib.sha256(der).digest()).decode().rstrip("=")[:22]


def signing_key(data_dir: Path) -> Any:
    """The data dir's card-signing key (EC P-256), made on first use and kept readable by its owner only."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    path = data_dir / SIGNING_KEY_FILE
    if not path.exists():
        key = ec.generate_private_key(ec.SECP256R1())
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        data_dir.mkdir(parents=True, exist_ok=True)
        # Written whole under a private name, then linked into place: agents starting together (``accord up``)
        # race to make the key, and every one of them must end up with the same, complete file.
        partial = data_dir / f".{SIGNING_KEY_FILE}.{os.getpid()}.{time.monotonic_ns()}"
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(pem)
        try:
            os.link(partial, path)
        except FileExistsError:
            pass  # another process won the race: use its key
        finally:
            partial.unlink()
    return serialization.load_pem_private_key(path.read_bytes(), password=None)


def sign_card(card: AgentCard, private_key: Any) -> AgentCard:
    """A signed copy of ``card`` (the SDK's signer appends to the card it is given, so it gets a copy)."""
    from a2a.utils.signing import create_agent_card_signer

    header: Any = {"alg": SIGNING_ALGORITHM, "kid": key_id(private_key.public_key()), "typ": "JOSE"}
    signer = create_agent_card_signer(private_key, header)
    return signer(copy.deepcopy(card))


def signed(card: AgentCard, data_dir: Path) -> AgentCard:
    """``card`` signed with the data dir's key; unsigned, with a warning, when the key cannot be made or read."""
    try:
        return sign_card(card, signing_key(data_dir))
    except (OSError, ValueError) as exc:
        log.warning("serving the card of %s unsigned: no signing key in %s (%s)", card.name, data_dir, exc)
        return card


def card_keys(data_dir: Path) -> dict[str, Any]:
    """The public keys a reader under ``data_dir`` trusts, by ``kid``: the mesh's own signing key, and every PEM
    public key an operator put in ``trusted-card-keys/``."""
    from cryptography.hazmat.primitives import serialization

    keys: dict[str, Any] = {}
    own = data_dir / SIGNING_KEY_FILE
    if own.exists():
        public = serialization.load_pem_private_key(own.read_bytes(), password=None).public_key()
        keys[key_id(public)] = public
    folder = data_dir / TRUSTED_KEYS_DIR
    for path in sorted(folder.glob("*.pem")) if folder.is_dir() else []:
        try:
            public = serialization.load_pem_public_key(path.read_bytes())
        except ValueError:
            continue
        keys[key_id(public)] = public
    return keys


def verify_card(card: AgentCard, keys: Mapping[str, Any]) -> bool:
    """Whether one of the card's signatures verifies with a pinned key; ``False`` for unsigned or unknown keys."""
    from a2a.utils.signing import SignatureVerificationError, create_signature_verifier

    if not card.signatures or not keys:
        return False

    def key_for(kid: str | None, jku: str | None) -> Any:
        if kid is None or kid not in keys:
            from jwt.exceptions import PyJWTError

            raise PyJWTError(f"no pinned key {kid!r}")
        return keys[kid]

    try:
        create_signature_verifier(key_for, algorithms=[SIGNING_ALGORITHM])(card)
    except SignatureVerificationError:
        return False
    return True
