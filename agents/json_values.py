"""JSON as it arrives from the wire, narrowed to what a reader may index.

A parsed JSON document is ``Any`` to the type checker; these are the few places where a value checked to be an
object or an array gets the type a JSON parser gives it (string keys, values still to be checked).
"""

from __future__ import annotations

from typing import Any, cast


def json_object(value: object) -> dict[str, Any] | None:
    """``value`` if it is a JSON object (a ``dict``), else ``None``."""
    return cast("dict[str, Any]", value) if isinstance(value, dict) else None


def json_array(value: object) -> list[Any] | None:
    """``value`` if it is a JSON array (a ``list``), else ``None``."""
    return cast("list[Any]", value) if isinstance(value, list) else None


def json_objects(value: object) -> list[dict[str, Any]]:
    """The objects of ``value`` if it is an array (anything else in it left out), else nothing."""
    items = json_array(value) or []
    return [cast("dict[str, Any]", item) for item in items if isinstance(item, dict)]
