"""The currency a question asks its answer in: '¥21,500 a night for 3 nights. How much in dollars?' asks dollars.

A reading that accounts for every number may still answer in another currency than the one asked ('¥64,500'
for 'how much in dollars'), when the request gives no rate to change it by, or one no reader ties to the amount.
That is an answer to another question, so it is declined with what was asked. Only a currency named by a word
after 'in' in the question counts ('dollars', 'euros', 'yen', and 'pounds', which of money is sterling), and an
exchange asked 'at today's rate' is declined whatever currency it names: offline there is no rate of today.
"""

from __future__ import annotations

import re

from servers.tools.calculator.quantities import currency, is_money, lookup
from servers.tools.calculator.solution import Solution
from servers.tools.inputs import ToolInputError

_ASKED_IN = re.compile(r"\bin ([a-z]{2,12})\b")
_SENTENCE_END = re.compile(r"[.!?]+")
_POUNDS = frozenset({"pounds", "pound"})
"""'in pounds' of an amount of money asks sterling: a weight is no answer to a sum of money."""
_LIVE_RATE = re.compile(
    r"\b(?:today'?s|todays|current|latest|live|present)\s+(?:exchange\s+)?rates?\b|\bexchange\s+rates?\s+"
    r"(?:today|now)\b|\brate\s+(?:of\s+)?today\b",
    re.IGNORECASE,
)
"""'at today's rate', 'with the current exchange rate': a rate the request does not give, which changes daily."""
_RATE_SAID = re.compile(r"\s*(?:(?:of|is|=|:|at|,)\s*)?(?:[$€£¥₹]|\d)")
"""'today's rate of 4.30 zł to the euro': the rate is given after all."""


def check_currency_asked(text: str, solution: Solution) -> None:
    """Raise ToolInputError when ``solution`` is money in another currency than the question asks for."""
    try:
        answered = currency(solution.unit.split(" per ")[0]) if solution.unit else None  # 'GBP per month' is GBP
    except KeyError:
        return  # not an amount of money (a currency's code)
    if answered is None:
        return
    tail = text[-300:]
    sentences = [s for s in _SENTENCE_END.split(tail.lower()) if s.strip()]
    live = _LIVE_RATE.search(tail)
    if live is not None and not _RATE_SAID.match(tail, live.end()):
        raise ToolInputError(
            "the question asks for an exchange at today's rate, which I don't have offline; say the exchange rate "
            "and ask again"
        )
    for word in _ASKED_IN.findall(sentences[-1] if sentences else ""):
        asked = currency("GBP") if word in _POUNDS else lookup(word)  # money asked 'in pounds' is sterling
        if is_money(asked) and asked.dimension != answered.dimension:
            raise ToolInputError(
                f"the question asks for the answer in {word}, and what is given only makes it in {answered.name}; "
                "say the exchange rate between them and ask again"
            )
