"""The route template a request matched (``/agents/{name}``), so per-route labels and span names stay few."""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence
from typing import Any

from starlette.routing import BaseRoute, Match

UNMATCHED = "unmatched"


def route_template(routes: Sequence[BaseRoute], scope: MutableMapping[str, Any]) -> str:
    """The path template of the first of ``routes`` that matches ``scope``'s path (any method), else ``unmatched``.

    Never the raw path: a label per distinct URL would let any caller grow the metrics without bound.
    """
    for route in routes:
        match, _ = route.matches(scope)
        if match != Match.NONE:
            return str(getattr(route, "path", "") or "/")
    return UNMATCHED
