"""Quantities: a number with what it counts (a unit, a currency, a rate) or marked as a percentage.

Units ride along with the arithmetic the way a person expects: ``$5 + 3`` is ``$8``, ``3 km + 500 m`` is
``3.5 km``, ``150 miles / 3 hours`` is ``50 miles per hour`` and ``60 mph * 2 hours`` is ``120 miles``. What has no
plain meaning (``3 kg + 2 km``, dollars plus euros without an exchange rate, ``5 km`` squared) is refused with a
message rather than given a number with the unit dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import TypeGuard

from servers.tools.calculator import currencies, numbers, units
from servers.tools.calculator.numbers import Real, checked
from servers.tools.inputs import ToolInputError


@dataclass(frozen=True, slots=True)
class Measure:
    """What a number counts. ``factor`` takes it to its dimension's base unit; ``per`` makes it a rate."""

    name: str
    dimension: str
    factor: Fraction = Fraction(1)
    symbol: str = ""  # a currency's sign, written before the number (after it when it opens with a space)
    per: Measure | None = None

    @property
    def key(self) -> str:
        return self.dimension if self.per is None else f"{self.dimension} per {self.per.dimension}"

    def label(self, value: Real | None = None) -> str:
        """The unit as written after a number: 'miles', 'mile', '°C', 'kilometers per hour'."""
        singular = value is not None and abs(value) == 1
        own = self.name if singular else plural(self.name)
        return own if self.per is None else f"{own} per {self.per.name}"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number and what it counts; ``percent`` marks a percentage, whose ``value`` is the fraction (15% -> 3/20)."""

    value: Real
    measure: Measure | None = None
    percent: bool = False


_IRREGULAR = {
    "foot": "feet", "inch": "inches", "celsius": "°C", "fahrenheit": "°F", "kelvin": "K", "person": "people",
    "sheep": "sheep", "deer": "deer", "fish": "fish", "cattle": "cattle", "species": "species",
    "man": "men", "woman": "women", "child": "children", "men": "men", "women": "women", "children": "children",
} | currencies.PLURALS  # fmt: skip
_SUBUNITS = {"cent": ("USD", ("cent", "cents")), "penny": ("GBP", ("pence", "penny", "pennies"))}
_NOT_UNITS = frozenset({"a", "an", "at", "as", "in", "is", "it", "e", "x", "i", "of", "on", "or", "to", "by", "has"})
SPEEDS = {"mph": ("mile", "hour"), "kph": ("kilometer", "hour"), "kmh": ("kilometer", "hour")} | {
    "mpg": ("mile", "gallon"), "kpl": ("kilometer", "liter"), "knot": ("nautical mile", "hour"),
    "knots": ("nautical mile", "hour"), "kts": ("nautical mile", "hour"),
    "gph": ("gallon", "hour"),
}  # rates written as one word: speeds (a knot is a nautical mile an hour) and fuel economy  # fmt: skip


def plural(name: str) -> str:
    if name in _IRREGULAR:
        return _IRREGULAR[name]
    if name in _VES_PLURALS:
        return _VES_PLURALS[name]  # 'loaves', not 'loafs'
    if name.endswith("wife"):
        return name[:-2] + "ves"  # 'midwives'
    if name.endswith("s") and not name.endswith(("ss", "us")):
        return name
    if name.endswith(("ch", "sh", "x", "z", "ss", "us")):
        return name + "es"  # 'boxes', 'peaches'
    if len(name) > 2 and name.endswith("y") and name[-2] not in "aeiou":
        return name[:-1] + "ies"  # 'candies', but 'days'
    return name + "s"


_F_PLURALS = {"knives": "knife", "halves": "half", "shelves": "shelf", "loaves": "loaf", "calves": "calf",
               "wolves": "wolf", "thieves": "thief", "scarves": "scarf", "hooves": "hoof"}  # fmt: skip
"""Nouns in -f or -fe whose plural is in -ves: 'shelves' is more than one 'shelf', not 'shelve'."""
_VES_PLURALS = {one: many for many, one in _F_PLURALS.items()}


def singular(word: str) -> str:
    """A counted noun as one of it, so 'boxes' in the question is the 'box' of the givens: the inverse of plural."""
    if word in _F_PLURALS:
        return _F_PLURALS[word]
    if len(word) > 5 and word.endswith("wives"):
        return word[:-3] + "fe"  # 'midwives', 'housewives'
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    if len(word) > 4 and word.endswith("uses") and word[-5] not in "aeiou":
        return word[:-2]  # 'buses', 'campuses'; but 'houses'

    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def currency(code: str) -> Measure:
    """The money a currency code names ('KZT', or a money kind such as 'PESO'); a KeyError for any other code."""
    known = currencies.BY_CODE[code]
    return Measure(known.name, f"money {code}", Fraction(1), known.symbol)


_CURRENCY_WORDS = {word: currency(code) for word, code in currencies.WORDS.items()}
for _name, (_code, _words) in _SUBUNITS.items():
    for _word in _words:
        _CURRENCY_WORDS[_word] = Measure(_name, f"money {_code}", Fraction(1, 100))


def from_unit(unit: units.Unit) -> Measure:
    return Measure(unit.name, unit.dimension, Fraction(repr(unit.factor)))


def lookup(phrase: str, *, short: bool = True) -> Measure | None:
    """The measure a word or two names ('km', 'degrees Fahrenheit', 'dollars', 'mph'), or None.

    ``short`` allows one-letter symbols ('m', 's', 'h'), which only make sense right after a number.
    """
    word = phrase.lower()
    if " " in word and any(part in _NOT_UNITS for part in word.split()):
        return None
    if word in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[word]
    if word in SPEEDS:
        top, bottom = SPEEDS[word]
        return rate(from_unit(units.find_unit(top)), from_unit(units.find_unit(bottom)))
    if word in _NOT_UNITS or (len(word) == 1 and not short):
        return None
    try:
        return from_unit(units.find_unit(phrase))
    except ToolInputError:
        return None


def known(name: str) -> Measure:
    """A measure the calculator itself names ('minute', 'hour', 'day'): unlike ``lookup``, never None."""
    measure = lookup(name)
    if measure is None:
        raise LookupError(f"no measure is named {name!r}")
    return measure


def rate(top: Measure, bottom: Measure) -> Measure:
    return Measure(top.name, top.dimension, top.factor / bottom.factor, top.symbol, bottom)


def convert(value: Real, source: Measure, target: Measure) -> Real:
    """``value`` in ``source`` expressed in ``target``; a ToolInputError when they measure different things."""
    if source.key != target.key:
        raise ToolInputError(f"cannot convert {describe(source)} to {describe(target)}")
    if source.dimension == "temperature":
        return _temperature(value, source.name, target.name)
    if source == target:
        return value
    return (
        checked(value * source.factor / target.factor)
        if isinstance(value, Fraction)
        else value * float(source.factor / target.factor)
    )


def _temperature(value: Real, source: str, target: str) -> Real:
    offsets = {"celsius": (Fraction(1), Fraction(27315, 100)), "kelvin": (Fraction(1), Fraction(0))}
    offsets["fahrenheit"] = (Fraction(5, 9), Fraction(27315, 100) - Fraction(160, 9))
    scale, offset = offsets[source]
    kelvin = value * scale + offset
    if kelvin < 0:
        raise ToolInputError("that temperature is below absolute zero")
    scale, offset = offsets[target]
    return (kelvin - offset) / scale


def describe(measure: Measure) -> str:
    if measure.dimension.startswith("money"):
        return f"{plural(measure.name)} ({measure.dimension.removeprefix('money ')})"
    return f"{measure.key} ({measure.label()})"


def add(a: Quantity, b: Quantity, sign: int = 1) -> Quantity:
    """``a + b`` (or ``a - b`` when ``sign`` is -1), with ``b`` converted into ``a``'s unit when they differ."""
    if a.percent and b.percent:
        return Quantity(checked(a.value + sign * b.value), percent=True)
    measure = a.measure or b.measure
    right = b.value
    if a.measure and b.measure and a.measure != b.measure:
        if a.measure.dimension == "temperature":
            raise ToolInputError("add or subtract temperatures in one scale (convert one of them first)")
        if a.measure.key != b.measure.key and a.measure.dimension.startswith("money"):
            raise ToolInputError("I have no exchange rates offline, so I can't combine different currencies")
        right = convert(b.value, b.measure, a.measure)
    return Quantity(checked(a.value + sign * right), measure)


