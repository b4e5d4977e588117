"""Restated figures: a later part that says again a figure the request gave is about that figure, not about the
answer worked out from it.

"Tour bus hire was $2,760 for 4 days. What's the daily rate? Then email the driver confirming we've paid the
$2,760." The email says the $2,760 the user gave, not the daily rate the sum before it asks for: it needs nothing
from that sum, so it does not wait for it, and a sum that is declined does not take the email down with it.
"Then" orders the two as the user would do them; it hands nothing on.

A part restates only when every figure in it is one the request stated before it, and it names nothing a sum
works out: no result ("the total", "that amount", "it"), no question ("what it comes to", "how much"), no rate or
share ("per day", "each", "the 20% VAT"), no balance ("what's left", "still owed"), no operation ("$2,760 less
the deposit"). "... confirming the $2,760 and the daily rate" names the answer, and waits for it as before.
("That", "this" and "them" say nothing here: "saying that we got it", "this year", "telling them".) Bounded: only
the first ``SCAN`` characters are read.
"""

from __future__ import annotations

import re

from patterns.material import WORD
from patterns.references import names_a_result
from patterns.stated_values import NUMBER

SCAN = 400

# "€1,344", "1344", "6.5", "10am" (its digits): each figure as its digits, without grouping commas
_FIGURE = re.compile(NUMBER)

# Words by which a part names what a sum works out, or asks it, rather than a figure given: "the rate per night",
# "how much each owes", "what's left", "the new total", "the difference", "it comes to".
_NAMES_AN_ANSWER = frozenset(
    """it its it's that's what what's how which answer answers result results total totals sum
    figure figures amount amounts rate rates average share shares each per every apiece balance remaining remainder
    left owed owing outstanding due difference change profit loss saving savings cost costs price prices comes works
    worked working calculation breakdown split new final overall altogether""".split()
    # a figure said with what is done to it is a sum to work out again: "€1,344 less the €200 deposit"
    + "minus plus less times divided multiplied subtract subtracting deduct deducting add adding off after".split()
)


# "Then text Sam the 15%", "tell them the 20% VAT": a percentage named as a thing may be the amount it comes to
_SHARE = re.compile(r"\d\s?%|\bper\s?cent", re.IGNORECASE)


def _figures(text: str) -> list[str]:
    return [f.replace(",", "").rstrip(".") for f in _FIGURE.findall(text[:SCAN])]


def restates_a_given(part: str, before: str) -> bool:
    """Whether ``part`` only says again figures that ``before`` (the request up to it) stated, naming no answer
    worked out from them: "Then text Jonas confirming we received the €1,344" after "A group of 8 paid €1,344
    for 6 nights. What's that per person per night?"."""
    said = _figures(part)
    given = set(_figures(before))
    if not said or not all(f in given for f in said) or _SHARE.search(part[:SCAN]):
        return False
    words = set(WORD.findall(part[:SCAN].lower()))
    return not words & _NAMES_AN_ANSWER and not names_a_result(part[:SCAN])


__all__ = ["restates_a_given"]
