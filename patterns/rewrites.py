"""Rewrites asked as a question before their text: "Can you make this sound more polite? Send me the invoice by
tomorrow or don't expect payment this month."

The question points at "this" and everything after it is the text to rewrite, whatever its own form: a demand
("Send me the invoice ...") reads like an instruction, but it is the text, not a second job for the writer with
nothing to work on. So the request is one piece: the question, with what follows as its material.

Only a rewrite (a change of tone or wording of "this") is read that way; other questions about "this" keep the
sentences after them as parts ("Can you check this? What's 12 x 4?"), and a part the user sets apart or puts
after the rewrite ("Also, ...", "Then send it to Sam") or asks as a question of its own is not the text.
"""

from __future__ import annotations

import re

from patterns.material import with_material
from patterns.pieces import Piece

_THIS = r"(?:this|the\s+following|the\s+message\s+below|the\s+text\s+below)"
_DEGREE = r"(?:(?:a\s+)?(?:bit|little|lot|touch)\s+|much\s+|slightly\s+)?"
_TONE = (
    r"(?:more|less|nicer|kinder|friendlier|politer|gentler|softer|warmer|firmer|clearer|calmer|"
    r"polite|friendly|professional|formal|informal|casual|diplomatic|courteous|respectful|gentle|kind|nice|warm)"
)
_REWRITE_ASK = re.compile(
    rf"\b(?:(?:re-?write|re-?phrase|re-?word|soften|polish|tidy\s+up|tone\s+down|smooth\s+over|clean\s+up)\s+{_THIS}"
    rf"|make\s+{_THIS}\s+(?:sound\s+|read\s+|come\s+across\s+(?:as\s+)?|seem\s+)?{_DEGREE}{_TONE})\b",
    re.IGNORECASE,
)
# What opens a part of its own after the question, not the text: "Also, ...", "Then ...", "And send it ...".
_ANOTHER_PART = re.compile(
    r"^\s*(?:and\s+|but\s+)?(?:also|then|after\s+that|afterwards|next|finally|plus|separately|additionally|p\.?s\.?)\b",
    re.IGNORECASE,
)
OPEN = "```"
"""Code is no text to rewrite politely: a request with a code block keeps its own reading."""
# "It's for applicants to our volunteer scheme:", "This is for my landlord:": who the text is for, before it.
_READER = re.compile(r"^((?:it'?s|it\s+is|this\s+is|that'?s|its)\s+(?:going\s+)?(?:for|to)\s+[^:.?!]{1,80}):\s*", re.I)
_QUOTES = ("'", '"', "\u201c", "\u2018")
QUESTION_WORDS = 16
"""A rewrite question longer than this is a request of its own kind, not a short ask about the text after it."""
TEXT_WORDS = 4
"""The text after the question has at least this many words ("Thanks!" after it is no text to rewrite)."""


def rewrite_of_what_follows(request: str) -> Piece | None:
    """The whole ``request`` as one piece when it opens with a short question asking to rewrite "this" and the
    rest, with no question or part of its own, is the text; otherwise ``None``."""
    stop = request.find("?")
    if stop < 0 or OPEN in request:
        return None
    question, rest = request[: stop + 1].strip(), request[stop + 1 :].strip()
    if (
        len(question.split()) > QUESTION_WORDS
        or _REWRITE_ASK.search(question) is None
        or len(rest.split()) < TEXT_WORDS
        or "?" in rest
        or _ANOTHER_PART.match(rest)
        or rest.startswith(_QUOTES)  # a quoted text is material already, read as such
    ):
        return None
    reader = _READER.match(rest)
    if reader is not None and len(rest[reader.end() :].split()) >= TEXT_WORDS:
        # "It's for applicants to our volunteer scheme: <the text>": who reads it is part of the ask, not the text
        question, rest = f"{question} {reader.group(1).strip()}", rest[reader.end() :].strip()
    return Piece(with_material(question, rest), instruction=question)


__all__ = ["rewrite_of_what_follows"]
