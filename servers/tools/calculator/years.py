"""The years between two years: 'How many years before 2026 was 1912?', 'How many years between 1912 and 2026?',
'how many years is it from 1969 to 2025'.

The request must hold exactly two years (whole numbers from 1000 to 3000) and nothing but the words of such a
question, so a story with anything else in it (a month, an age, an amount) is left to the other readers. 'before
2026 was 1912' and 'after 1912 was 2026' say which year comes first; a question that has them the wrong way round
('how many years before 1912 was 2026') declines rather than answering a negative number of years. 'How many years
ago' needs today's date, which the calculator does not read, so it is not answered here.
"""

from __future__ import annotations

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import has_word
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_WORDS = frozenset(
    "work out how many years before after between from to and until till was is were it did pass passed elapsed "
    "are there have has been the what difference in tell me please calculate count number of go went".split()
)
_YEARS = range(1000, 3001)
_ORDERED = frozenset({"before", "after"})


def solve_years_between(tokens: list[Token], start: int) -> Solution | None:
    """The number of years from one year to another; None unless the request is exactly that question."""
    if not has_word(tokens, start, "how many years", "number of years"):
        return None
    years: list[int] = []
    order: str | None = None
    for token in tokens[start:-1]:
        if token.kind == "number":
            if not numbers.is_integer(token.value) or int(token.value) not in _YEARS:
                return None
            years.append(int(token.value))
        elif token.kind == "word" and token.word in _WORDS:
            if token.word in _ORDERED and order is None and not years:
                order = token.word
        elif token.text not in (",", "?", ".", "-", "–"):
            return None
    if len(years) != 2:
        return None
    first, second = years
    if order == "before":  # 'before 2026 was 1912': the second year said is the earlier one
        first, second = second, first
    if order is not None and second < first:
        return None  # 'how many years before 1912 was 2026': the years contradict the question
    earlier, later = sorted((first, second))
    span = later - earlier
    return Solution(
        f"{span} years", span, "years between", f"{later} - {earlier}", [f"{later} − {earlier} = {span}"], "years"
    )
