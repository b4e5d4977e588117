"""How many things a question picks: "Which two countries share Lake Titicaca?" asks which countries, and its
"two" is no figure to work on. A worker on numbers is drawn to a number, and to "share", so the count is read out
before the question is ranked."""

from __future__ import annotations

import re

# "Which two countries", "What three colours": a count between the asking word and a plural noun
_CHOICE = re.compile(
    r"^(\W*(?:which|what)\s+)(?:two|three|four|five|six|seven|[2-9])\s+(?=[a-z]{3,}s\b)", re.IGNORECASE
)


def without_choice_count(text: str) -> str:
    """``text`` without the count of the things its opening question picks ("Which countries share ...")."""
    return _CHOICE.sub(r"\1", text, count=1)
