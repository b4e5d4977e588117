"""Someone coming back: 'the hirer came back having used 62 litres', 'when they come back with the van'.

'Back' can change a sum — money back, paid back, there and back — so readers of a story decline it. Said of a
person returning ('came back having', 'comes back with', 'came back from'), it is only when the story happens;
the request is read again with 'returned' for it, and answered only when that reads in full. 'Back' before a
figure or a comparison ('the quote came back at £450', 'came back 20% higher') is left as it is.
"""

from __future__ import annotations

import re

_RETURNED = {"came": "returned", "come": "return", "comes": "returns", "coming": "returning"}
_COMING_BACK = re.compile(
    r"\b(came|come|comes|coming)\s+back\b(?=\s*(?:[,;.!]|(?:having|with|from|after|today|tonight|yesterday|"
    r"early|late|this|last|and\s+(?:had|has|have|they|he|she|we|I)\b)\b))",
    re.IGNORECASE,
)


_TRIP = re.compile(
    r"\b(?:go|goes|going|went|drive|drives|drove|ride|rides|rode|travel|travels|walk|walks|walked|fly|flies|flew)"
    r"(?:\s+there)?\s+and\s+$",
    re.IGNORECASE,
)
"""'we go and come back': a trip there and back, which changes the distance; not someone returning."""


def as_returned(text: str) -> str | None:
    """``text`` with each 'came back' of someone returning written 'returned'; None when it has none."""

    def returned(match: re.Match[str]) -> str:
        if _TRIP.search(text, max(0, match.start() - 40), match.start()):
            return match[0]
        return _RETURNED[match[1].lower()]

    read = _COMING_BACK.sub(returned, text)
    return read if read != text else None
