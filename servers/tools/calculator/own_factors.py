"""A conversion by the factor the user gives: 'customer wants 25 lb of spuds in kg, 1 lb = 0.4536 kg' is 11.34 kg,
'75 m, how many feet is that? 1 m = 3.28084 ft, 1 dp pls' is 246.1 ft.

A factor said with a conversion that is the calculator's own rounded ('1 lb = 0.4536 kg' of 0.45359237) is how the
user wants it converted: the request is read without it, and when that reading is a conversion between the
factor's two units, its answer is worked again by the factor given. Only a factor written to four figures or more
and within one part in a hundred of the true one is such a rounding; a rough one ('1 mile = 1.6 km'), another
convention (1 GB = 1,024 MB), a temperature, or a reading that is more than the one conversion keeps the request as
it was, and it declines as before.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from servers.tools.calculator.quantities import Measure, Quantity, is_money, lookup, plural, show
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stated_factors import CLOSES, EQUALS
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_BEFORE = frozenset(
    {"using", "with", "assuming", "taking", "where", "if", "take", "use", "(", ".", "?", "!", ",", ";", ":"}
)
_ROUNDED = Fraction(1, 100)
_JOINS = frozenset({",", ";", ":", "("})
_FIGURES = 4


def with_own_factor(text: str, tokens: list[Token], solve: Callable[[str], Solution]) -> Solution | None:
    """The conversion asked, worked by the user's own rounded factor, or None when the request is not one."""
    found = _factor(tokens)
    if found is None:
        return None
    begin, end, source, target, stated = found
    rest = text[: tokens[begin].start].rstrip() + text[tokens[end].start :] if begin else text[tokens[end].start :]
    try:
        solution = solve(rest)
    except ToolInputError:
        return None
    asked = lookup(solution.unit or "", short=False)
    if solution.problem != "unit conversion" or not isinstance(solution.result, Fraction) or asked is None:
        return None
    if not (
        asked == target
        and _names(solution.expression, source)
        or asked == source
        and _names(solution.expression, target)
    ):
        return None
    source_value = _source_value(solution.expression)
    if source_value is None:
        return None
    value = source_value * (stated if asked == target else 1 / stated)
    first = tokens[begin + (tokens[begin].kind != "number")]
    said = text[first.start : tokens[end - 1].start + len(tokens[end - 1].text)]
    solution.answer = show(Quantity(value, asked))
    solution.result = value
    solution.exact = None
    solution.steps.append(f"by the factor given ({said}): {show(Quantity(value, asked), exact=True)}")
    solution.notes = [note for note in solution.notes if "rounded" not in note]  # shown again as the request asks
    solution.notes.append(f"converted by the factor given, {said}")
    return solution


def _factor(tokens: list[Token]) -> tuple[int, int, Measure, Measure, Fraction] | None:
    """Where '1 lb = 0.4536 kg' opens (with the word or mark before it) and ends, its two units, and the amount of
    the second in one of the first, when it is the calculator's own factor rounded."""
    for at in range(len(tokens) - 5):
        if (
            tokens[at].kind != "number"
            or at
            and tokens[at - 1].word not in _BEFORE
            and tokens[at - 1].text not in _BEFORE
        ):
            continue
        equals = tokens[at + 2].text if tokens[at + 2].kind == "symbol" else tokens[at + 2].word
        if equals not in EQUALS or tokens[at + 3].kind != "number":
            continue
        source, target = _unit(tokens[at + 1]), _unit(tokens[at + 4])
        if source is None or target is None or source.dimension != target.dimension or tokens[at].value == 0:
            continue
        if source.dimension == "temperature" or source == target:
            return None
        if _figures(tokens[at + 3].text) < _FIGURES:
            return None  # '1 mile = 1.6 km': a rough convention of its own, not the factor rounded
        stated = Fraction(tokens[at + 3].value) / Fraction(tokens[at].value)
        true = source.factor / target.factor
        if stated == true or abs(stated / true - 1) > _ROUNDED:
            return None  # the calculator's own factor ('stated_factors'), or another convention
        end = at + 5
        if tokens[end].kind != "end" and tokens[end].text not in CLOSES:
            return None
        joined = at and (tokens[at - 1].kind == "word" or tokens[at - 1].text in _JOINS)
        begin = at - 1 if joined else at  # 'using', ', 1 lb = ...': a question mark before it stays the question's
        if tokens[end].text in (".", "!") and (begin == 0 or tokens[begin - 1].text in (".", "?", "!")):
            end += 1  # 'Take 1 lb = 0.4536 kg.': a sentence of its own goes with its stop
        return begin, end, source, target, stated
    return None


def trusted(stated: Fraction, written: str, source: Measure, target: Measure) -> bool:
    """Whether a factor the user states between two units the calculator knows ('1 inch is 2.54 cm', '1 hectare is
    2.471 acres') is the true one, or it rounded to four figures or more; a rough one ('1 mile = 1.6 km') is a
    convention of the user's own, which the calculator does not guess at."""
    true = Fraction(source.factor) / Fraction(target.factor)
    return stated == true or _figures(written) >= _FIGURES and abs(stated / true - 1) <= _ROUNDED


def _unit(token: Token) -> Measure | None:
    if token.kind != "word":
        return None
    measure = lookup(token.text)
    return None if measure is None or is_money(measure) or measure.per is not None else measure


def _names(expression: str, measure: Measure) -> bool:
    """Whether the reading converted from ``measure`` ('25 pounds in kilograms')."""
    words = expression.split(" in ")[0].split()
    return measure.name in words or plural(measure.name) in words or measure.label(Fraction(1)) in words


def _source_value(expression: str) -> Fraction | None:
    """The amount converted, as the reading said it ('1,800 pounds in kilograms'): the factor given works on it."""
    first = expression.split(" ", 1)[0].replace(",", "")
    try:
        return Fraction(first)
    except ValueError:
        return None


def _figures(number: str) -> int:
    """The significant figures a factor is written to: 4 of '0.4536', 6 of '3.28084', 2 of '1.6'."""
    digits = number.replace(",", "").replace(".", "").lstrip("0")
    return len(digits)
