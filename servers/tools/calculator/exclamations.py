"""Exclamation marks that end a sentence after a number ('dropped from 34.6 seconds to 32.9!! What's ...'), which the
grammar would read as a factorial.

A factorial is of a whole number and written once ('5!'); a run of them ('32.9!!', '40!!!') or one after a number
with a fraction ('32.9!') said before the next sentence is the writer's feeling, not arithmetic. The request is read
again with each such run as a full stop, and answered only when that reads in full.
"""

from __future__ import annotations

import re

_CLOSING = re.compile(r"(?<=\d)(?:!{2,}|(?<=\.\d)!|(?<=\.\d\d)!)(?=\s+[A-Za-z])")
"""A run of marks after a digit, or one after a decimal figure, before the next sentence's first word."""


def as_sentence_end(text: str) -> str | None:
    """``text`` with each run of exclamation marks that closes a sentence after a number read as a full stop, or
    None when it has none."""
    changed = _CLOSING.sub(".", text)
    return changed if changed != text else None
