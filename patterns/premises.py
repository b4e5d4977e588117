"""Premises: what a request states before it asks, which every part of it is told.

"Our rent at the Elm Road flat is going from £875 to £910 a month. Work out the percentage rise, then write a
short note to the tenants telling them the new rent and the rise." The opening sentence asks nothing: it is what
both parts work from. The splitter gives it to the first part (the sum needs its figures), and the note was
handed only the sum's answer ("4% increase"), so it could not say the new rent. ``premises`` finds those opening
statements, and ``told_premises`` gives them to a later part as material beside the answer it is handed, when
that part does not already carry them.

Only statements before the first ask, at most ``PREMISE_SENTENCES`` of them, each giving a figure, are premises: a
statement after an ask is that ask's material or its context, not the whole request's, and what the user says of
themselves ("I'm teaching Year 6 on Monday.") says why they ask, not what the text should say.
"""

from __future__ import annotations

import re

from patterns.forms import has_number
from patterns.jobs import states
from patterns.material import split_material, with_material

PREMISE_SENTENCES = 3
"""At most this many opening statements are read as what the whole request works from."""
SCAN = 1_200
# "I'm teaching Year 6 on Monday.": the user's own situation says why they ask, no fact for the text to say.
_SPEAKER = re.compile(r"^\W*i(?:'m|'ve|'d|'ll)?\s", re.IGNORECASE)
# ("going up 4.5%": a decimal point ends no sentence)
_SENTENCE = re.compile(r"(?:[^.!?\n:]|\.(?=\d)){1,400}(?:[.!?]+|\n|$)")


def premises(text: str) -> str:
    """The statements ``text`` opens with before the sentence that asks ("Our rent is going from £875 to £910 a
    month."), or "" when it opens with its ask, or states more than ``PREMISE_SENTENCES`` sentences, or asks
    nothing after them."""
    head = text[:SCAN]
    position, told = 0, 0
    while position < len(head):
        found = _SENTENCE.match(head, position)
        sentence = found.group(0).strip() if found is not None else ""
        if found is None or not (states(sentence) and has_number(sentence)) or _SPEAKER.match(sentence):
            # (what comes next asks: a question, an order, or a lead before a colon)
            return head[:position].strip() if told else ""
        told += 1
        if told > PREMISE_SENTENCES:
            return ""
        position = found.end()
        while position < len(head) and head[position].isspace():
            position += 1
    return ""


def told_premises(text: str, first: str) -> str:
    """``text``, a later part of a request whose first part is ``first``, with the premises ``first`` opens with
    as its material (before any material of its own); ``text`` as it is when there are none or it holds them."""
    told = premises(first)
    if not told or told in text:
        return text
    instruction, material = split_material(text)
    return with_material(instruction, f"{told}\n\n{material}" if material else told)


__all__ = ["PREMISE_SENTENCES", "premises", "told_premises"]
