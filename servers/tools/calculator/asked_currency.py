"""The currency a question asks its answer in: '¥21,500 a night for 3 nights. How much in dollars?' asks dollars.

A reading that accounts for every number may still answer in another currency than the one asked ('¥64,500'
for 'how much in dollars'), when the request gives no rate to change it by, or one no reader ties to the amount.
That is an answer to another question, so it is declined with what was asked. Only a currency named by a word
that is nothing else ('dollars', 'euros', 'yen'; not 'pounds', which may weigh) after 'in' in the question counts.
"""

from __future__ import annotations

import re

from servers.tools.calculator.quantities import currency, is_money, lookup
from servers.tools.calculator.solution import Solution
from servers.tools.inputs import ToolInputError

_ASKED_IN = re.compile(r"\bin ([a-z]{2,12})\b")
_SENTENCE_END = re.compile(r"[.!?]+")


def check_currency_asked(text: str, solution: Solution) -> None:
    """Raise ToolInputError when ``solution`` is money in another currency than the question asks for."""
    try:
        answered = currency(solution.unit.split(" per ")[0]) if solution.unit else None  # 'GBP per month' is GBP
    except KeyError:
        return  # not an amount of money (a currency's code)
    if answered is None:
        return
    sentences = [s for s in _SENTENCE_END.split(text[-300:].lower()) if s.strip()]
    for word in _ASKED_IN.findall(sentences[-1] if sentences else ""):
        asked = lookup(word)
        if is_money(asked) and asked.dimension != answered.dimension:
            raise ToolInputError(
                f"the question asks for the answer in {word}, and what is given only makes it in {answered.name}; "
                "say the exchange rate between them and ask again"
            )
