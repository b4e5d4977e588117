"""An age from a birth year and another year: "born in 1987, how old am I in 2025?" → 38 (37 before the birthday).

Only years are given, so the answer is the age after that year's birthday, and one less before it; both are
said. Without a second year ("how old am I now") the request needs today's date, which the calculator does not
read, and it is declined.
"""

from __future__ import annotations

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import has_word
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_WORDS = frozenset(
    "if i was were born in how old am will be would is are he she they we you my son daughter the by year "
    "turn age what".split()
)
_YEARS = range(1000, 3001)


def solve_age(tokens: list[Token], start: int) -> Solution | None:
    """The age in a given year of someone born in another; None unless the request is exactly that."""
    if not has_word(tokens, start, "born") or not has_word(tokens, start, "how old", "what age", "age"):
        return None
    born: int | None = None
    year: int | None = None
    for i in range(start, len(tokens) - 1):
        token = tokens[i]
        if token.kind == "number":
            if not numbers.is_integer(token.value) or int(token.value) not in _YEARS:
                return None
            if tokens[i - 1].word == "in" and tokens[i - 2].word == "born" and born is None:
                born = int(token.value)
            elif tokens[i - 1].word in ("in", "by") and year is None:
                year = int(token.value)
            else:
                return None
        elif token.kind != "word" or token.word not in _WORDS:
            if token.text not in (",", "?", "."):
                return None
    if born is None or year is None or year < born:
        return None
    age = year - born
    steps = [f"{year} − {born} = {age}"]
    answer = f"{age} years old after the birthday in {year}" + (f" ({age - 1} before it)" if age else "")
    return Solution(answer, age, "age", f"{year} - {born}", steps, "years")
