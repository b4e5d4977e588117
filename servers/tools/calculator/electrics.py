"""Power, voltage and current, by power = voltage × current: '2.4kW heater on a 230V supply, how many amps does it
draw?' → 10.43 A; '13 A at 230 V, how many watts?' → 2,990 W.

Exactly two numbers, each with its electrical unit (watts or kilowatts, volts, amps), and a question for the third
('how many amps', 'what current', 'how many watts', 'what power', 'what voltage'). A number of anything else (hours,
money, a count of heaters) or a question about energy or cost declines the reading: the formula says nothing of
them.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.numbers import Real
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_UNITS = {
    "w": ("power", Fraction(1)), "watt": ("power", Fraction(1)), "watts": ("power", Fraction(1)),
    "kw": ("power", Fraction(1000)), "kilowatt": ("power", Fraction(1000)), "kilowatts": ("power", Fraction(1000)),
    "v": ("voltage", Fraction(1)), "volt": ("voltage", Fraction(1)), "volts": ("voltage", Fraction(1)),
    "amp": ("current", Fraction(1)), "amps": ("current", Fraction(1)), "ampere": ("current", Fraction(1)),
    "amperes": ("current", Fraction(1)), "a": ("current", Fraction(1)),
}  # fmt: skip
_ASKED = {
    "amps": "current", "amp": "current", "current": "current", "amperes": "current", "watts": "power",
    "power": "power", "wattage": "power", "kilowatts": "power", "volts": "voltage", "voltage": "voltage",
}  # fmt: skip
_SHOWN = {"current": "A", "power": "W", "voltage": "V"}
_SPOILERS = frozenset(
    "hour hours minute minutes kwh cost costs price per each energy unit units bill day days week month year both "
    "pair twin double twice all total together combined".split()
)


def solve_electrics(tokens: list[Token], start: int) -> Solution | None:
    """The third of power, voltage and current from the other two; None when the request is not that."""
    if any(t.word in _SPOILERS or t.kind == "currency" for t in tokens[start:]):
        return None
    given: dict[str, Fraction] = {}
    for k in range(start, len(tokens) - 1):
        if tokens[k].kind != "number":
            continue
        kind = _kind(tokens[k + 1])
        if kind is None or kind in given:
            return None
        given[kind] = Fraction(tokens[k].value) * _UNITS[tokens[k + 1].word][1]
    first = question_start(tokens, start)
    asked = {  # a unit right after its number is a given's, not the one asked ('a 1500 watt hairdryer')
        _ASKED[t.word]
        for k, t in enumerate(tokens[first:], first)
        if t.word in _ASKED and tokens[k - 1].kind != "number"
    }
    if len(given) != 2 or len(asked) != 1 or asked & given.keys():
        return None
    wanted = asked.pop()
    if wanted == "power":
        value = given["voltage"] * given["current"]
        working = f"{_shown(given['voltage'], 'voltage')} × {_shown(given['current'], 'current')}"
    elif 0 in given.values():
        return None
    else:
        other = "current" if wanted == "voltage" else "voltage"
        value = given["power"] / given[other]
        working = f"{_shown(given['power'], 'power')} ÷ {_shown(given[other], other)}"
    value = numbers.checked(value)
    answer = _shown(value, wanted)
    solution = Solution(answer, value, "electrical power", working, [f"{working} = {answer}"], _SHOWN[wanted])
    solution.notes.append("power = voltage × current (watts = volts × amps)")
    return solution


def _kind(unit: Token) -> str | None:
    """The electrical quantity a unit after a number names; 'A' only written as a symbol ('13A', '13 A')."""
    if unit.kind != "word" or unit.word not in _UNITS:
        return None
    if unit.word == "a" and unit.text != "A":
        return None  # '5 a day' is not five amps
    return _UNITS[unit.word][0]


def _shown(value: Real, kind: str) -> str:
    return f"{numbers.format_number(numbers.round_half_up(value, 2))} {_SHOWN[kind]}"
