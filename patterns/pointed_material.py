"""Pointed material: the text a part of a request points at without carrying it.

"What are the main points here? The policy allows remote work. Managers approve schedules." is one part with two
sentences of material: the statements after an instruction that points ahead ("here", "this", "the following",
"my notes") are its material (``join_material``). A passage quoted first and then pointed back at ("\"The market
moves to the oval next month. ...\" My mum sent me this, can you sum it up?") is the material of the ask after it
(``join_quoted_first``), not a part of its own some worker would have to guess at.
"""

from __future__ import annotations

import dataclasses
import re

from patterns.jobs import WRITING_VERBS, names_text_to_write, orders_the_text
from patterns.layout import with_its_shape
from patterns.material import ASKING, OWN_TEXT, WORD, WORK_NOUNS, opens_instruction, with_material
from patterns.named_texts import shortens_someones_text
from patterns.pieces import Piece

HERE = frozenset("here this these following below".split())
# "Is my answer right?", "Can you check my maths?", "Are our sums correct?": a check of the user's own working,
# which the statements after it give
_OWN_WORKING = re.compile(
    r"\b(?:my|our)\s+(?:answer|answers|maths|math|working|workings|sums?|calculations?|arithmetic)\b",
    re.IGNORECASE,
)
_CHECKED = frozenset("right correct wrong ok okay check checked verify accurate".split())


_FACTS_GIVEN = re.compile(r"^\s*(?:the\s+|key\s+|some\s+)?(?:facts|details|info|information|points)\s*:\s*(?=\S)", re.I)
"""A piece that opens by naming what it gives as the facts of the text to write: its material, whatever it says."""


def _writes(piece: Piece) -> bool:
    """Whether ``piece`` orders a text written ("Write 3 sentences for the back of my visiting card"), with nothing
    of its own to write from yet."""
    first = WORD.match(piece.text.strip().lower())
    return first is not None and first.group(0) in WRITING_VERBS and ":" not in piece.text and not piece.uses_result


def join_material(pieces: list[Piece]) -> list[Piece]:
    """Statements after an instruction that points at material it does not carry are that material.

    "What are the main points here? The policy allows remote work. Managers approve schedules." is one task
    with two sentences of material, not three tasks: a statement (no asking word, no action verb, not a
    question; four words or more for the first) asks for nothing, and the instruction before it says "here",
    "this", "these", "the following" or "below", or names the user's own text ("my notes", "our draft"). Parts
    that work on the instruction's result may come between them ("Summarize the text below, then write a tweet
    from the summary. <text>"): the text is still the material of the instruction that pointed at it.
    """
    joined: list[Piece] = []
    open_instruction: str | None = None  # the instruction taking the statements, while they keep coming
    target = -1  # where that instruction is in ``joined``
    material: list[str] = []
    for piece in pieces:
        given = _FACTS_GIVEN.match(piece.text) is not None  # "... my visiting card. Facts: a; b; c"
        if given and open_instruction is None and joined and _writes(joined[-1]):
            open_instruction, target = joined[-1].text, len(joined) - 1  # "Write 3 sentences for my card."
        if open_instruction is not None and (given or _is_statement(piece, continuing=bool(material))):
            sentence = _FACTS_GIVEN.sub("", piece.text).strip()  # the facts, not their label
            material.append(sentence if sentence.endswith((".", "!", "?", '"', "'")) else f"{sentence}.")
            joined[target] = dataclasses.replace(
                joined[target], text=with_material(open_instruction, " ".join(material)), instruction=open_instruction
            )
            continue
        own = with_its_shape(piece.instruction or piece.text, piece.text)  # "...? Give them as bullets."
        waiting = open_instruction is not None and not material and piece.needs_previous and own == piece.text
        if not waiting:
            open_instruction, material = None, []
            if own == piece.text and (points_ahead(own) or names_text_to_write(own)) and not piece.uses_result:
                open_instruction, target = own, len(joined)
        joined.append(piece)
    return joined


def points_ahead(instruction: str) -> bool:
    """Whether ``instruction`` points at a text it does not carry: "here", "this", "the following", the user's
    own notes or draft by name ("make my notes into an email"), or their working to check ("Is my answer right?")."""
    own = bool(OWN_TEXT.search(instruction[:400])) or shortens_someones_text(instruction)  # "their tech spec"
    words = set(WORD.findall(instruction[:400].lower()))
    working = bool(_CHECKED & words) and _OWN_WORKING.search(instruction[:400]) is not None
    return bool(HERE & words) or own or working


