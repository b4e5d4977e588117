"""A rate named by what it counts, as a percentage of a counted group: 'Out of 500 chicks, 23 have died. What is
the mortality rate in percent?' → 4.6%; 'I have 1,200 layers and today they produced 948 eggs. What is the laying
percentage?' → 79%.

The rate's name says which of the two counts is the part: its clause says what the rate counts ('died' for a
mortality rate, 'passed' for a pass rate, 'eggs' for a laying rate); the other count is the group. The question is
the rate's name, 'rate' or 'percentage', and nothing else: a rate of something the story does not say ('the
survival rate' of chicks that died), another question, or a part larger than its group is left to be declined.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_COUNTED_BY = {
    "mortality": "died dead die dies lost",
    "death": "died dead die dies lost",
    "survival": "survived survive alive lived",
    "hatch": "hatched hatch",
    "hatching": "hatched hatch",
    "pass": "passed pass",
    "failure": "failed fail",
    "fail": "failed fail",
    "attendance": "attended came present turned",
    "germination": "germinated sprouted",
    "occupancy": "occupied booked let",
    "completion": "completed finished",
    "response": "responded replied answered",
    "laying": "eggs laid produced",
    "conception": "conceived pregnant",
    "cull": "culled",
}
_RATES = frozenset({"rate", "percentage", "percent", "%", "pc"})
_ASKING = frozenset(
    "what what's whats is was the my our their your in as a rate percentage percent % pc please calculate work out "
    "find tell me give of this that today".split()
)
_ENDS = frozenset({".", "!", "?", ";"})


def solve_named_rate(tokens: list[Token], start: int) -> Solution | None:
    """The part of a counted group a named rate counts, as a percentage of the group; None when the request is not
    exactly that."""
    asked = _question(tokens, start)
    if asked is None:
        return None
    first, name = asked
    givens = givens_or_none(tokens, start, 2)
    if givens is None or any(g.quantity.measure is not None or g.quantity.percent for g in givens):
        return None
    if any(g.end > first for g in givens):
        return None  # a figure in the question itself ('the mortality rate over 30 days')
    counted = frozenset(_COUNTED_BY[name].split())
    parts = [g for g in givens if _clause_words(tokens, g) & counted]
    if len(parts) != 1:
        return None
    part = parts[0]
    whole = next(g for g in givens if g is not part)
    if not 0 <= part.quantity.value <= whole.quantity.value or whole.quantity.value <= 0:
        return None
    share = numbers.checked(Fraction(part.quantity.value) / Fraction(whole.quantity.value) * 100)
    shown = numbers.format_number(share)
    step = f"{numbers.format_number(part.quantity.value)} ÷ {numbers.format_number(whole.quantity.value)} × 100"
    return Solution(f"{shown}%", share, f"{name} rate", step, [f"{step} = {shown}%"], "%")


def _question(tokens: list[Token], start: int) -> tuple[int, str] | None:
    """Where the question sentence starts and the rate it names ('the mortality rate in percent', 'laying %');
    None unless its words are only the rate's name and the words asking for it."""
    end = len(tokens) - 1
    while end > start and tokens[end - 1].text in _ENDS:
        end -= 1
    first = end
    while first > start and tokens[first - 1].text not in _ENDS:
        first -= 1
    words = [t.word or t.text for t in tokens[first:end]]
    names = [k for k, w in enumerate(words) if w in _COUNTED_BY and k + 1 < len(words) and words[k + 1] in _RATES]
    if len(names) != 1 or first == start:
        return None
    rest = [w for k, w in enumerate(words) if k != names[0]]
    if any(w not in _ASKING for w in rest):
        return None
    return first, words[names[0]]


def _clause_words(tokens: list[Token], given: Given) -> set[str]:
    """The words from a count to the end of its clause: what it counts and what is said of it ('23 have died',
    '948 eggs')."""
    last = given.end
    while (
        last < len(tokens)
        and tokens[last].text not in _ENDS | _CLAUSE_BREAKS
        and tokens[last].word not in _CLAUSE_BREAKS
    ):
        last += 1
    return {t.word for t in tokens[given.start : last] if t.kind == "word"} | ({given.noun} if given.noun else set())


_CLAUSE_BREAKS = frozenset({",", "and", "but", "while", "whereas"})
