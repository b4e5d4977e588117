"""Whether a question asks for a stretch of time its story does not count by: 'how much tax do I pay a month?' of
a salary a year, 'how much did we make a week?' of one raffle.

A reader that answers for the story as told must not answer a question that asks the same amount per another
period: the answer would be the story's amount labelled with a period it is not for. The periods are read the same
way in the story and the question — 'a month', 'per year', 'each week', 'this week', 'monthly', 'annually' — and the
question may only name those the story names.
"""

from __future__ import annotations

from servers.tools.calculator.givens import Given
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_NAMES = {"day": "day", "days": "day", "week": "week", "weeks": "week", "fortnight": "fortnight",
          "month": "month", "months": "month", "quarter": "quarter", "year": "year", "years": "year", "hour": "hour",
          "night": "night"}  # fmt: skip
_ADVERBS = {"daily": "day", "weekly": "week", "fortnightly": "fortnight", "monthly": "month", "pcm": "month",
            "quarterly": "quarter", "yearly": "year", "annual": "year", "annually": "year", "hourly": "hour",
            "nightly": "night"}  # fmt: skip
_BEFORE = frozenset("a an per every each this next last that".split())


def new_period_asked(tokens: list[Token], start: int) -> bool:
    """True when the question names a period ('a month', 'this year') that the story before it does not."""
    ask = question_start(tokens, start)
    return not _periods(tokens, ask, len(tokens) - 1) <= _periods(tokens, start, ask)


def _periods(tokens: list[Token], begin: int, end: int) -> set[str]:
    found: set[str] = set()
    for k in range(begin, end):
        word = tokens[k].word
        if word in _ADVERBS:
            found.add(_ADVERBS[word])
        elif (
            word in _NAMES and k > 0 and (tokens[k - 1].word in _BEFORE or tokens[k - 1].text == "/")
        ):  # '$1,450/month'
            found.add(_NAMES[word])
    return found


def periods_unread(tokens: list[Token], start: int, givens: list[Given]) -> bool:
    """True when a period said as a word of its own ('the annual maintenance', 'each flat's monthly share') stands
    beside another period, and no amount read carries a period in its unit: the 'annual' on the amount is not
    read, so a monthly question would be answered with the yearly figure."""
    said = {_ADVERBS[t.word] for t in tokens[start:] if t.word in _ADVERBS}
    if not said or len(_periods(tokens, start, len(tokens))) < 2:
        return False
    return not any(g.quantity.measure is not None and g.quantity.measure.per is not None for g in givens)
