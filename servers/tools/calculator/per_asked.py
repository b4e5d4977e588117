"""A rate asked by what it is per, not what it counts: 'We picked 38,400 kg of Chardonnay off 6.4 hectares this year.
What's the yield per hectare in kg?', 'I drove 240 miles on 8 gallons. What's that per gallon?'.

The readers of amounts divided into a rate know the question that names both units ('How many kg per hectare?');
'what's that per hectare', 'how much per hectare', 'the yield per hectare' leave the top to the story. When the
story holds exactly two amounts, one in the unit the question is per (or one of its kind) and one of something else
that is no money, the question is read again as 'How many <that unit> per <unit>?' ('in kg' after it names the top
when it is of the same kind). 'off' between the two ('38,400 kg off 6.4 hectares') is said as 'from' when there is
no price or percentage in the request for it to take something off. What is left must account for every number.
"""

from __future__ import annotations

import re

from servers.tools.calculator.quantities import lookup

_QUESTION = re.compile(
    r"(?:what(?:'s|\s+is|\s+was|s)|how\s+much(?:\s+is\s+that|\s+was\s+that|\s+is\s+it)?)\s+"
    r"(?:(?:that|it|the\s+[a-z]+|our\s+[a-z]+|my\s+[a-z]+)\s+)?per\s+([a-z]+)(?:\s+in\s+([a-z]+))?\s*\??\s*$",
    re.IGNORECASE,
)
_AMOUNT = re.compile(r"\b\d[\d,]*(?:\.\d+)?\s*([a-z]+)", re.IGNORECASE)
_DIGIT = re.compile(r"\d[\d,.]*")
_OFF = re.compile(r"\boff\s+(?=\d)", re.IGNORECASE)
_PRICED = re.compile(r"[£$€¥₹%]")


def named_top(text: str) -> str | None:
    """``text`` with a question of a rate per a unit said with the story's other unit on top, or None."""
    question = _QUESTION.search(text)
    if question is None:
        return None
    story = text[: question.start()]
    per, wanted = lookup(question[1].lower(), short=False), question[2]
    if per is None or per.per is not None or len(_DIGIT.findall(story)) != 2 or _PRICED.search(text):
        return None
    amounts = [(m[1], lookup(m[1].lower(), short=False)) for m in _AMOUNT.finditer(story)]
    measured = [(word, m) for word, m in amounts if m is not None and m.per is None]
    if len(amounts) != 2 or len(measured) != 2:
        return None
    tops = [(word, m) for word, m in measured if m.dimension != per.dimension]
    if len(tops) != 1 or not any(m.dimension == per.dimension for _, m in measured):
        return None  # one amount in the unit asked per, and one of something else
    top_word, top = tops[0]
    if wanted is not None:
        asked = lookup(wanted.lower(), short=False)
        if asked is None or asked.dimension != top.dimension:
            return None  # 'in kg' of a distance: asked in a unit the rate is not of
        top_word = wanted
    return f"{_OFF.sub('from ', story)}How many {top_word} per {question[1]}?"
