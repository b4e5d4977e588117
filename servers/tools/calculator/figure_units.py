"""The units a figure's size is shown in: its lengths' own to the figure's power ('square meters'), or the unit it
is asked in when that is another: land, capacity, or a square or cube typed with a figure ('in m3').

* "my field is 240 m by 135 m. how many hectares is that" → 3.24 hectares (a hectare is 10,000 m²)
* "a tank 2.5 m long, 1.2 m wide and 0.8 m deep. how many litres does it hold" → 2400 liters

``geometry`` works the area or volume out in the square or cubic unit of the lengths; these say it again in the
unit asked for, with the step that converts it.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.numbers import Real
from servers.tools.calculator.quantities import Measure, lookup, plural
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

# land measured by area, in square metres: a field's size asked in hectares or acres
_LAND = {"hectare": Fraction(10_000), "hectares": Fraction(10_000), "ha": Fraction(10_000),
         "acre": Fraction(40468564224, 10**7), "acres": Fraction(40468564224, 10**7)}  # fmt: skip


def land_asked(tokens: list[Token], start: int) -> tuple[tuple[str, Fraction] | None, list[Token]]:
    """'how many hectares is that', 'in acres': the land unit an area is asked in, and the tokens without it."""
    for k in range(start + 1, len(tokens) - 1):
        if tokens[k].word in _LAND and tokens[k - 1].word in ("many", "in"):
            name = tokens[k].word.removesuffix("s") if tokens[k].word != "ha" else "hectare"
            return (name, _LAND[tokens[k].word]), tokens[:k] + tokens[k + 1 :]
    return None, tokens


def in_land(solution: Solution, unit: Measure, land: tuple[str, Fraction]) -> Solution:
    """An area worked out in square units, said in hectares or acres."""
    assert solution.result is not None
    name, square_metres = land
    amount, factor = solution.result, unit.factor**2 / square_metres
    value = numbers.checked(amount * factor if isinstance(amount, Fraction) else amount * float(factor))
    shown = numbers.format_number(value if isinstance(value, Fraction) else numbers.tidy(value))
    label = name if value == 1 else plural(name)
    solution.steps.append(
        f"{solution.answer} = {shown} {label} (a {name} is {numbers.format_number(square_metres)} m²)"
    )
    solution.answer, solution.result, solution.unit = f"{shown} {label}", value, label
    return solution


def in_capacity(solution: Solution, unit: Measure, capacity: Measure) -> Solution:
    """A volume worked out in cubic units, said in the unit of capacity asked for ('litres', 'gallons')."""
    assert solution.result is not None
    amount, factor, name = solution.result, unit.factor**3 / capacity.factor, capacity.name
    value = numbers.checked(amount * factor if isinstance(amount, Fraction) else amount * float(factor))
    shown = numbers.format_number(value if isinstance(value, Fraction) else numbers.tidy(value))
    label = name if value == 1 else plural(name)
    solution.steps.append(f"{solution.answer} = {shown} {label}")
    solution.answer, solution.result, solution.unit = f"{shown} {label}", value, label
    return solution


def in_square(solution: Solution, unit: Measure, asked: Measure, power: int) -> Solution:
    """An area (``power`` 1) or volume (2) worked out in the square or cubic unit of the lengths, said in the square or
    cubic ``asked`` unit: 'the patio is 18 ft by 12 ft, what's its area in square metres'."""
    assert solution.result is not None
    amount, factor = solution.result, (unit.factor / asked.factor) ** (power + 1)
    value = numbers.checked(amount * factor if isinstance(amount, Fraction) else amount * float(factor))
    shown = numbers.format_number(value if isinstance(value, Fraction) else numbers.tidy(value))
    label = ("square " if power == 1 else "cubic ") + (asked.name if value == 1 else plural(asked.name))
    ratio = numbers.format_number(unit.factor / asked.factor)
    solution.steps.append(f"{solution.answer} = {shown} {label} (1 {unit.name} = {ratio} {plural(asked.name)})")
    solution.answer, solution.result, solution.unit = f"{shown} {label}", value, label
    return solution


_POWERED = {"squared": 1, "cubed": 2}
"""A length's unit with its power after it: the power above a length, as a figure's ``wanted`` units count it."""


def powered_asked(tokens: list[Token], i: int) -> tuple[int, Measure] | None:
    """'in m cubed', 'how many m squared' ('in m3', 'in m²' as read): the power and length unit asked at ``i``."""
    power = _POWERED.get(tokens[i + 1].word)
    own = lookup(tokens[i].text) if tokens[i].kind == "word" and power is not None else None
    if power is None or own is None or own.dimension != "length" or own.per is not None:
        return None
    return (power, own) if tokens[i - 1].word in ("in", "many") else None


def shown_number(value: Fraction) -> str:
    return numbers.format_number(value)


def figure_answer(what: str, shape: str, value: Real, working: str, unit: Measure | None, power: int) -> Solution:
    """A figure's size, labelled with its lengths' unit to the figure's power ('square meters', 'cubic feet')."""
    value = numbers.checked(value)
    shown = numbers.format_number(value if isinstance(value, Fraction) else numbers.tidy(value))
    label = None
    if unit is not None:
        name = unit.name if value == 1 else plural(unit.name)
        label = {1: name, 2: f"square {name}", 3: f"cubic {name}"}[power]
    answer = f"{shown} {label}" if label else shown
    return Solution(answer, value, f"{what} of a {shape}", working, [f"{working} = {answer}"], label)
