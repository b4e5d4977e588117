"""A price of one thing below the currency's unit, shown to enough figures to be a price.

'£42 for a box of 500 cups' is £0.084 a cup; shown to the penny it reads £0.08, a twentieth out, and that is what
a buyer would work from. A unit price under one pound, dollar or euro whose value has figures past the cent is
shown to three significant figures ('£0.084 per cup', '$0.416 per can'), with the exact value kept. When the user
asks for a rounding ('to the nearest penny', '2 decimal places') the answer stays as asked.
"""

from __future__ import annotations

import re
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_PRICE_OF_ONE = re.compile(r"^([£$€])0\.\d\d( per \w+(?: \w+)?)$")
_ROUNDING_WORDS = frozenset(
    "nearest round rounded rounding penny pence cent cents decimal decimals dp 2dp 1dp 3dp place places".split()
)


def show_price_of_one(written: list[Token], solution: Solution) -> None:
    """Shows ``solution``'s price of one to three significant figures when the cent would lose them."""
    found = _PRICE_OF_ONE.match(solution.answer)
    value = solution.result
    if found is None or not isinstance(value, Fraction) or not 0 < value < 1 or (value * 100).denominator == 1:
        return
    if any(t.word in _ROUNDING_WORDS for t in written):
        return  # 'to the nearest penny': the cent is what was asked
    zeros = 0
    while value * 10 ** (zeros + 1) < 1:
        zeros += 1
    shown = numbers.round_half_up(value, zeros + 3)
    solution.answer = f"{found.group(1)}{numbers.format_number(shown)}{found.group(2)}"
