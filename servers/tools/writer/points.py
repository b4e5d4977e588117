"""The points of the material a text is written from: one per line, bullet or semicolon; one paragraph, its
sentences."""

from __future__ import annotations

import re


def split_points(material: str) -> list[str]:
    """Material as points: one per line, bullet or semicolon; one paragraph splits into its sentences."""
    items = [re.sub(r"^\s*(?:[-*•]|\d+[.)])\s+", "", part).strip() for part in re.split(r"[\n;]+", material)]
    items = [i.strip(" ,") for i in items if re.search(r"\w", i)]
    if len(items) == 1 and len(re.findall(r"[.!?](?:\s|$)", items[0])) > 1:
        items = [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[\"'(A-Z0-9])", items[0]) if s.strip()]
    return items
