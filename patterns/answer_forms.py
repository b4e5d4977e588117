"""Answer forms: a clause that asks only how the answer to a sum should be given is part of that sum.

"How many hours I sell? Give me in hours with decimal.", "How long is that? As a decimal, please.", "What's the
total? In dollars pls": the form is how the calculator answers, not a second job for someone who writes things.
``asks_answer_form`` says whether a clause asks for nothing but that. Bounded and linear: a clause longer than
``LONGEST`` characters is none, and the pattern is a plain alternation with no nested repeats.
"""

from __future__ import annotations

import re

LONGEST = 70
"""A clause asking only for the answer's form is short; a longer one asks for more."""

_POLITE = r"(?:(?:and|also|then|so|please|pls|plz|kindly|can\s+you|could\s+you|just)[\s,]+){0,3}"
_GIVE = (
    r"(?:(?:give|tell|send|show|put|say|make)\s+(?:me\s+|us\s+)?"
    r"(?:it\s+|that\s+|this\s+|the\s+(?:answer|result|total|figure)\s+)?(?:to\s+(?:me|us)\s+)?)?"
)
_FORMS = (
    r"(?:decimals?|a\s+decimal(?:\s+number)?|decimal\s+hours|hours?|minutes?|mins|seconds?|days?|weeks?|months?|"
    r"years?|kg|kilos?|kilograms?|grams?|pounds?|lbs?|ounces?|oz|litres?|liters?|ml|gallons?|metres?|meters?|km|"
    r"miles?|feet|foot|ft|inches|cm|mm|dollars?|euros?|percent|a\s+percentage|percentages?|a\s+fraction|fractions?|"
    r"whole\s+numbers?|a\s+whole\s+number)"
)
_SHAPE = re.compile(
    rf"^{_POLITE}{_GIVE}(?:in|as|into)\s+{_FORMS}(?:\s+(?:with|in|and)\s+(?:a\s+)?(?:decimals?|{_FORMS}))?"
    r"(?:[\s,]+(?:please|pls|plz|thanks|thank\s+you|if\s+you\s+can|mate|bro|boss|sir))*[\s,]*[.?!]*\s*$",
    re.IGNORECASE,
)


def asks_answer_form(clause: str) -> bool:
    """Whether ``clause`` asks for nothing but the form of the answer before it ("Give me in hours with decimal.",
    "As a decimal, please"); "give me a recipe in grams" asks for more, and is not."""
    text = clause.strip()
    return len(text) <= LONGEST and _SHAPE.match(text) is not None


_PLACES = re.compile(
    rf"^{_POLITE}(?:(?:give|round|put)\s+(?:me\s+|us\s+|it\s+|that\s+|the\s+answer\s+)?)?(?:(?:to|with|in)\s+)?"
    r"(?:one|two|three|1|2|3|a)\s+(?:decimals?|decimal\s+places?|places?|dp|d\.p\.)"
    r"(?:[\s,]+(?:please|pls|plz|thanks|thank\s+you|only))*[\s,]*[.!]*\s*$",
    re.IGNORECASE,
)


def ends_asking(text: str) -> bool:
    """Whether ``text`` ends with a question, or with a question and then a clause asking only for its answer's form
    ("... What is the average? Give one decimal please.", "... How long? In minutes.")."""
    return without_answer_form(text).endswith("?")


def without_answer_form(text: str) -> str:
    """``text`` without a clause after its last question that asks only for the answer's form ("... What is the
    average? Give one decimal please." -> "... What is the average?"); ``text`` as it is otherwise."""
    text = text.rstrip()
    mark = text.rfind("?")
    if mark < 0 or text.endswith("?"):
        return text
    after = text[mark + 1 :].strip()
    if len(after) <= LONGEST and (asks_answer_form(after) or _PLACES.match(after) is not None):
        return text[: mark + 1]
    return text


__all__ = ["asks_answer_form", "ends_asking", "without_answer_form"]
