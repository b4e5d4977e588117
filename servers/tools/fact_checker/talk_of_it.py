"""Talk of the claim beside it, which is no claim of its own: where it came up ("The nurses were on about it on the
ward.", "It came up at the pub quiz.", "My GP mentioned it last week."), who argued over it ("My neighbour and me we
argue about it.") or who doubted the asker ("Tourist did not believe me.").

Talk of "it" is why the asker asks; the claim is elsewhere in the request. The regex is linear: bounded word runs
and alternations of fixed words.
"""

from __future__ import annotations

import re

_TALKED_OF = re.compile(
    r"^\W*(?:[\w'’-]+\s+){0,5}?(?:(?:was|were|is|are|been|keeps?|kept|has|have)\s+)?(?:on\s+about|talking\s+about|"
    r"going\s+on\s+about|banging\s+on\s+about|(?:arguing|argue|argues|argued)\s+(?:about|over)|debating|discussing|"
    r"chatting\s+about|"
    # ("mentioned that it pumps blood" says a claim: only "it" or "this" is talk of the one asked about)
    r"mentioned|brought|asking\s+about|asked\s+about)\s+(?:it|this)\b[^.!?]{0,60}[.!]?$"
    r"|^\W*(?:it|this|that)\s+(?:came|comes|come)\s+up\b[^.!?]{0,60}[.!]?$"
    # ("Tourist did not believe me.": who doubted the asker, no claim of its own)
    r"|^\W*(?:[\w'’-]+\s+){0,4}?(?:did\s+not|didn'?t|does\s+not|doesn'?t|won'?t|wouldn'?t|would\s+not|never)\s+"
    r"believe[sd]?\s+(?:me|us|it|this|that|him|her)\b[^.!?]{0,40}[.!]?$",
    re.I,
)


def tells_where_it_came_up(statement: str) -> bool:
    """Whether ``statement`` only talks of the claim (see above)."""
    return _TALKED_OF.match(statement) is not None
