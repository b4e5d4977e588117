"""Told messages: "Can you write me an email to Mrs Collins? Tell her I can come on Tuesday after 5pm." is one job.

A request for a message to someone, then an order to tell that someone something ("Tell her ...", "Let him know
...", "Say to them ..."), gives the message's content in the order after it: the user speaks through the message.
Cut as two parts, the message has no content to write from (the writer asks what to say) and the telling is a
second message, written for nobody. ``join_told_messages`` gives the telling to the message before it, as the user
wrote them, so one worker writes one message with everything it was told.

A notice, flyer or announcement speaks to its readers the same way: "..., fresh every Tuesday. Ask for
Rose-Merline.", "..., bring your own cage, call Roy 612-4478" are what the notice says to whoever reads it (whom to
ask for, a number to call), not errands for us, so such a call to the readers after a text to write is its content
too.

Only a telling addressed to a third person ("her", "him", "them") that follows a piece naming a text to write, with
no material of its own and not set apart ("Also, tell him ..."), is joined; "Tell me ..." asks the user's own
question, and stays a part of its own.
"""

from __future__ import annotations

import dataclasses
import re

from patterns.jobs import names_text_to_write
from patterns.pieces import Piece

# "Tell her ...", "and let him know ...", "Say to them ...", "Remind her ...", "Explain to him ...": an order to
# pass something on to the person the message is for.
_TELLING = re.compile(
    r"^(?:and\s+)?(?:please\s+)?(?:(?:tell|remind|warn|ask|inform|say\s+to|explain\s+to|mention\s+to)\s+"
    r"(?:her|him|them)\b|let\s+(?:her|him|them)\s+know\b)",
    re.IGNORECASE,
)
# The same order in the words other Englishes use for "him"/"her" ("tell am say ...", "tell 'em"), or naming the
# one the message is for again ("..., tell Emeka the amount"): who is told is read after the verb.
_TOLD = re.compile(
    r"^(?:and\s+)?(?:please\s+)?(?:tell|remind|warn|ask|inform|let)\s+(?P<who>am|em|'em|[A-Za-z][\w'-]*)\b",
    re.IGNORECASE,
)
_OTHER_ENGLISH_OBJECTS = frozenset("am em 'em".split())
# What a notice tells its readers to do: whom to ask for, a number to call, what to bring; a flat alternation.
_READERS_CALL = re.compile(
    r"^(?i:and\s+)?(?:(?i:ask\s+for)\s+[A-Z][\w'-]*"  # the name capitalised: 'ask for help' asks us
    r"|(?i:(?:call|phone|ring|text|whatsapp|contact|message)\s+(?:[a-z][\w'.-]*\s+){0,3}(?:on\s+|at\s+)?"
    r"\+?\d[\d -]{4,}\d)"
    r"|(?i:(?:bring|wear)\s+(?:your|yuh|yer|ur|you)\s+own\s+[a-z]+))"
    r"[\s.!]*$"
)
SCAN = 300
"""Only this much of a message's instruction is read for the text it names."""


def join_told_messages(pieces: list[Piece]) -> list[Piece]:
    """Each telling given to the message before it (see the module's docstring)."""
    joined: list[Piece] = []
    for piece in pieces:
        before = joined[-1] if joined else None
        if before is not None and _tells(piece, before) and _asks_a_message(before):
            said = _said(before, piece)
            joined[-1] = dataclasses.replace(before, text=said, instruction=said)
            continue
        if before is not None and _calls_readers(piece) and names_text_to_write(_instruction(before)[:SCAN]):
            told = before.instruction.strip() == before.text.strip()  # the call is all there is to write from
            said, call = before.text.rstrip(), piece.text.strip()
            # '..., bring yuh own cage, call Roy 612-4478': cut from its clause, it goes back into it
            text = _said(before, piece) if said.endswith((".", "?", "!")) else f"{said}, {call[:1].lower()}{call[1:]}"
            joined[-1] = dataclasses.replace(before, text=text, instruction=text if told else before.instruction)
            continue
        joined.append(piece)
    return joined


def _said(before: Piece, piece: Piece) -> str:
    said = before.text.rstrip()
    return f"{said}{'' if said.endswith(('.', '?', '!')) else '.'} {piece.text.strip()}"


def _instruction(piece: Piece) -> str:
    return (piece.instruction or piece.text).strip()


def _calls_readers(piece: Piece) -> bool:
    """A piece that is only a call to a notice's readers ("Ask for Rose-Merline", "call Roy 612-4478")."""
    instruction = _instruction(piece)
    return not piece.apart and instruction == piece.text.strip() and _READERS_CALL.match(instruction) is not None


def _tells(piece: Piece, before: Piece) -> bool:
    instruction = _instruction(piece)
    if piece.apart or instruction != piece.text.strip():
        return False
    if _TELLING.match(instruction) is not None:
        return True
    told = _TOLD.match(instruction)
    if told is None:
        return False
    who = told.group("who")
    named = who[:1].isupper() and re.search(rf"\b{re.escape(who)}\b", before.text[:SCAN]) is not None
    return who.lower() in _OTHER_ENGLISH_OBJECTS or named


def _asks_a_message(piece: Piece) -> bool:
    instruction = _instruction(piece)
    return instruction == piece.text.strip() and names_text_to_write(instruction[:SCAN])


__all__ = ["join_told_messages"]
