"""Quantities of any reckoned kind shown as a person writes them: '£6.50 per jar', '16 packs', '350 kilograms'."""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import AMOUNT, Measure, Quantity, currency, plural, show
from servers.tools.calculator.reckoning.kinds import Kind
from servers.tools.inputs import ToolInputError


def money_measure(base: str) -> Measure:
    """The currency of a money kind ('money GBP' is the pound); money with no currency named is a plain amount."""
    code = base.removeprefix("money").strip()
    if not code:
        return AMOUNT
    try:
        return currency(code)
    except KeyError:
        raise ToolInputError(f"no currency {code}") from None


def shown(value: Fraction, kind: Kind, units: dict[str, Measure]) -> str:
    """``value`` of ``kind`` in words: its one top (money, things, a unit) and what it is per, if anything."""
    tops = [(b, p) for b, p in kind if p > 0]
    bottoms = [(b, -p) for b, p in kind if p < 0]
    if len(tops) > 1 or any(p != 1 for _, p in tops + bottoms):
        return f"{numbers.format_number(value)} ({_plain(kind)})"
    per = "".join(f" per {_name(b, units).replace('people', 'person')}" for b, _ in bottoms)
    value = per_shown(value, kind, units)
    if not tops:
        return numbers.format_number(value) + per
    top = tops[0][0]
    if top.startswith("money"):
        return show(Quantity(value, money_measure(top)), exact=True) + per
    if top in units:
        unit = units[top]
        shown_value = value / unit.factor
        return f"{numbers.format_number(shown_value)} {unit.label(shown_value)}{per}"
    name = _name(top, units)
    return f"{numbers.format_number(value)} {name if value == 1 else _plural(name)}{per}"


def per_shown(value: Fraction, kind: Kind, units: dict[str, Measure]) -> Fraction:
    """A rate kept per base unit (per kilogram, per metre) as it is per the unit given (per gram, per mile)."""
    for b, p in kind:
        if p < 0 and b in units:
            value = value * units[b].factor
    return value


def _name(base: str, units: dict[str, Measure]) -> str:
    if base in units:
        return units[base].name
    return base.split(" ", 1)[1] if " " in base else base


_SAME_PLURAL = frozenset("people sheep fish deer series species aircraft".split())


_F_PLURALS = {"loaf": "loaves", "shelf": "shelves", "leaf": "leaves", "knife": "knives", "half": "halves",
              "calf": "calves", "wolf": "wolves", "scarf": "scarves", "wife": "wives", "thief": "thieves"}  # fmt: skip


def _plural(name: str) -> str:
    return name if name in _SAME_PLURAL else _F_PLURALS.get(name) or plural(name)


def _plain(kind: Kind) -> str:
    return " ".join(f"{b}^{p}" for b, p in kind)
