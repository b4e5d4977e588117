"""Handed material: a one-part request sent as the planner reads it, its text after a colon.

People say why they ask, ask, and paste after ("I'm doing sound at a new venue Friday. Could you pull out the key
points from their tech spec? The venue holds 350 standing. The PA is ..."). ``split_tasks`` reads the sentences
after the question as the ask's material and rebuilds the part with them after a colon ("... from their tech
spec:\n\nThe venue holds ..."), the form every worker reads its material in. A router that sends the request as
written hands the worker an ask it must find the text of again behind the user's situation, and a worker that reads
material only after a colon or in a ``` block asks for the text it was given. So such a request of one part is
sent as that part, and so is a passage quoted first and pointed back at ("\"...\" Can you sum it up?"); any other
request as written (an ask that opens the request, "Can you summarise this? <text>", is one every worker reads).

``request_parts`` is ``split_tasks`` kept for the last few texts: the orchestrator cuts a request to choose its
pattern and, choosing the router, reads the same cut here, so one request is cut once. A text handed over in the
sentence after its ask ("Can you summarise it? Here it is: ...") is that ask's (``handovers.join_handovers``): the
request is one part, not an ask without its text and a text without an ask.
"""

from __future__ import annotations

import functools
import re

from patterns.clauses import split_tasks
from patterns.handovers import join_handovers
from patterns.material import WORD, split_material
from patterns.pieces import Piece
from patterns.situation import polite_ask
from patterns.told_after import join_told_after

# A sentence end inside the ask: the user's situation comes before it.
_SENTENCE_END = re.compile(r"[.!]\s+\S")


@functools.lru_cache(maxsize=8)
def request_parts(text: str) -> tuple[Piece, ...]:
    """``split_tasks(text)``, each text handed over after its ask joined to it; pieces are frozen, so the cut is
    shared as it is."""
    return tuple(join_told_after(join_handovers(split_tasks(text))))


def with_handed_material(text: str) -> str:
    """``text`` as its one part reads it when that part is an ask and material the request shows only after the
    ask's question mark, behind the user's situation ("I'm at a new venue. Could you pull out the key points? The
    venue holds 350." → "I'm at a new venue. Could you pull out the key points:\n\nThe venue holds 350."), or in
    quotes before the ask ("\"...\" Can you sum it up?"); otherwise ``text`` unchanged."""
    if split_material(text)[1]:
        return text  # already handed after a colon, in quotes or in a block
    pieces = request_parts(text)
    if len(pieces) != 1 or pieces[0].text == pieces[0].instruction:
        return text
    piece = pieces[0]
    ask = piece.instruction.rstrip(" ?.!")
    quoted = text.lstrip().startswith(('"', "\u201c"))
    # ("My English is not so good for official things, can you summarize? <text>": the situation before a comma)
    situated = _SENTENCE_END.search(ask) is not None or polite_ask(ask) != ask
    if not piece.text.startswith(ask) or not (quoted or situated):
        return text  # an ask that opens the request is one every worker reads as written
    # the rebuilt part keeps every word: only where the material sits changes, never what is asked or given
    if sorted(WORD.findall(piece.text.lower())) != sorted(WORD.findall(text.lower())):
        return text
    return piece.text


__all__ = ["request_parts", "with_handed_material"]
