"""Hand-overs: "Here it is: <text>" after an ask is that ask's text, not a part of its own.

People ask first and paste after, often with the ask ending its sentence and a hand-over opening the next: "District
sent another wall of text, can you summarise it for the leaders' group chat please? Here it is: The AGM will be
...", "Can you summarise the exam board's email for me? I need to pass it on to the parents. Here goes: ...", "Can
you make it sound nicer? Here it is: You left your bags ...". The cut reads the sentence that opens "Here it is:"
as a part whose instruction is only the hand-over, and the request as two parts: the ask with no text and a text
with no ask, which nobody could do. ``join_handovers`` gives the hand-over's text to the ask before it, so the
request is one part, the ask with its material after a colon, as it would be written in one sentence.

A hand-over is a piece whose instruction ends with only the handing words ("Here it is", "Here goes", "Here you
go", "It says", "It reads", "Pasted below", "Notes below"); what comes before them in the same piece may only be a
statement of the user's (no question, no order). The ask before it must be a piece of its own with no material,
that the request did not set apart from a later one. Anything else is left as cut.
"""

from __future__ import annotations

import dataclasses
import re

from patterns.material import WORD, opens_instruction
from patterns.pieces import Piece

SCAN = 300
"""Only this much of a hand-over's instruction is read."""

# The handing words that end the instruction of a piece whose text follows a colon.
_HANDING = re.compile(
    r"(?:^|[.!]\s+)(?:(?:ok|okay|so|right|and)[,\s]+)?(?:here\s+(?:it\s+is|they\s+are|goes|you\s+go|you\s+are|'s\s+it"
    r"|it\s+comes|is\s+the\s+(?:text|email|message|letter|note|post|label|article|report|notice|draft))"
    r"|it\s+(?:says|reads|goes|went)|(?:pasted|pasting|copied|copying|pasted\s+it|copied\s+it)\s+(?:below|here|in)"
    r"|see\s+below|below"
    # "Notes below.", "The full email is below.", "They're below": the text named, then where it is
    r"|(?:(?:my|the|our|his|her|their|full|whole|all)\s+){0,2}(?:notes?|text|details|email|message|minutes|report"
    r"|letter|draft|transcript|post|article|review|feedback|notice|info|information|points|speech|story|it|they)(?:\s+(?:is|are)|'s|'re)?\s+(?:below|underneath))"
    r"\s*[.!]*$",
    re.IGNORECASE,
)


def is_handover(piece: Piece) -> bool:
    """Whether ``piece`` only hands over its text ("Here it is: <text>"), after at most a statement of the user's
    ("I need to pass it on to the parents. Here it is: <text>")."""
    instruction = (piece.instruction or "").strip()[:SCAN]
    if piece.text.strip() == instruction or "?" in instruction:
        return False  # no text after the hand-over, or a question of its own
    found = _HANDING.search(instruction)
    if found is None:
        return False
    before = instruction[: found.start()].strip()
    return not before or not opens_instruction(WORD.findall(before.lower())[:2])


def join_handovers(pieces: list[Piece]) -> list[Piece]:
    """Each hand-over given, as its material, to the ask before it (see the module's docstring)."""
    joined: list[Piece] = []
    for piece in pieces:
        before = joined[-1] if joined else None
        if (
            before is not None
            and is_handover(piece)
            and not piece.apart
            and before.text.strip() == (before.instruction or before.text).strip()
        ):
            text = f"{before.text.rstrip()} {piece.text.strip()}"
            joined[-1] = dataclasses.replace(before, text=text, instruction=before.instruction or before.text)
            continue
        joined.append(piece)
    return joined


__all__ = ["is_handover", "join_handovers"]
