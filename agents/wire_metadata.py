"""accord's keys in A2A metadata: camelCase on the wire, as the protocol's JSON is; snake_case inside.

Everything accord writes into message, status or artifact metadata goes through ``to_wire`` (``runId``,
``parentRunId``, ``latencyMs``, ``inputTokens``, ``costUsd``...). Readers go through ``from_wire``, which accepts
the camelCase keys and, for one release, the snake_case keys older peers still send.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import Any, cast

from agents.json_values import json_array
from patterns import Usage

_CAMEL_HUMP = re.compile(r"([a-z0-9])([A-Z])")
_MAX_DEPTH = 8
_CACHED_KEY = 64


def camel(key: str) -> str:
    return _camel(key) if len(key) <= _CACHED_KEY else _camel.__wrapped__(key)


def snake(key: str) -> str:
    return _snake(key) if len(key) <= _CACHED_KEY else _snake.__wrapped__(key)


# Metadata uses a few short keys, read and written on every call: their spellings are kept (a bounded number of
# keys of bounded length, whatever a peer sends).
@functools.lru_cache(maxsize=1024)
def _camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


@functools.lru_cache(maxsize=1024)
def _snake(key: str) -> str:
    return _CAMEL_HUMP.sub(r"\1_\2", key).lower()


def to_wire(value: Any, depth: int = 0) -> Any:
    """``value`` with every mapping key in camelCase (lists and nested mappings too)."""
    if depth > _MAX_DEPTH:
        return value
    if isinstance(value, Mapping):
        fields = cast("Mapping[Any, Any]", value)  # any mapping a caller built: its keys become strings
        return {camel(str(k)): to_wire(v, depth + 1) for k, v in fields.items()}
    if isinstance(value, list | tuple):
        items = cast("Sequence[Any]", value)
        return [to_wire(v, depth + 1) for v in items]
    return value


def from_wire(value: Any, depth: int = 0) -> Any:
    """``value`` with every mapping key in snake_case; a key given both ways keeps the camelCase one's value."""
    if depth > _MAX_DEPTH:
        return value
    if isinstance(value, Mapping):
        fields = cast("Mapping[Any, Any]", value)  # parsed JSON or a caller's mapping: its keys become strings
        out: dict[str, Any] = {}
        for key, item in fields.items():
            name = snake(str(key))
            if name in out and str(key) == name:
                continue  # the old spelling never overrides the new one
            out[name] = from_wire(item, depth + 1)
        return out
    if (items := json_array(value)) is not None:
        return [from_wire(v, depth + 1) for v in items]
    return value


def usage_to_wire(usage: Usage, cost_usd: float | None = None) -> dict[str, Any]:
    """A usage (an agent run's or a pattern's) as wire metadata: tokens of every kind, and the estimated cost."""
    out: dict[str, Any] = {
        "inputTokens": usage.input_tokens,
        "outputTokens": usage.output_tokens,
        "cacheReadTokens": usage.cache_read_tokens,
        "cacheWriteTokens": usage.cache_write_tokens,
    }
    cost = cost_usd if cost_usd is not None else usage.cost
    if cost is not None:
        out["costUsd"] = round(float(cost), 8)
    return out


def usage_from_wire(value: Any, calls: int = 0) -> Usage:
    """A ``patterns.Usage`` from usage metadata in either spelling; anything malformed counts as nothing."""
    if not isinstance(value, Mapping):
        return Usage(calls=calls)
    fields = from_wire(value)

    def count(key: str) -> int:
        given = fields.get(key)
        return int(given) if isinstance(given, int | float) and not isinstance(given, bool) and given >= 0 else 0

    cost = fields.get("cost_usd", fields.get("cost"))
    return Usage(
        count("input_tokens"),
        count("output_tokens"),
        calls,
        float(cost) if isinstance(cost, int | float) and not isinstance(cost, bool) and cost >= 0 else None,
        cache_read_tokens=count("cache_read_tokens"),
        cache_write_tokens=count("cache_write_tokens"),
    )
