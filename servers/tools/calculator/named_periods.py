"""Periods named one by one beside a rate per period, left out of the working: 'takes 18,000 dinar for each
ampere every month ... For June, July, August and September how much in total?'.

The request says what is paid, made or used per month (or per day) and then names the months (or the days of
the week) it asks about, as a list. An answer whose working never counts a month has read the rate as a one-off
and left the list out, so it is short by that many months; the request is declined, asking for the count instead
of guessing it.
"""

from __future__ import annotations

import re

from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_DAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()
)
_NAMES = {"month": _MONTHS, "day": _DAYS}
_RATE_LEADS = frozenset({"a", "an", "per", "every", "each", "/"})
_RATE_WORDS = {"month": "monthly", "day": "daily"}
_LIST_JOINS = frozenset({",", "and", "&"})


def refuse_unlisted_periods(written: list[Token], solution: Solution) -> None:
    """Raise ToolInputError when the request rates something per month (or day), names two or more months (or
    weekdays) in one list, and the solution's working counts no such period."""
    said_all = " ".join([solution.answer, solution.expression, *solution.steps, *solution.notes])
    working = set(re.findall(r"[a-z]+", said_all.lower()))  # the words of the working
    for period, names in _NAMES.items():
        listed = _listed(written, names)
        if len(listed) < 2 or not _rated(written, period) or working & {period, f"{period}s", *listed}:
            continue
        said = ", ".join(name.capitalize() for name in listed)
        raise ToolInputError(
            f"it names {len(listed)} {period}s ({said}) beside a rate per {period}, and I could not count them in; "
            f"say the number of {period}s and ask again"
        )


def _rated(tokens: list[Token], period: str) -> bool:
    """'every month', 'a month', 'per month', 'monthly', '/month'."""
    for k, token in enumerate(tokens):
        if token.word == _RATE_WORDS[period]:
            return True
        if token.word == period and k > 0 and (tokens[k - 1].word or tokens[k - 1].text) in _RATE_LEADS:
            return True
    return False


def _listed(tokens: list[Token], names: frozenset[str]) -> list[str]:
    """The longest run of period names joined by commas or 'and' ('June, July, August and September')."""
    best: list[str] = []
    run: list[str] = []
    for token in tokens:
        if token.kind == "word" and token.word in names:
            run.append(token.word)
        elif not (token.text in _LIST_JOINS or token.word in _LIST_JOINS):
            best, run = max(best, run, key=len), []
    return max(best, run, key=len)
