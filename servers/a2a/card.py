"""The Agent Card as served: the checked-in card with interface URLs and security filled in at serve time."""

from __future__ import annotations

from typing import Any

from a2a.types import (
    AgentCard,
    AgentInterface,
    HTTPAuthSecurityScheme,
    SecurityRequirement,
    SecurityScheme,
    StringList,
)
from google.protobuf import json_format

from cards import load_card_json


def agent_card(card: str | dict[str, Any], base_url: str, *, bearer: bool = False) -> AgentCard:
    """The card named ``card`` (or given as JSON), published at ``base_url``.

    JSON-RPC answers at the root and HTTP+JSON under ``/rest``, both A2A 1.0; a 0.3 JSON-RPC interface at the
    root is listed too, so clients that only speak 0.3 can read the card and call the agent. With ``bearer``
    the card declares the bearer scheme every call needs (the card itself stays public).
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
    if bearer:
        parsed.security_schemes["bearer"].CopyFrom(
            SecurityScheme(http_auth_security_scheme=HTTPAuthSecurityScheme(scheme="Bearer", bearer_format="opaque"))
        )
        parsed.security_requirements.append(SecurityRequirement(schemes={"bearer": StringList(list=[])}))
    return parsed
