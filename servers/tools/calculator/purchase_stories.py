"""A story of purchases, read in the first of its forms that accounts for every number.

- a plain sum of lines ('Sam bought two coffees at 3.20 each and a muffin for 2.75', ``purchases``);
- one amount set aside: excluded, waived, free, paid by someone else, or charged as a limit on the order decides
  ('delivery £3.50 unless the order is over £25', ``set_aside_totals``);
- a price per one thing per another among the lines ('breakfast £10 per person per night for 2 people',
  ``double_rate_lines``).

A plain sum never takes a story of the other two forms (``set_aside``), so the order only says which is tried first.
"""

from __future__ import annotations

from servers.tools.calculator.double_rate_lines import solve_double_rate_line
from servers.tools.calculator.first_then import first_charged
from servers.tools.calculator.purchases import solve_purchase
from servers.tools.calculator.set_aside_totals import solve_set_aside_total
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_FORMS = (solve_purchase, solve_set_aside_total, solve_double_rate_line)


def solve_purchase_story(tokens: list[Token], start: int) -> Solution | None:
    """The amount paid (or each one's share of it) for a story of purchases; None when no form reads it."""
    if first_charged(tokens, start):
        return None  # '£3 for the first hour and £1.50 for each hour after': not a sum of lines (``first_then``)
    for form in _FORMS:
        solution = form(tokens, start)
        if solution is not None:
            return solution
    return None
