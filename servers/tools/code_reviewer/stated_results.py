"""What the code gave against what the user needed, said in figures: 'for 130 in boxes of 25 it says 5 boxes and I
need 6', 'sale_price(200, 10) gives -1800 instead of 180'.

A result below the one wanted is a total or count that comes out too low (``symptoms.LOW_TOTAL``, and a count
rounded down); one above it, a charge or a factor applied too strongly (a percentage used as a fraction). The two
figures are read only in these shapes, close together, so a sentence with figures of another kind says nothing:
"prints 3 three times instead of 0 1 2" tells of a list, not of one value too high.
Every regex here is linear: bounded gaps and no nested repeats.
"""

from __future__ import annotations

import re

from servers.tools.code_reviewer.symptoms import LOW_TOTAL

_FIGURE = r"[$£€]?(-?\d{1,12}(?:,\d{3})*(?:\.\d{1,6})?)"
_GAVE = (
    r"\b(?:says?|said|gives?|gave|returns?|returned|shows?|showed|prints?|printed|outputs?|get|gets|got|"
    r"bills?|billed|charges?|charged|costs?|comes? to|came to|"
    r"comes? out(?: as| at| with)?|came out(?: as| at| with)?)\s+(?:me\s+|us\s+|only\s+|just\s+|back\s+){0,2}"
)
_AGAINST = re.compile(
    _GAVE
    + _FIGURE
    + r"\b(?:(?!\btimes\b)[^.?!\d]){0,40}?\b(?:instead\s+of|and\s+(?:i|we)\s+(?:need|needed|want|wanted|expected|"
    r"should\s+get)|but\s+(?:i|we)\s+(?:need|needed|want|wanted|expected|should\s+get)|(?:but|and)\s+it\s+should\s+"
    r"(?:be|say|give))\s+(?:[^.?!\d]{1,30}?[\s,:]\s*)?" + _FIGURE + r"(?![\d.,]*\s+-?\d)",
    re.IGNORECASE,
)
_LOW = frozenset(LOW_TOTAL | {"count-rounded-down", "wrong-operation"})
_HIGH = frozenset(
    {"percent-as-fraction", "conversion-factor", "conversion-inverted", "allowance-charged", "wrong-operation"}
)
# ('wrong-operation' works the told call through and mends it to the figure wanted: it explains either way)


def stated_result(words: str) -> tuple[str, frozenset[str]] | None:
    """The words that say the figure got and the one wanted, with the rules that explain a result that far off;
    None when the request says no such pair, or the same figure twice."""
    said = _AGAINST.search(words[:4_000])
    figures = stated_figures(words)
    if said is None or figures is None:
        return None
    got, wanted = figures
    return said.group(0), _LOW if got < wanted else _HIGH


def stated_figures(words: str) -> tuple[float, float] | None:
    """The figure the code gave and the one wanted, as the request says them; None when it says no such pair, or
    the same figure twice."""
    said = _AGAINST.search(words[:4_000])
    if said is None:
        return None
    got, wanted = (float(figure.replace(",", "")) for figure in said.groups())
    return None if got == wanted else (got, wanted)
