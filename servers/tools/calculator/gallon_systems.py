"""A gallon of a real thing, asked in metric with nothing to say whose gallon: declined.

A gallon is 3.785 litres in the US and 4.546 in the UK, and a pint, a quart and a fluid ounce differ as much. A
bare conversion ('2.5 gallons to litres?', 'how many liters is 5 gallons') is answered in US units, as the
calculator says. A thing that holds or uses the amount ('the old boiler manual says the expansion vessel holds 2
gallons, how many litres is that?') was made somewhere, and its gallon is the one of where it was made: the answer
is a fifth out if the wrong one is read. Such a request is answered only when something says which: the unit's
own word ('US gallons', 'imperial'), a place or people ('in the States', 'American'), dollars, or the American
spelling 'liters'. Otherwise it is declined, naming both gallons.
"""

from __future__ import annotations

from servers.tools.calculator.quantities import Measure, lookup
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_BY_SYSTEM = frozenset({"gallon", "pint", "quart", "fluid ounce"})
_METRIC = frozenset({"liter", "milliliter", "centiliter", "deciliter", "cubic meter", "cubic centimeter"})
_US_WORDS = frozenset("usa u.s. u.s.a. america american americans states stateside liters liter".split())
_UK_WORDS = frozenset("uk imperial british britain english england scotland scottish irish".split())
_FRAME = frozenset(
    "how many much is are there in to into a an one what what's whats that this it convert change as equal equals "
    "make makes please pls thanks thank you roughly about approx approximately exactly the of be would just rough "
    "figure estimate ballpark quick quickly answer number".split()
)


def refuse_unsettled_gallon(written: list[Token], solution: Solution) -> None:
    """Raise when ``solution`` reads a gallon, pint, quart or fluid ounce of a thing in metric units (or the
    reverse) with nothing in the request saying whose unit it is."""
    given = {unit for k, t in enumerate(written) if k and written[k - 1].kind == "number" and (unit := _unit(t))}
    units = {unit for t in written if t.kind == "word" and (unit := _unit(t)) is not None}
    if not given & _BY_SYSTEM or not units & _METRIC:
        return  # '3 litres an hour, how many pints': the pint asked is the user's own, as the calculator counts it
    words = {t.word for t in written if t.kind == "word"} | {t.text.lower() for t in written}
    us = any(t.text in ("US", "U.S.") or t.kind == "currency" and t.value == "USD" for t in written)
    if us or words & (_US_WORDS | _UK_WORDS):  # 'US gallons', '$3.89 a gallon'; not 'us', the people
        return
    if not _story(written):
        return  # '2.5 gallons to litres?': a bare conversion, in US units as the calculator says
    named = sorted(given & _BY_SYSTEM)[0]
    raise ToolInputError(
        f"a {named} is a different size in the US and the UK (a gallon is 3.785 or 4.546 litres) and nothing says "
        f"which this is; say 'US {named}s' or 'UK {named}s'"
    )


def _unit(token: Token) -> str | None:
    measure = lookup(token.word, short=False)
    if measure is None or measure.per is not None or measure.dimension != "volume":
        return None
    return measure.name


def _story(written: list[Token]) -> bool:
    """Whether words beyond the conversion itself say what the amount is of."""
    return any(
        t.kind == "word" and t.word.isalpha() and t.word not in _FRAME and lookup(t.word, short=False) is None
        for t in written
    )


def asked_across(written: list[Token], asked: Measure | None, given: list[Measure | None]) -> bool:
    """'64 cows averaging 28 litres a day each. How many gallons ...': a gallon (pint, quart, fluid ounce) asked of
    an amount said in metric units, in a story that does not say whose gallon it is."""
    if asked is None or asked.name not in _BY_SYSTEM:
        return False
    metric = any(m is not None and (m.name in _METRIC or m.per is not None and m.per.name in _METRIC) for m in given)
    words = {t.word for t in written if t.kind == "word"}
    us = any(t.text in ("US", "U.S.") or t.kind == "currency" and t.value == "USD" for t in written)
    return metric and not us and not words & (_US_WORDS | _UK_WORDS) and _story(written)
