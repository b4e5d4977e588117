"""Clock times written with an 'h' between the hour and the minutes, as French, Portuguese and Spanish speakers write
them: 'I light the fire 16h30 and I close 23h45. How many hours?' → from 16:30 to 23:45.

'2h30' may as well be a duration ('the drive took 2h30'), so the request is read with the 'h' as a colon only when
every such figure is a clock time by its form or its place: an hour of 13 or more, or a leading zero ('08h15'), or
said right after a word that places a time ('at 4h50', 'from', 'until', 'opens', 'close'). Minutes are two digits
up to 59 and hours up to 23. The request is then read as any with clock times is, and answered only when that
reading accounts for it in full.
"""

from __future__ import annotations

import re

_HOUR_MARK = re.compile(r"(?<![\w.,:/])([01]?\d|2[0-3])[hHuU]([0-5]\d)(?![\w:.,]\d|\w)")
_PLACING = frozenset(
    "at from to till til until by since around about open opens opened close closes closed start starts started "
    "finish finishes finished end ends ended".split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")


def as_colon(text: str) -> str | None:
    """``text`` with each clock time written '16h30' written '16:30', or None when it has none or any such figure
    could be a duration (see above)."""
    found = list(_HOUR_MARK.finditer(text))
    if not found or not all(_clock_like(text, m) for m in found):
        return None
    return _HOUR_MARK.sub(r"\1:\2", text)


def _clock_like(text: str, match: re.Match[str]) -> bool:
    hour = match.group(1)
    if int(hour) >= 13 or hour.startswith("0"):
        return True
    before = _WORD_BEFORE.search(text[max(0, match.start() - 20) : match.start()])
    return before is not None and before.group(1).lower() in _PLACING
