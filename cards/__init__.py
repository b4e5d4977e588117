"""The published Agent Cards: one A2A 1.0 card JSON per agent, the public contract of each agent.

The checked-in cards carry no interface URLs; the host fills them in at serve time with the address it binds.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


class UnknownCard(LookupError):
    """No card has that name."""


def card_names() -> list[str]:
    """Names of the cards shipped with accord."""
    return sorted(p.name.removesuffix(".json") for p in resources.files(__name__).iterdir() if p.name.endswith(".json"))


def load_card_json(name: str) -> dict[str, Any]:
    """The named card as JSON (camelCase, as served on the wire)."""
    path = resources.files(__name__) / f"{name}.json"
    if not path.is_file():
        raise UnknownCard(f"no card named {name!r}; cards: {', '.join(card_names())}")
    return json.loads(path.read_text(encoding="utf-8"))
