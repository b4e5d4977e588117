"""A count raised by a percentage to allow for those who drop out: 'A course has 45 places and we want to over-offer
by 40%. How many offers is that?' → 45 × 140% = 63; 'the flight has 180 seats and they overbook by 5%'.

The request gives one count ('45 places', '180 seats'), one percentage said with an 'over-' verb ('over-offer by
40%', 'overbook by 5%', 'over-order by 10%'), and asks how many. The answer is the count and the percentage of it
more; when that is not a whole number it is said as it is, not rounded by a guess. Any other number or a word that
changes the sum ('less', 'fewer', 'minus', 'each') declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.padding import request_window
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_SPOILERS = frozenset("less fewer minus each per share split between among discount off than already".split())


def solve_over_by(tokens: list[Token], start: int) -> Solution | None:
    """The count raised by the over- percentage; None unless the request is exactly that."""
    window = request_window(tokens, start, 40)  # padded: look ahead without running off the request
    if window is None:
        return None
    tokens, end = window
    if any(t.word in _SPOILERS or t.kind == "currency" for t in tokens[start:end]):
        return None
    rates = [k for k in range(start, end) if tokens[k].kind == "number" and tokens[k + 1].text == "%"]
    counts = [k for k in range(start, end) if tokens[k].kind == "number" and k not in rates]
    if len(rates) != 1 or len(counts) != 1 or tokens[rates[0] - 1].word != "by" or not _over(tokens, rates[0] - 2):
        return None
    words = [t.word for t in tokens[start:end]]
    if not any(words[k] == "how" and words[k + 1] == "many" for k in range(len(words) - 1)):
        return None
    count, rate = Fraction(tokens[counts[0]].value), Fraction(tokens[rates[0]].value) / 100
    if count <= 0 or count.denominator != 1 or tokens[counts[0] + 1].kind != "word" or not 0 < rate <= 1:
        return None
    more = count * rate
    total = numbers.checked(count + more)
    n, p = numbers.format_number(count), numbers.format_number(rate * 100)
    steps = [f"{p}% of {n} = {numbers.format_number(more)}", f"{n} + {numbers.format_number(more)} = "
             f"{numbers.format_number(total)}"]  # fmt: skip
    solution = Solution(numbers.format_number(total), total, "count raised by a percentage", f"{n} * (1 + {p}%)",
                        steps)  # fmt: skip
    if not numbers.is_integer(total):
        solution.notes.append("not a whole number: round it as your policy does")
    return solution


def _over(tokens: list[Token], at: int) -> bool:
    """'over-offer', 'overbook', 'over-order': the verb said before 'by'."""
    here = tokens[at]
    if here.kind == "word" and here.word.startswith("over") and len(here.word) > 5:
        return True
    return here.kind == "word" and here.attached and tokens[at - 1].text == "-" and tokens[at - 2].word == "over"