def multiply(a: Quantity, b: Quantity) -> Quantity:
    if a.measure and b.measure:
        first, second = (a.value, a.measure), (b.value, b.measure)
        (value, rated), (other_value, other) = (first, second) if a.measure.per else (second, first)
        if rated.per and other.per is None and rated.per.dimension == other.dimension:
            amount = convert(other_value, other, rated.per)
            base = Measure(rated.name, rated.dimension, Fraction(1), rated.symbol)
            return Quantity(checked(value * amount), _own_unit(rated, base))
        raise ToolInputError(f"I can't multiply {a.measure.label()} by {b.measure.label()} offline")
    return Quantity(checked(a.value * b.value), a.measure or b.measure)


def _own_unit(rate_measure: Measure, fallback: Measure) -> Measure:
    found = lookup(rate_measure.name)
    return found if found and found.dimension == rate_measure.dimension else fallback


def divide(a: Quantity, b: Quantity) -> Quantity:
    if b.value == 0:
        raise ToolInputError("division by zero is undefined")
    if b.measure is None:
        return Quantity(checked(a.value / b.value), a.measure, a.percent and not b.percent)
    if a.measure is None:
        raise ToolInputError(f"I can't divide a plain number by {b.measure.label()}")
    if a.measure.key == b.measure.key:
        return Quantity(checked(a.value / convert(b.value, b.measure, a.measure)))
    if b.measure.per is not None and b.measure.dimension == a.measure.dimension and a.measure.per is None:
        amount = convert(a.value, a.measure, Measure(b.measure.name, b.measure.dimension, _top_factor(b.measure)))
        return Quantity(checked(amount / b.value), b.measure.per)
    if a.measure.per is None and b.measure.per is None:
        return Quantity(checked(a.value / b.value), rate(a.measure, b.measure))
    raise ToolInputError(f"I can't divide {a.measure.label()} by {b.measure.label()} offline")


