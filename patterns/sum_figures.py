"""Sum figures: the figures told after a question that asks for a sum without any of its own.

"Could you work out my invoice? I charge 0.09 euro a word and the contract came to twelve thousand four hundred
words." asks one sum: the question names what is worked out ("my invoice"), the sentence after it gives the
figures it is worked out from. Cut apart, the question went to a worker with nothing to work on and the figures
to another as a job of their own. ``join_figures`` keeps them together, as one part.

Only a question that opens (after polite words, or a courtesy: "Would you mind working out ...?") with a verb of
working figures out (``sums.opens_a_sum``), and gives no number, takes the sentence after it; and only a sentence
that states (no question, no order, not set apart) and gives a number.
"""

from __future__ import annotations

import dataclasses

from patterns.courtesy import courteous_order
from patterns.forms import has_number
from patterns.material import ASKING, WORD, opens_instruction
from patterns.pieces import Piece
from patterns.sums import SUMMING, opens_a_sum

_POLITE = frozenset("please can could would will you u just kindly".split())


def asks_a_sum_without_figures(question: str) -> bool:
    """Whether ``question`` asks for a sum and gives no number: "Could you work out my invoice?", "Would you mind
    working out how long my shift was?"."""
    text = question.strip()
    if not text.endswith("?") or has_number(text):
        return False
    words = WORD.findall(text[:400].lower())
    words = courteous_order(words, SUMMING) or words[next((i for i, w in enumerate(words) if w not in _POLITE), 0) :]
    return opens_a_sum(words)


def gives_figures(piece: Piece) -> bool:
    """Whether ``piece`` states figures: a number, no question, no order, not set apart from what comes before."""
    text = piece.text.strip()
    words = WORD.findall(text[:400].lower())
    if not words or "?" in text or piece.apart or piece.needs_previous or (piece.instruction or text) != text:
        return False
    return has_number(text) and words[0] not in ASKING and not opens_instruction(words[:2])


def join_figures(pieces: list[Piece]) -> list[Piece]:
    """Each piece that gives figures joined to the question before it that asks a sum without them."""
    joined: list[Piece] = []
    for piece in pieces:
        if joined and asks_a_sum_without_figures(joined[-1].text) and gives_figures(piece):
            before = joined[-1]
            joined[-1] = dataclasses.replace(before, text=f"{before.text.rstrip()} {piece.text.strip()}")
            continue
        joined.append(piece)
    return joined


__all__ = ["asks_a_sum_without_figures", "gives_figures", "join_figures"]
