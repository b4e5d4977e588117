"""Code and the sentences beside it: one review, not several parts.

"why is my average always a whole number? for [1, 2] I get 1 ```<code>```": the sentences describe what the code
does wrong (``patterns.jobs.about_the_code``); they are the symptom its review explains, so they go to the
reviewer with the code rather than to whoever their own words would rank first.
"""

from __future__ import annotations

import dataclasses

from patterns.jobs import about_the_code, has_code
from patterns.pieces import Piece


def join_code(pieces: list[Piece]) -> list[Piece]:
    """Each sentence beside code that describes its behaviour joined to the piece with the code: "why is my average
    always a whole number? for [1, 2] I get 1 ```<code>```" is one review, whose symptom the sentences are
    (``patterns.jobs.about_the_code``). A part set apart ("Also, ..."), an order ("write a slogan") or a part that
    works on an earlier result stays a part of its own."""
    if len(pieces) < 2 or not any(has_code(p.text) for p in pieces):
        return pieces
    joined: list[Piece] = []
    for piece in pieces:
        before = joined[-1] if joined else None
        if before is None or piece.apart or piece.needs_previous or not _one_review(before, piece):
            joined.append(piece)
            continue
        gap = "\n" if before.text.rstrip().endswith("```") else " "
        ended = before.text.rstrip().endswith((".", "?", "!", "```"))
        text = f"{before.text.rstrip()}{'' if ended else '.'}{gap}{piece.text.lstrip()}"
        instruction = f"{(before.instruction or before.text).rstrip()} {piece.instruction or piece.text}"
        joined[-1] = dataclasses.replace(before, text=text, instruction=instruction)
    return joined


def _one_review(before: Piece, piece: Piece) -> bool:
    if has_code(before.text) and not has_code(piece.text):
        return about_the_code(piece.instruction or piece.text, before.text)
    if has_code(piece.text) and not has_code(before.text):
        return about_the_code(before.instruction or before.text, piece.text)
    return False
