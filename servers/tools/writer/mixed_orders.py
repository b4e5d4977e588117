"""Facts told as sentences with orders of what to say among them: "Write a reply to a guest review. She complained
about noise from the bar until 1am. We've now moved bar closing to midnight. Thank her for staying with us."

Each order is said to the reader as the text's own sentence ("Thank you for staying with us."), in its place among
the facts. An order that speaks of the reader as "her", "him" or "them" says who the reader is, so a fact that opens
with the same person ("She complained about ...") is said to them too ("You complained about ..."); any other
fact stays as told. When one order is not one the writer can say, or a sentence asks a question, nothing is read
this way.
"""

from __future__ import annotations

import re

from servers.tools.writer.orders import said_to_reader
from servers.tools.writer.persons import second_person

# Who an order of what to say speaks of as the reader: "Thank her for ...", "tell him ...", "remind them ...".
_READER_IN_ORDER = re.compile(r"^\W*(?:please\s+)?\w+\s+(?P<who>her|him|them)\b", re.I)
_OPENS_WITH = {"her": re.compile(r"^(?:she|her)\b", re.I), "him": re.compile(r"^(?:he|his)\b", re.I)}
_THEY = re.compile(r"\b(?:they|their|them)\b", re.I)
_THEY_OPENS = re.compile(r"^(?:they|their)\b", re.I)
_YOU = {"they": "you", "their": "your", "them": "you"}


def facts_and_orders(sentences: list[str], is_order: re.Pattern[str]) -> list[str] | None:
    """The lines of a text told by ``sentences``: facts as told, orders (those ``is_order`` matches) said to the
    reader; None unless there are both, and every order can be said."""
    orders = [s for s in sentences if is_order.match(s)]
    if not orders or len(orders) == len(sentences) or any(s.rstrip().endswith("?") for s in sentences):
        return None
    readers = {m.group("who").lower() for s in orders if (m := _READER_IN_ORDER.match(s))}
    lines: list[str] = []
    for told in sentences:
        if is_order.match(told):
            said = said_to_reader([told])
            if said is None:
                return None
            lines += said
        else:
            lines.append(_to_reader(told.strip(), readers))
    return lines


def _to_reader(fact: str, readers: set[str]) -> str:
    if len(readers) != 1:
        return fact
    reader = next(iter(readers))
    if reader == "them":
        if not _THEY_OPENS.match(fact):
            return fact
        said = _THEY.sub(lambda m: _YOU[m.group().lower()], fact)
    elif _OPENS_WITH[reader].match(fact):
        said = second_person(fact)
    else:
        return fact
    return said[:1].upper() + said[1:]
