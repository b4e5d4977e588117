"""Pressure and torque converted between the units a workshop uses: 'tyre pressure is 110 psi, what's that in bar?'
→ 110 × 0.0689476 = 7.584 bar; 'torque spec says 450 N·m, what's that in ft-lb' → 450 ÷ 1.35582 = 331.9 ft-lb.

These units are read here and nowhere else: 'bar', 'Pa' and 'atm' are words and names too ('3 bars of soap'), so
they are units only in a request that converts one pressure or torque into another unit of the same kind. The
request holds exactly one number, right before a pressure or torque unit ('110 psi', '450 N·m', '450 Nm'), and
names one other unit of that kind after 'in', 'to' or 'into' ('in bar', 'to ft-lb'). Any other number, a second
amount or a unit of another kind declines. Factors are exact where defined (1 psi = 6,894.757293168 Pa, 1 bar =
100,000 Pa, 1 ft·lbf = 1.3558179483314004 N·m); answers are given to four significant places beyond the point.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_PSI = Fraction("6894.757293168361")  # a pound-force per square inch in pascals (0.45359237 kg × g ÷ 0.0254² m²)
_FOOT_POUND = Fraction("1.3558179483314004")  # a foot-pound-force in newton metres
_UNITS: dict[str, tuple[str, str, Fraction]] = {
    # written form (lowercase, joined) → name, kind, factor to the kind's base unit (pascal, newton metre)
    "psi": ("psi", "pressure", _PSI),
    "bar": ("bar", "pressure", Fraction(100_000)),
    "bars": ("bar", "pressure", Fraction(100_000)),
    "mbar": ("millibar", "pressure", Fraction(100)),
    "millibar": ("millibar", "pressure", Fraction(100)),
    "kpa": ("kPa", "pressure", Fraction(1000)),
    "pa": ("Pa", "pressure", Fraction(1)),
    "pascal": ("Pa", "pressure", Fraction(1)),
    "pascals": ("Pa", "pressure", Fraction(1)),
    "atm": ("atm", "pressure", Fraction(101_325)),
    "atmosphere": ("atm", "pressure", Fraction(101_325)),
    "atmospheres": ("atm", "pressure", Fraction(101_325)),
    "nm": ("N·m", "torque", Fraction(1)),
    "n*m": ("N·m", "torque", Fraction(1)),
    "n.m": ("N·m", "torque", Fraction(1)),
    "newton-metres": ("N·m", "torque", Fraction(1)),
    "newton-meters": ("N·m", "torque", Fraction(1)),
    "ft-lb": ("ft-lb", "torque", _FOOT_POUND),
    "ft-lbs": ("ft-lb", "torque", _FOOT_POUND),
    "lb-ft": ("ft-lb", "torque", _FOOT_POUND),
    "lbf-ft": ("ft-lb", "torque", _FOOT_POUND),
    "ft-lbf": ("ft-lb", "torque", _FOOT_POUND),
    "foot-pounds": ("ft-lb", "torque", _FOOT_POUND),
    "foot-pound": ("ft-lb", "torque", _FOOT_POUND),
    "pound-feet": ("ft-lb", "torque", _FOOT_POUND),
    "in-lb": ("in-lb", "torque", _FOOT_POUND / 12),
    "in-lbs": ("in-lb", "torque", _FOOT_POUND / 12),
    "lb-in": ("in-lb", "torque", _FOOT_POUND / 12),
}
_INTO = frozenset("in into to".split())
_NUMBERED = frozenset("number date ordinal currency clock".split())


def solve_trade_units(tokens: list[Token], start: int) -> Solution | None:
    """One pressure or torque in another unit of its kind; None unless the request is exactly that."""
    numbers_at = [i for i in range(start, len(tokens)) if tokens[i].kind in _NUMBERED]
    if len(numbers_at) != 1 or tokens[numbers_at[0]].kind != "number":
        return None
    at = numbers_at[0]
    source = _unit_at(tokens, at + 1)
    if source is None:
        return None
    (name, kind, factor), after = source
    targets: list[tuple[str, str, Fraction]] = []
    for i in range(start, len(tokens) - 1):
        if tokens[i].word in _INTO and i >= after or tokens[i].word == "many" and i < at:  # 'how many psi is 2 bar
            found = _unit_at(tokens, i + 1)
            if found is not None:
                targets.append(found[0])
    if len(targets) != 1 or targets[0][1] != kind or targets[0][0] == name:
        return None
    target, _, target_factor = targets[0]
    value = Fraction(tokens[at].value)
    result = value * factor / target_factor
    shown = numbers.format_number(numbers.round_half_up(result, 4))
    ratio = numbers.format_number(numbers.round_half_up(factor / target_factor, 6))
    step = f"{numbers.format_number(value)} {name} × {ratio} = {shown} {target}"
    solution = Solution(f"{shown} {target}", numbers.round_half_up(result, 4), f"{kind} conversion",
                        f"{numbers.format_number(value)} {name} in {target}", [step], unit=target)  # fmt: skip
    solution.notes.append(f"1 {name} = {ratio} {target}; the answer is rounded to 4 decimal places")
    return solution


def _unit_at(tokens: list[Token], i: int) -> tuple[tuple[str, str, Fraction], int] | None:
    """The unit written at ``i`` ('psi', 'N·m' as 'N' '*' 'm', 'ft-lb', 'newton metres'), and the index after."""
    for width in (3, 2, 1):
        parts = tokens[i : i + width]
        if len(parts) < width or any(t.kind not in ("word", "symbol") for t in parts):
            continue
        if width > 1 and any(t.attached is False for t in parts[1:]) and parts[0].word != "newton":
            continue
        text = (
            "".join(t.text.lower() for t in parts)
            if parts[0].word != "newton"
            else "-".join(t.text.lower() for t in parts)
        )
        if text in _UNITS:
            return _UNITS[text], i + width
    return None
