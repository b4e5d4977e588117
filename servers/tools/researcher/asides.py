"""An aside after a thing's name: a parenthesis ("(DNS)"), a version ("2.0") or words between commas (", or DNS,",
", a White Star Line liner,"), stepped over so that what follows the name is read as said of it."""

from __future__ import annotations

import re

_PARENTHESIS_SPAN = 12


def past_aside(tokens: list[str], at: int, span: int = 16) -> tuple[int, int | None]:
    """The index after the aside at ``at`` (``at`` itself when there is none), and the index of the comma that opens
    an aside between commas, when one was stepped over; an aside between commas ends within ``span`` tokens."""
    if at < len(tokens) and tokens[at] == "(":
        close = next((i for i in range(at, min(len(tokens), at + _PARENTHESIS_SPAN)) if tokens[i] == ")"), None)
        at = at if close is None else close + 1
    if at < len(tokens) and re.fullmatch(r"\d[\d.]*", tokens[at]):
        at += 1
    if at < len(tokens) and tokens[at] == ",":
        close = next((i for i in range(at + 1, min(len(tokens), at + span)) if tokens[i] == ","), None)
        if close is not None:
            return close + 1, at
    return at, None
