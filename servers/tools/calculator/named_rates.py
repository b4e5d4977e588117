"""A rate named by its period before its amount: 'day rate is 375' is 375 a day, 'my hourly rate is £40' £40 an
hour, 'nightly rate of $120' $120 a night.

Readers of rates read the period after the amount ('£375 a day'). Where the request names the rate by its period
first ('day rate', 'hourly rate') and then gives its amount with 'is', 'of', '=' or ':', the tokens are put in
that order in place: the amount, then 'a' and the period. An amount already followed by a rate of its own is left
as written. A calendar month is a month ('£1,200 per calendar month', '£1,050 pcm').
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

_PERIODS = {"hour": "hour", "hourly": "hour", "day": "day", "daily": "day", "week": "week", "weekly": "week",
            "month": "month", "monthly": "month", "night": "night", "nightly": "night"}  # fmt: skip
_JOINERS = frozenset({"is", "of", "=", ":", "was"})
_RATED = frozenset({"a", "an", "per", "/", "every", "each"})


def name_rates(tokens: list[Token]) -> None:
    """Rewrite, in place, each 'day rate is 375' as '375 a day', and a calendar month ('£1,200 per calendar
    month', '£1,050 pcm') as a month."""
    _calendar_months(tokens)
    i = 0
    while i < len(tokens) - 4:
        period = _PERIODS.get(tokens[i].word)
        if period is None or tokens[i + 1].word != "rate" or (tokens[i + 2].word or tokens[i + 2].text) not in _JOINERS:
            i += 1
            continue
        at = i + 3
        width = (
            2 if tokens[at].kind == "currency" and tokens[at + 1].kind == "number" else int(tokens[at].kind == "number")
        )
        after = tokens[at + width] if width else tokens[at]
        if not width or after.word in _RATED or after.text in _RATED:
            i += 1
            continue
        amount = tokens[at : at + width]
        start = amount[-1].start
        tokens[i : at + width] = [*amount, Token("word", "a", start), Token("word", period, start)]
        i += width + 2


def _calendar_months(tokens: list[Token]) -> None:
    """'per calendar month' is 'per month'; 'pcm' after an amount is 'per month'."""
    i = 1
    while i < len(tokens) - 1:
        if tokens[i].word == "calendar" and tokens[i + 1].word == "month" and tokens[i - 1].word in _RATED:
            del tokens[i]
        elif tokens[i].word == "pcm" and tokens[i - 1].kind == "number":
            at = tokens[i].start
            tokens[i : i + 1] = [Token("word", "per", at), Token("word", "month", at)]
        i += 1
