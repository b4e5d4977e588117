"""Whom a later part writes to, when an earlier part named them: "Review this function from Matteo and then write
him a kind note saying what he should fix" writes the note to Matteo.

Each part of a plan goes to its agent alone, so the writer reading "write him a kind note" has no one to greet
and greets "[Name]". The earlier part names the person in one of a few plain shapes: the work is from or by them
("this function from Matteo", "code by Ana"), they are named by a role ("our volunteer Marc"), or they did it ("the
script Marc wrote", "Ana's code"). The later part's "him" or "her" is read as that person only when the earlier
part names exactly one (not two joined, "from Matteo and Luca"); it is then said as the writer reads a reader
("write a kind note to Matteo ..."). Any other shape is left as the user wrote it.
"""

from __future__ import annotations

import re

_NAME = r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I)\b)[A-Z][a-zà-ÿ'-]+"
_NAMED = re.compile(
    rf"\b(?:from|by|volunteer|colleague|intern|apprentice|student|trainee|teammate|coworker|co-worker|junior|"
    rf"friend|son|daughter|nephew|niece)\s+(?P<after>{_NAME})\b(?!'s)|"
    rf"\b(?P<did>{_NAME})(?:'s\s|\s+(?:wrote|sent|made|did|built)\b)"
)
_JOINED = re.compile(rf"\b{_NAME}\s+(?:and|&|or)\s+{_NAME}")
_WRITE_TO = re.compile(
    r"^(?P<lead>\W*(?:(?:and|then|also|please)\s+)*(?:write|send|draft)\s+)(?P<who>him|her)\s+"
    r"(?P<what>(?:a|an)\s+(?:[\w'-]+\s+){0,3}?(?:note|email|e-mail|message|letter|text|reply|card))\b",
    re.I,
)


def written_to_named(text: str, earlier: str) -> str | None:
    """``text`` with the "him" or "her" it writes to said as the one person ``earlier`` names, or None when it
    writes to no such pronoun or ``earlier`` names no one person (see above)."""
    writes = _WRITE_TO.match(text)
    if writes is None:
        return None
    names = {m["after"] or m["did"] for m in _NAMED.finditer(earlier[:500])}
    if len(names) != 1 or _JOINED.search(earlier[:500]):
        return None  # 'from Matteo and Luca': two people, and "him" is one of them
    return f"{writes['lead']}{writes['what']} to {names.pop()}{text[writes.end() :]}"
