"""A question about a measure of the things themselves, answered with their price: 'Five shirts at $20 each. How
much do they weigh?', '... total hours?'.

No reading of prices says what the things weigh or how long they take, so an answer in money answers another
question. Whatever reader produced it, the request is declined with the word it could not answer."""

from __future__ import annotations

import re

from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import measure_asked, question_words
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_ENDS = frozenset({".", "?", "!", ";"})
_MONEY_UNIT = re.compile(r"[A-Z]{3}\b")  # 'USD', 'EUR per hour': the unit field of an amount of money


def refuse_price_for_measure(tokens: list[Token], solution: Solution) -> None:
    """Raise when ``solution`` is an amount of money and the question of ``tokens`` asks a measure of the things."""
    if solution.unit is None or not _MONEY_UNIT.match(solution.unit):
        return
    end = len(tokens) - 1  # the end token; the question's own '?' is not the sentence after it
    while end > 0 and tokens[end - 1].text in _ENDS:
        end -= 1
    asked = measure_asked(question_words([*tokens[:end], tokens[-1]], 0))
    if asked is not None:
        raise ToolInputError(
            f"the question asks about '{asked}', and none of the figures given measures that (they are amounts of "
            f"money); give the figure that does and ask again"
        )
