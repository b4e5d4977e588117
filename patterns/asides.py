"""Asides: what the user says of themselves beside a job ("I'll attach the draft", "I'm in a rush").

"Would you mind drafting an email to my supervisor ...? I'll attach the chapter 3 draft." asks for one email: the
sentence after it tells what the user will do, and asks nobody for anything. Read as a part of its own, it went to
a worker as a job ("I'll attach the chapter 3 draft" written as a second email) and the writer never saw it,
though it is what the email should say. ``tells_of_the_user`` finds such a sentence, so the splitter joins it to
the part before, whose context it is.

Only a short sentence in the first person that neither asks (no "I need", "I'd like", "I wonder"), nor speaks to
the assistant ("I'll need you to ..."), nor ends with a question mark is an aside: "I'd also like the total"
asks for something, and stays a part of its own.
"""

from __future__ import annotations

import dataclasses

from patterns.material import WORD
from patterns.pieces import Piece

# Subjects by which the user speaks of themselves.
_FIRST_PERSON = frozenset("i i'm i'll i've we we're we'll we've".split())
# Words by which a sentence in the first person still asks ("I need ...", "I'd love ...", "I wonder ...") or
# speaks to the assistant ("... you ...").
_ASKS = frozenset(
    """need needs want wants like love wonder wondering hope hoping wish would could can should must i'd we'd
    you u your ask asking please also whether curious know""".split()
)
ASIDE_WORDS = 12
"""An aside is at most this many words; a longer sentence tells more than the user's own doings."""


def tells_of_the_user(sentence: str) -> bool:
    """Whether ``sentence`` only tells what the user does or will do ("I'll attach the chapter 3 draft", "I'm
    running late", "We'll bring the cake"): first person, at most ``ASIDE_WORDS`` words, no question mark, and
    no word by which it asks."""
    text = sentence.strip()
    words = WORD.findall(text.lower())
    if not words or "?" in text or len(words) > ASIDE_WORDS or words[0] not in _FIRST_PERSON:
        return False
    return not _ASKS & set(words)


def join_asides(pieces: list[Piece]) -> list[Piece]:
    """Each piece that only tells of the user (``tells_of_the_user``), and is neither set apart nor sequenced nor
    given material of its own, joined to the piece before it as the last of its words, after its material."""
    joined: list[Piece] = []
    for piece in pieces:
        own = (piece.instruction or piece.text) == piece.text
        if joined and own and not (piece.apart or piece.needs_previous) and tells_of_the_user(piece.text):
            before = joined[-1]
            ended = before.text.rstrip().endswith((".", "?", "!"))
            text = f"{before.text.rstrip()}{'' if ended else '.'} {piece.text.strip()}"
            joined[-1] = dataclasses.replace(before, text=text, instruction=before.instruction or before.text)
            continue
        joined.append(piece)
    return joined


__all__ = ["ASIDE_WORDS", "join_asides", "tells_of_the_user"]