def _top_factor(rate_measure: Measure) -> Fraction:
    assert rate_measure.per is not None
    return rate_measure.factor * rate_measure.per.factor


def scaled(a: Quantity, factor: Real) -> Quantity:
    """``a`` times a plain factor, keeping its unit."""
    return Quantity(checked(a.value * factor), a.measure, a.percent)


def is_money(measure: Measure | None) -> TypeGuard[Measure]:
    return measure is not None and measure.dimension.startswith("money")


AMOUNT = Measure("amount", "money", Fraction(1))
"""Money with no currency named: a bill of 86.40 is still shown to the cent."""


def show(q: Quantity, *, exact: bool = False) -> str:
    """A quantity as a person writes it: '$25.49' (money to the cent unless ``exact``), '42.16 kilometers', '15%'."""
    if q.percent:
        return percent_shown(q.value * 100, exact=exact)
    if q.measure is None:
        return numbers.format_number(q.value)
    if is_money(q.measure):
        whole_cents = isinstance(q.value, Fraction) and (q.value * 100).denominator == 1
        if exact and not whole_cents:
            text = f"{'-' if q.value < 0 else ''}{marked(numbers.format_number(abs(q.value)), q.measure.symbol)}"
        else:
            text = money(q.value, q.measure.symbol)
        if q.measure.symbol or q.measure is AMOUNT:
            return text if q.measure.per is None else f"{text} per {q.measure.per.name}"
        return f"{text} {q.measure.label(q.value)}"
    value = q.value if exact else _sensibly_rounded(q.value)
    return f"{numbers.format_number(value)} {q.measure.label(value)}"


def percent_shown(value: Real, *, exact: bool = False) -> str:
    """A percentage as a person writes it: '84.44%' of 84.444…%, to the figures a measure is shown to."""
    return f"{numbers.format_number(value if exact else _sensibly_rounded(value))}%"


def _sensibly_rounded(value: Real) -> Real:
    """A measure with no finite decimal ('50.6666666667 minutes') as a person writes it: to four significant figures
    and at least two decimals ('50.67 minutes', '0.2857 liters'), as converted measures are shown."""
    if not isinstance(value, Fraction) or numbers.terminates(value):
        return value
    whole_digits = len(str(abs(value.numerator) // value.denominator)) if abs(value) >= 1 else -_zeros(value)
    return numbers.round_half_up(value, max(4 - whole_digits, 2))


def _zeros(value: Fraction) -> int:
    """The zeros after the decimal point before the first figure of a fraction below one: 0.0417 has one."""
    zeros = 0
    while abs(value) * 10 ** (zeros + 1) < 1:
        zeros += 1
    return zeros


def money(value: Real, symbol: str) -> str:
    """An amount of money rounded to the cent (halves up), with thousands separators: '$1,234.50'."""
    cents = numbers.round_half_up(value, 2)
    text = numbers.fixed(abs(cents), 2)
    whole, _, frac = text.partition(".")
    return f"{'-' if cents < 0 else ''}{marked(f'{int(whole):,}.{frac}', symbol)}"


def marked(figure: str, symbol: str) -> str:
    """A figure with its currency's symbol: before it ('£25.49', 'NZD 25.49'), or after it for money shown by its
    word ('25.49 pesos')."""
    return f"{figure}{symbol}" if symbol.startswith(" ") else f"{symbol}{figure}"
