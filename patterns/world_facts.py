"""World facts: "What is the speed of light?", "What's the normal resting heart rate for an adult?", "What is the
half-life of carbon-14?" ask what a thing in the world is, and give no figure to work on: a fact to look up, like
"how many moons does Jupiter have" (``forms.counts_in_the_world``) or "How long is a marathon?"
(``world_measures``).

Their words are a calculator's ("speed", "rate", "average", "range", "amount"), so a ranking by words alone sends
them to the worker that works on numbers, which has nothing to work on and declines an answer the user could have
had. A question is read so only when it opens "What is/are the ..." (or asks which one of a kind of thing in the
world: "Which ocean is Walvis Bay on?", "What language do they speak ...?") and:

- gives no figure (a number inside a name, "carbon-14", "COVID-19", is part of the name, not a figure);
- asks of nothing the user owns or hands over ("my grades", "our bill", "this list"): that is the user's own
  quantity, a sum on figures not given, and the calculator is the one to say what it lacks;
- names no sum, money owed or formula ("the cost of", "the total", "the area of a circle", "the probability"):
  those are worked out from figures, and without them are the calculator's to decline;
- asks nothing of what is to come or holds now ("will", "today": ``patterns.live`` reads those).

One anchored match and word checks on the first ``SCAN`` characters.
"""

from __future__ import annotations

import re

from patterns.forms import has_number
from patterns.measures import UNITS, converts_units

SCAN = 200
GIVEN_SCAN = 1000
"""How much of the whole request is read for a figure."""

_OPENING = re.compile(
    r"^\W*(?:(?:please\s+)?(?:tell\s+me|do\s+you\s+know|any\s+idea|can\s+you\s+tell\s+me)\s+)?"
    r"what(?:'s|\u2019s|\s+is|\s+are|\s+was|\s+were)\s+(?:the|a|an)\s+[a-z]",
    re.IGNORECASE,
)
# A number inside a name: "carbon-14", "COVID-19", "Apollo-11": part of what the thing is called.
_NAMED_NUMBER = re.compile(
    r"\b[A-Za-z]+-\d+\b|\bnumber\s+\d{1,3}\s+(?=on\s+the\s+[a-z]+(?:\s+[a-z]+)?\s+(?:scale|list|chart))",
    re.IGNORECASE,
)
"""(and a place on a named scale, "number 10 on the Mohs hardness scale": which one holds it, not a figure)"""
# Words that make the question the user's own sum, a sum without its figures, or about now or what is to come.
_NOT_A_FACT = re.compile(
    r"\b(?:my|our|your|me|us|i|mine|this|these|those|that|if|will|would|should|could|going|today|tonight|now"
    r"|currently|tomorrow|next|cost|costs|price|prices|fee|fees|bill|total|sum|share|tip|owe|owed|worth|pay"
    r"|area|volume|perimeter|circumference|hypotenuse|root|derivative|integral|probability|odds|chance|chances"
    r"|plus|minus|times|divided|percent|percentage)\b",
    re.IGNORECASE,
)


# "Which ocean is Walvis Bay on?", "What language do they speak in the Faroe Islands?", "What year did Malta join
# the EU?": which one of a kind of thing in the world, asked by the kind
_KINDS = (
    r"(?:ocean|oceans|sea|seas|country|countries|city|cities|capital|language|languages|river|rivers|mountain|"
    r"mountains|lake|lakes|island|islands|year|century|continent|currency|animal|animals|planet|planets|state|"
    r"province|region|religion|dish|bird|tree|plant|instrument|sport|desert|volcano|metal|element|colour|color|"
    r"mineral|minerals|rock|gas|gem)"
)
_KIND_ASKED = re.compile(
    rf"^\W*(?:(?:please\s+)?(?:tell\s+me|do\s+you\s+know|any\s+idea)\s+)?(?:which|what)\s+{_KINDS}\s+"
    r"(?:is|are|was|were|do|does|did|has|have|had)\b",
    re.IGNORECASE,
)


def asks_a_world_fact(question: str, request: str = "") -> bool:
    """Whether ``question`` asks what a thing in the world is ("What is the boiling point of ethanol?"), names no
    sum and asks of nothing the user owns or hands over; and neither it nor the whole ``request`` gives a figure
    ("What's the standard VAT rate? I need it on £240" is a sum)."""
    asked = question[:SCAN].split("?", 1)[0]
    if counts_held(question, request):
        return True
    opened = _OPENING.match(asked) is not None or _KIND_ASKED.match(asked) is not None
    if not opened or _NOT_A_FACT.search(asked) is not None:
        return False
    return not any(has_number(_NAMED_NUMBER.sub("name", t[:GIVEN_SCAN])) for t in (asked, request))


# "how many balls are there in an over", "How many players are there on a netball team?": how many of a thing
# another holds, with no figure given; "how many minutes are there in a week" counts a unit in another, a sum
_COUNTED_IN = re.compile(
    r"^\W*(?:(?:please\s+)?(?:tell\s+me|do\s+you\s+know|any\s+idea)\s+)?how\s+many\s+[a-z][\w' -]{0,30}?\s+"
    r"(?:are|is)\s+there\s+(?:in|on|at)\s+(?:a|an|one|the|each|every)\s+[a-z]",
    re.IGNORECASE,
)


_UNIT_COUNTED = re.compile(
    rf"\bhow\s+many\s+(?:{UNITS}|ml|cl|dl|mm|cm|km|kg|mg|g|lbs?|oz|fl\s+oz|mph|kph|kb|mb|gb|tb)\b", re.IGNORECASE
)


def counts_held(question: str, request: str = "") -> bool:
    """Whether ``question`` asks how many of a thing another holds ("how many balls are there in an over?"), no
    unit counted in another (``measures.converts_units``), nothing the user owns, and no figure in it or in the whole
    ``request``: a fact to look up, like what a thing is."""
    asked = question[:SCAN].split("?", 1)[0]
    if _COUNTED_IN.match(asked) is None or _NOT_A_FACT.search(asked) is not None or converts_units(asked):
        return False
    if _UNIT_COUNTED.search(asked) is not None:  # "how many ml are there in a pint": a unit, however short
        return False
    return not any(has_number(_NAMED_NUMBER.sub("name", t[:GIVEN_SCAN])) for t in (asked, request))


__all__ = ["asks_a_world_fact", "counts_held"]
