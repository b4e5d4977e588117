"""Sum figures: the figures told after a question that asks for a sum without any of its own.

"Could you work out my invoice? I charge 0.09 euro a word and the contract came to twelve thousand four hundred
words." asks one sum: the question names what is worked out ("my invoice"), the sentence after it gives the
figures it is worked out from. Cut apart, the question went to a worker with nothing to work on and the figures
to another as a job of their own. ``join_figures`` keeps them together, as one part.

Only a question that opens (after polite words, or a courtesy: "Would you mind working out ...?") with a verb of
working figures out (``sums.opens_a_sum``), and gives no number, takes the sentence after it; and only a sentence
that states (no question, no order, not set apart) and gives a number.

The other way round, "I get $600 from selling poi. Give half to my son and den one third to my daughter. How much
stay with me?" asks one sum too: the figures come first, told as what the asker does with them, and the question
after them names nothing of its own, only what is left to the asker. ``join_figures`` hands such a question to the
figures before it: one opening "how much" or "how many", with no number, no name of its own (no capital after its
first word) and nothing set apart, that speaks of the asker ("me", "we") or of what the figures leave ("left",
"stay", "each", "altogether").
"""

from __future__ import annotations

import dataclasses
import re

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


_HOW_MUCH = re.compile(r"^(?:and\s+|so\s+|then\s+|now\s+)?how\s+(?:much|many)\b", re.IGNORECASE)
# what a question of the figures before it speaks of: the asker, or what the figures leave over or come to
_OF_THE_FIGURES = frozenset(
    """i me my mine we us our ours left leftover remain remains remaining stay stays staying keep keeps kept
    rest each altogether total all together owe owed""".split()
)


def asks_of_the_figures(piece: Piece) -> bool:
    """Whether ``piece`` is a question on the figures before it that names nothing of its own: "How much stay with
    me?", "How many are left?" (see above)."""
    text = piece.text.strip()
    if not text.endswith("?") or piece.apart or has_number(text) or not _HOW_MUCH.match(text):
        return False
    if any(word[:1].isupper() for word in text[:400].split()[1:]):
        return False  # "How many moons does Jupiter have?": a thing of its own
    return not _OF_THE_FIGURES.isdisjoint(WORD.findall(text[:400].lower()))


def _tells_figures(text: str) -> bool:
    """Whether ``text`` tells figures rather than asking: a number, no question mark, no opening question word."""
    words = WORD.findall(text[:400].lower())
    return bool(words) and has_number(text) and "?" not in text and words[0] not in ASKING


# "3 kg at ₲ 45.000", "3 more at $12": figures with what they count and a price or a size, no verb of their own
_ELLIPTICAL = re.compile(
    r"^\s*(?:\d[\d,.]*\s+(?:more\s+)?[^\W\d_]+\s+(?:at|for|of|@)\s|again\s+(?:from\s+|at\s+|for\s+)?\d)",
    re.IGNORECASE,
)


def continues_figures(before: str, told: str) -> bool:
    """Whether ``told``, said after "and then", is more of the figures of ``before`` with its verb left out ("Bought
    2 kg at ₲ 30.000 and then 3 kg at ₲ 45.000", "worked from 7:40 until 12:10, then again from 13:25"): one sum's
    story, never a step of its own."""
    return has_number(before) and _ELLIPTICAL.match(told) is not None


def join_figures(pieces: list[Piece]) -> list[Piece]:
    """Each piece that gives figures joined to the question before it that asks a sum without them, and each
    question on the figures before it joined to them."""
    joined: list[Piece] = []
    for piece in pieces:
        if joined and asks_of_the_figures(piece) and _tells_figures(joined[-1].text):
            before = joined[-1]
            told = before.text.rstrip().rstrip(".")  # 'Give ... to my daughter.' ends its sentence once
            joined[-1] = dataclasses.replace(before, text=f"{told}. {piece.text.strip()}")
            continue
        if joined and asks_a_sum_without_figures(joined[-1].text) and gives_figures(piece):
            before = joined[-1]
            joined[-1] = dataclasses.replace(before, text=f"{before.text.rstrip()} {piece.text.strip()}")
            continue
        joined.append(piece)
    return joined


__all__ = ["asks_a_sum_without_figures", "asks_of_the_figures", "continues_figures", "gives_figures", "join_figures"]
