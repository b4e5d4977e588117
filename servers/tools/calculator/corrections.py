"""A request that corrects itself: 'I get £150 a week pocket money... sorry, per month. How much per year?'.

What a correction replaces ('a week' by 'per month', '£12' by '£13') is not marked, and a reader that takes the
request's figures would reckon with the superseded one (£7,800 a year from £150 a week). So a request that says
'sorry', 'I mean', 'I meant', 'correction', 'no wait', 'scratch that', 'make that' or 'or rather' after a figure is
read from after the correction alone, when that part asks in full ('I earn £12 an hour, I meant £13 an hour. 40 hours
a week, how much a week?'), and is declined otherwise ('sorry, per month'; 'or rather 60?'). An apology that opens
the request ('Sorry to bother you, what is 12 times 7?') or one for asking ('sorry to ask', 'sorry if') corrects
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from servers.tools.calculator.solution import Solution
from servers.tools.inputs import ToolInputError

# a marker, with what may follow 'sorry' when it only apologises ('sorry to bother you', 'sorry for asking')
_CORRECTION = re.compile(
    r"\b(?:sorry(?!\s+(?:to|for|if|but|about)\b)|i\s+mean(?:t)?|correction|no\s*,?\s+wait|scratch\s+that"
    r"|(?<=[,;.\-–—]\s)make\s+that|or\s+rather)\b"
)
_ASKS = re.compile(r"\b(?:what|what's|whats|how|which|calculate|work out|convert|find)\b")
_OPENING = re.compile(r"^\W*(?:sorry|correction)\b")  # an opening apology, or a correction said before anything


def read_corrected(text: str, solve: Callable[[str], Solution]) -> Solution | None:
    """``text`` read from after its last correction, when it corrects something said earlier; None when it corrects
    nothing; a ToolInputError when what follows the correction is not a request in full ('sorry, per month')."""
    lowered = text[:2000].lower()
    found = None
    for marker in _CORRECTION.finditer(lowered):
        if (
            marker.start() > 0
            and not _OPENING.match(lowered[: marker.end()])
            and re.search(r"\d", lowered[: marker.start()])
        ):
            found = marker  # something said already, with a figure the correction may replace
    if found is None:
        return None
    rest = text[found.end() :].lstrip(" ,.;:!-–—")
    try:
        if not _ASKS.search(rest.lower()):  # 'or rather 60?': a figure alone replaces one, but which?
            raise ToolInputError("no question after the correction")
        return solve(rest)
    except ToolInputError:
        shown = text if len(text) <= 60 else text[:57] + "…"
        raise ToolInputError(
            f"I can't work out '{shown}': it corrects itself ('{found.group(0)}'), and what follows the correction "
            "is not a whole request; say it again with only the figures you mean"
        ) from None
