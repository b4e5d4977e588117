"""Told after: statements that follow an ask are what it works from, not a part of their own.

People ask first and tell after: "Can you do me a thank-you email to the CWA ladies? They baked 40 dozen
lamingtons and the raffle raised $1,150. From Sharon.", "A guest left a long review. Could you summarize it for the
owner, please? We stayed three nights ...", "Please compute the simple interest on ₹2,40,000 at 9.5% for 3 years.
Only the interest amount is required." The cut reads the sentences after the ask as a part of their own, and a
bare statement ranks as a claim to check: the request became an email with nothing to say and a check of facts
nobody doubted, or a summary with no text and a sum of the review's words.

``join_told_after`` gives such statements to the ask before them:

- after an ask for a text to be written ("a thank-you email to ..."), they are what the text is to say;
- after an ask that points at a text it does not carry ("summarize it", "make this shorter"), they are that text;
- after a sum whose figures it gives, a statement with no figure of its own says how the answer is wanted.

In the first two they follow the ask after a colon, the form every worker reads its material in; in the third
the sentence stays as written. A statement is only a statement: no question mark, no sentence that opens with a
verb that orders or a word that asks ("Also ...", "Please ...", "Could you ..."), none the request set apart or
sequenced, and none that works on a result. The ask must carry no material of its own. Anything else is left as
cut.
"""

from __future__ import annotations

import dataclasses
import re

from patterns.forms import has_number, points_at_material
from patterns.jobs import names_text_to_write
from patterns.material import ASKING, TEXT_KINDS, WORD, opens_instruction
from patterns.pieces import Piece

SCAN = 2_000
"""Only this much of a statement is read for its sentences; a longer one is material of its own kind."""

_SENTENCE = re.compile(r"(?<=[.!])\s+")
# Words by which a sentence asks or sets itself apart, where a statement opens with its subject.
_NOT_STATING = ASKING | frozenset(
    """also and then plus next finally lastly separately additionally besides another i'd i'll need want wish
    could can would pls plz kindly""".split()
)


# "Can you do me a thank-you email", "knock up a quick poster": a text made for the user, named within a few words
_MADE_FOR = re.compile(
    r"\b(?:(?:do|make)\s+(?:me|us)|(?:knock|whip|rustle)\s+up(?:\s+(?:me|us))?)\s+an?\s+((?:[\w'-]+[^\S\n]*){1,4})",
    re.I,
)


def _made_for_user(ask: str) -> bool:
    found = _MADE_FOR.search(ask[:SCAN])
    return found is not None and bool(TEXT_KINDS & set(WORD.findall(found.group(1).lower())))


def only_states(text: str) -> bool:
    """Whether ``text`` is statements only: no question mark, and no sentence that opens by asking or ordering."""
    head = text.strip()
    if not head or "?" in head or len(head) > SCAN:
        return False
    for sentence in _SENTENCE.split(head):
        words = WORD.findall(sentence.lower())
        if not words or words[0] in _NOT_STATING or opens_instruction(words[:3]):
            return False
    return True


# Verbs that deliver what they point at ("Email it to Sam", "forward this to the team"): sent on, it is no text to
# work from, and what is told after it is no part of it.
_DELIVERING = frozenset(
    "email e-mail send forward text message ping dm whatsapp sms post share print save upload".split()
)
_POLITE = frozenset("please pls kindly can could would will you u just".split())


def _delivers(ask: str) -> bool:
    words = [w for w in WORD.findall(ask[:SCAN].lower()) if w not in _POLITE]
    return words[:1] != [] and words[0] in _DELIVERING


def _takes_told(ask: str, told: str) -> str | None:
    """How ``ask`` takes the statements ``told`` after it: as its material ("material"), as written ("written"),
    or not at all (``None``)."""
    if names_text_to_write(ask) or _made_for_user(ask) or (points_at_material(ask) and not _delivers(ask)):
        return "material"
    if has_number(ask) and not has_number(told) and opens_instruction(WORD.findall(ask.lower())[:3]):
        return "written"
    return None


def join_told_after(pieces: list[Piece]) -> list[Piece]:
    """Each run of statements after an ask given to that ask (see the module's docstring)."""
    joined: list[Piece] = []
    for piece in pieces:
        before = joined[-1] if joined else None
        plain = not (piece.apart or piece.sequenced or piece.uses_result or piece.continues)
        plain = plain and piece.text.strip() == (piece.instruction or piece.text).strip()  # no material of its own
        bare = before is not None and before.text.strip() == (before.instruction or before.text).strip()
        how = _takes_told(before.text, piece.text) if before is not None and plain and bare else None
        if before is None or how is None or not only_states(piece.text):
            joined.append(piece)
            continue
        ask = before.text.strip()
        if how == "material":
            text = f"{ask.rstrip(' ?.!,')}:\n\n{piece.text.strip()}"
        else:
            text = f"{ask}{'' if ask.endswith(('.', '!', '?')) else '.'} {piece.text.strip()}"
        instruction = (before.instruction or ask) if how == "material" else text
        joined[-1] = dataclasses.replace(before, text=text, instruction=instruction)
    return joined


__all__ = ["join_told_after", "only_states"]
