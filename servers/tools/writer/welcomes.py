"""A welcome for the user's own place, with the facts of the text given apart: "Write a welcome text for my stall
board, 3 sentences. Facts: ..." opens "Welcome to my stall!".

The place is said with "my" or "our" and one or two words; a last word that names what the text is shown on ("my
stall board", "our shop door") is no place to be welcomed to and is left out. Any other thing named ("a welcome
email for new staff about the office") is left to the writer, which declines a bare thing with nothing said of it.
"""

from __future__ import annotations

import re

_SHOWN_ON = frozenset("board sign door window wall counter".split())
_OWN_PLACE = re.compile(r"^(?:my|our)\s+[\w'-]+(?:\s+[\w'-]+)?$", re.IGNORECASE)


def welcome_to_own(place: str) -> str | None:
    """'Welcome to my stall!' for ``place`` ('my stall board'), or None when it is not the user's own place."""
    if _OWN_PLACE.match(place) is None:
        return None
    words = place.split()
    shown = words[:-1] if len(words) > 2 and words[-1].lower() in _SHOWN_ON else words
    return f"Welcome to {' '.join(shown)}!"
