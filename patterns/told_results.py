"""Results told: a text to write that names an earlier step's result by what it is, said with that result.

"Work out 25% Gift Aid on £3,640, then write a short note to the treasurer with the amount we can claim": the writer
is handed the calculator's answer ("£910.00"), but "with the amount we can claim" names the figure without giving
it, and a writer offline cannot tell where a bare figure goes. Said as the statement the answer makes of it,
"saying the amount we can claim is £910.00", it is a point to write. So are "telling him the total he owes me"
("telling him the total he owes me is £49.50") and "email the class the answer" ("email the class saying the
answer is x = 9").

Only a result named by a noun of what was worked out ("the total", "that amount", "the net figure", "the answer"),
after a word that hands it to the text ("with", "including", "telling him", or the receiver of "email"), and only
one short figure, is said so; anything else is left as it is.
"""

from __future__ import annotations

import re

from patterns.material import TEXT_KINDS

SCAN = 400
"""Only this much of an instruction is read."""
MAX_FIGURE_CHARS = 40
"""A handed-on answer longer than this is no single figure to say in a clause."""
MAX_FIGURE_WORDS = 4

# Nouns by which a text names what an earlier step worked out.
_RESULT_NOUNS = (
    r"(?:total|amount|figure|sum|answer|result|number|price|cost|bill|balance|net|profit|saving|savings|refund"
    r"|difference|distance|weight|quantity|count|share|pay|wage|fee|charge|rate|value|average|mean|estimate)"
)
# The result named: "the total", "that amount", "the net figure", "the total he owes me", "the amount we can claim".
_NAMED = (
    rf"(?P<name>(?:the|that|this|our|my|his|her|their)\s+(?:[a-z-]+\s+){{0,2}}?{_RESULT_NOUNS}"
    # ("the total number of chairs", "the cost of the trip": what the result is of)
    r"(?:\s+of\s+(?:the\s+)?[a-z-]+)?"
    r"(?:\s+(?:he|she|they|we|i|you)\s+(?:[a-z']+\s+){0,2}?[a-z']+)?)"
    # (not "with the total and the VAT": one figure cannot say two things)
    # ("... the total wage bill and that payment is on the 1st": another point after it, told as a clause)
    r"(?=\s*$|\s*[,.;!?]|\s+(?:so|by|before|for|please|today|tomorrow)\b|\s+and\s+that\s)"
)
# What hands the result to the text: "with", "including", "telling him", "letting her know".
_HANDS = re.compile(
    r"\b(?P<lead>(?:with|including|giving|showing|stating|quoting|confirming)\s+"
    r"|(?:telling|tell|reminding|remind)\s+(?:him|her|them|me|us|you|everyone|[A-Z][a-z]+|(?:the|my|our)\s+[a-z]+s)"
    r"\s+)" + _NAMED,
    re.IGNORECASE,
)
# "Email the class the answer": a message verb, its receiver, then the result.
_TO_RECEIVER = re.compile(
    r"^(?P<lead>(?:please\s+)?(?:e-?mail|text|message|tell|send)\s+(?!the\s+(?:total|answer|result)\b)"
    r"(?:the\s+|my\s+|our\s+)?[a-z]+(?:\s+[a-z]+)?\s+)" + _NAMED,
    re.IGNORECASE,
)
# a figure alone: "$43.50", "£49.50 in total", "₹50,700.00", "CVE 12,500.00", "6.9 kg", "x = 9"
_FIGURE = re.compile(r"^(?:(?:[A-Z]{3}\s)?[^\w\s]?-?\d|[a-z]\s?=\s?-?\d)")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_IN_TOTAL = re.compile(r"\s+(?:in\s+total|altogether|total)\.?$", re.IGNORECASE)
# A message said by its verb ("Email the class ...", "Text Priya ..."), or a text named by one of ``TEXT_KINDS``: the
# kinds a writer drafts from points, so the figure said as a point is one it writes.
_MESSAGE = re.compile(r"^(?:please\s+)?(?:e-?mail|text|message)\s", re.IGNORECASE)
_WORD = re.compile(r"[a-z][a-z'-]*")
_WITH = re.compile(r"(?:with|including|giving|showing|stating|quoting|confirming)\s", re.IGNORECASE)
_DEMONSTRATIVE = re.compile(r"^(?:that|this)\b", re.IGNORECASE)


def told_result(instruction: str, answer: str) -> str | None:
    """``instruction`` with the result it names handed to the text ("with the amount we can claim") said as a
    statement of ``answer`` ("saying the amount we can claim is £910.00"), when ``answer`` is one short figure;
    ``None`` when the instruction names no result so, or the answer is more than a figure."""
    figure = _figure(answer)
    if figure is None:
        return None
    head = instruction[:SCAN]
    if not _MESSAGE.match(head) and not TEXT_KINDS & set(_WORD.findall(head.lower())):
        return None  # "a label instruction stating that quantity": a kind of text told its figure as material
    found = _TO_RECEIVER.search(head)
    if found is not None:  # "email the class the answer" -> "email the class saying the answer is x = 9"
        told = f"{found.group('lead')}saying {_said(found, figure)}"
    else:
        found = _HANDS.search(head)
        if found is None:
            return None
        lead = found.group("lead")
        # "with the net figure" -> "saying the net figure is $2,436.00"; "telling him the total" -> "telling him
        # the total is £49.50"
        told = f"saying {_said(found, figure)}" if _WITH.match(lead) else f"{lead}{_said(found, figure)}"
    return f"{head[: found.start()]}{told}{head[found.end() :]}{instruction[SCAN:]}"


def _said(found: re.Match[str], figure: str) -> str:
    return f"{_DEMONSTRATIVE.sub('the', found.group('name'))} is {figure}"


def _figure(answer: str) -> str | None:
    """``answer`` as one short figure ("£49.50 in total" is "£49.50"), or ``None``."""
    figure = _IN_TOTAL.sub("", answer.strip()).rstrip(".")
    if len(figure) > MAX_FIGURE_CHARS or len(figure.split()) > MAX_FIGURE_WORDS or not _FIGURE.match(figure):
        return None
    return figure if len(_NUMBER.findall(figure)) == 1 else None


__all__ = ["told_result"]