def _is_statement(piece: Piece, *, continuing: bool) -> bool:
    """Whether ``piece`` states something, and so is a sentence of the material (``continuing``: one after its
    first, when two words are enough)."""
    least_words = 2 if continuing else 4
    text = piece.text.strip()
    found = WORD.findall(text.lower())
    # a figure is a word of the statement too ("Attendance fell to 61%.")
    if piece.sequenced or not found or max(len(found), len(text.split())) < least_words or text.endswith("?"):
        return False
    # past the first sentence of the material, a statement naming "the results" or "the figures" tells of the
    # text's own ("... The school board will discuss the results on 14 June."): it asks nothing of an earlier answer
    if piece.uses_result and not continuing:
        return False
    if orders_the_text(text):  # "Have it reviewed and improved": what to do with the text, not a part of it
        return False
    # "When I phoned I was on hold for forty minutes.": a clause of time, its subject next, is told, not asked
    told = found[0] in _TELLING_WHEN and found[1:2] != [] and found[1] not in _AUXILIARIES
    return (told or found[0] not in ASKING) and not opens_instruction(found[:2])


_TELLING_WHEN = frozenset("when while where once".split())
_AUXILIARIES = frozenset("is are was were do does did will would can could should shall has have had may might".split())


# A passage in quotes, as a whole part: the quote marks open and close it.
_QUOTED = re.compile(r'^\s*["\u201c].{40,}["\u201d]\s*$', re.DOTALL)
# An ask that points back at what came before it ("can you sum it up", "summarise this please") or names the work
# on a text ("Quick summary for the stand-up?").
_BACK = frozenset("this it that above".split())


def join_quoted_first(pieces: list[Piece]) -> list[Piece]:
    """A quoted passage that opens the request, then one ask that points back at it ("\"...\" Can you sum it up in
    a line or two?"): one part, the ask with the passage as its material after a colon."""
    if len(pieces) != 2 or not _QUOTED.match(pieces[0].text[:20000]):
        return pieces
    ask = pieces[1].instruction or pieces[1].text
    words = WORD.findall(ask[:300].lower())
    if not (_BACK & set(words) or WORK_NOUNS & set(words)) or pieces[1].text != ask or pieces[1].apart:
        return pieces
    passage = pieces[0].text.strip()[1:-1].strip()
    return [dataclasses.replace(pieces[1], text=with_material(ask, passage), instruction=ask, continues=False)]


# 'Summarise this note ... and then turn the summary into a WhatsApp message. "<the note>"': a passage quoted after
# the last part, which the first part pointed at
_QUOTED_LAST = re.compile(
    r"^(?P<first>[^\"\u201c\u201d]{3,600}?)(?:,?\s+and\s+then|,\s+then|[.!]\s+then|\s+then)\s+"
    r"(?P<second>[^\"\u201c\u201d]{3,400}?)[.!:]?\s*(?P<quote>[\"\u201c][^\"\u201c\u201d]{20,20000}[\"\u201d])\s*$",
    re.IGNORECASE | re.DOTALL,
)
_HANDED = re.compile(r"\b(?:here\s+is|here's|i\s+have|i've\s+got)\b", re.IGNORECASE)
_IT = frozenset("it them".split())


def quoted_where_pointed(text: str) -> str:
    """``text`` with a passage quoted at its end set after the part that points at it ('Summarise this note and then
    turn the summary into a message. "<note>"' -> 'Summarise this note: "<note>" Then turn the summary into a
    message.'), when the first part points at a text ("this note", or "it" after "Here is the letter") and the
    part after 'then' works on what the first made, pointing at nothing of its own; else ``text`` as it is."""
    found = _QUOTED_LAST.match(text[:21_000])
    if found is None:
        return text
    first, second = found["first"].strip(), found["second"].strip()
    words = set(WORD.findall(first.lower()))
    pointed = points_ahead(first) or bool(words & _IT) and _HANDED.search(first) is not None
    if not pointed or points_ahead(second):
        return text
    return f"{first}: {found['quote']} Then {second}."
