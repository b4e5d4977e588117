"""A story told around two clock times ('I worked 7:50am to 4:20pm with a 30 min lunch break', 'party runs 2pm till
4:45pm and the entertainer charges £40 an hour'): the walk that reads its clock times and accounts for every other
word, shared by the readers of such stories (``breaks``, ``billed_hours``).

The walk collects each clock time. Every other token is first offered to the reader (``Take``): a number it reads
(a break's length, a rate), a word it notes ('unpaid', 'how much') or one that declines the story ('overtime').
What the reader does not take must be punctuation, one of the reader's own words, a question word, or an inert word
of the story (``inert``); anything else declines, so no number or condition is ever left unread.
"""

from __future__ import annotations

from collections.abc import Callable

from servers.tools.calculator.expression import Evaluation
from servers.tools.calculator.frames import PUNCTUATION, QUESTION_WORDS
from servers.tools.calculator.grammar import NotUnderstood, Parser
from servers.tools.calculator.inert import inert
from servers.tools.calculator.quantities import Quantity
from servers.tools.calculator.timespans import clock_at
from servers.tools.calculator.tokens import Token

DECLINE = -1
"""What a ``Take`` returns to decline the whole story."""

Take = Callable[[int], int | None]
"""Offered the token at an index: the index after what it read, None to leave it to the story's words, or DECLINE."""

Clock = tuple[int, str | None]
"""A clock time read: minutes since midnight and its am or pm (None for a 24-hour time)."""


def clock_story(tokens: list[Token], start: int, words: frozenset[str], take: Take) -> list[Clock] | None:
    """The clock times of the request from ``start``, in order, when every other token is taken by ``take`` or is
    one of ``words``, a question word, punctuation or inert; None when one is not (or ``take`` declines)."""
    clocks: list[Clock] = []
    i = start
    while tokens[i].kind != "end":
        found = clock_at(tokens, i)
        if found is not None:
            clocks.append((found[0], found[1]))
            i = found[2]
            continue
        taken = take(i)
        if taken == DECLINE:
            return None
        if taken is not None:
            i = taken
            continue
        token = tokens[i]
        if not (token.text in PUNCTUATION or token.word in words or token.word in QUESTION_WORDS or inert(token)):
            return None
        i += 1
    return clocks


def quantity_at(tokens: list[Token], i: int) -> tuple[Quantity, int] | None:
    """The quantity said at ``i`` ('30 min', '£40 an hour') and the index after it; None when none can be read."""
    parser = Parser(tokens, i, relations=False)
    try:
        return Evaluation().value(parser.unary()), parser.i
    except NotUnderstood:
        return None
