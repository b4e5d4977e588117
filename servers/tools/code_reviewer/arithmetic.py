"""Formulas that compute something other than what their own names say.

- ``power-precedence``: ``2 ** semitones / 12`` raises 2 to ``semitones`` and then divides by 12, because ``**``
  binds tighter than ``/`` and ``*``; a literal base raised to a name and then divided by a literal is almost
  always an exponent meant to be a fraction (``2 ** (semitones / 12)``, ``10 ** (db / 20)``).
- ``unit-factor``: ``weight_g * per_kg / 100`` multiplies a quantity named in one unit by a rate per another and
  divides by a factor that is not the one between them (grams to kilograms is 1000): the result is off by the
  ratio of the two factors. Only names that say their unit (``_g``, ``_ml``, ``_cm``, ``minutes``) and a rate
  that says its unit after ``per`` (``per_kg``, ``price_per_litre``) are read, so nothing is guessed.
"""

from __future__ import annotations

import ast
import re

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding

# Each unit's name in code, and the unit it is counted in with how many of it make one of that.
_UNITS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("g", "gram", "grams", "gm", "gms"), ("grams", "g")),
    **dict.fromkeys(("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms"), ("kilograms", "kg")),
    **dict.fromkeys(("mg", "milligram", "milligrams"), ("milligrams", "mg")),
    **dict.fromkeys(("ml", "millilitre", "millilitres", "milliliter", "milliliters"), ("millilitres", "ml")),
    **dict.fromkeys(("l", "litre", "litres", "liter", "liters", "ltr"), ("litres", "l")),
    **dict.fromkeys(("mm", "millimetre", "millimetres", "millimeter", "millimeters"), ("millimetres", "mm")),
    **dict.fromkeys(("cm", "centimetre", "centimetres", "centimeter", "centimeters"), ("centimetres", "cm")),
    **dict.fromkeys(("m", "metre", "metres", "meter", "meters"), ("metres", "m")),
    **dict.fromkeys(("km", "kilometre", "kilometres", "kilometer", "kilometers"), ("kilometres", "km")),
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds"), ("seconds", "s")),
    **dict.fromkeys(("min", "mins", "minute", "minutes"), ("minutes", "min")),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), ("hours", "h")),
}
# How many of the first unit make one of the second.
_FACTORS: dict[tuple[str, str], int] = {
    ("g", "kg"): 1000,
    ("mg", "g"): 1000,
    ("mg", "kg"): 1_000_000,
    ("ml", "l"): 1000,
    ("mm", "m"): 1000,
    ("mm", "cm"): 10,
    ("cm", "m"): 100,
    ("m", "km"): 1000,
    ("cm", "km"): 100_000,
    ("s", "min"): 60,
    ("min", "h"): 60,
    ("s", "h"): 3600,
}
_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _words(name: str) -> list[str]:
    return [w.lower() for w in _PARTS.findall(name)]


def _unit_of(name: str) -> str | None:
    """The unit a quantity's name ends with ("weight_g", "lengthCm", "minutes"), not a rate's ("per_kg")."""
    words = _words(name)
    if not words or "per" in words:
        return None
    unit = _UNITS.get(words[-1])
    # a bare one-letter name ("g", "m") says no unit: it is a variable's name
    return unit[1] if unit is not None and (len(words) > 1 or len(words[-1]) > 1) else None


def _rate_unit(name: str) -> str | None:
    """The unit a rate is per ("per_kg", "price_per_litre", "perKg"), or None."""
    words = _words(name)
    if "per" not in words[:-1]:
        return None
    unit = _UNITS.get(words[words.index("per") + 1])
    return unit[1] if unit is not None else None


def _factors(node: ast.AST) -> list[ast.AST]:
    """The operands of a product, in order (``a * b * c``)."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        return [*_factors(node.left), *_factors(node.right)]
    return [node]


def _literal(node: ast.AST) -> float | None:
    value = node.value if isinstance(node, ast.Constant) else None
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _names(nodes: list[ast.AST]) -> list[str]:
    found: list[str] = []
    for node in nodes:
        if isinstance(node, ast.Name):
            found.append(node.id)
        elif isinstance(node, ast.Attribute):
            found.append(node.attr)
    return found


def formulas(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for node in code.nodes(ast.BinOp):
        if not isinstance(node.op, ast.Div):
            continue
        divisor = _literal(node.right)
        if divisor is None or divisor in (0, 1):
            continue
        operands = _factors(node.left)
        last = operands[-1]
        if (
            isinstance(last, ast.BinOp)
            and isinstance(last.op, ast.Pow)
            and _literal(last.left) is not None
            and _literal(last.right) is None
        ):
            power, exponent, by = ast.unparse(last), ast.unparse(last.right), ast.unparse(node.right)
            base = ast.unparse(last.left)
            findings.append(
                finding(
                    node,
                    "power-precedence",
                    f"'{power} / {by}' raises {base} to {exponent} and then divides by {by}: ** binds tighter than /"
                    f" (operator precedence), so the exponent is not {exponent} / {by}",
                    f"if the exponent is meant to be {exponent} / {by}, put it in brackets: "
                    f"{base} ** ({exponent} / {by})",
                )
            )
            continue
        names = _names(operands)
        quantities = [(n, u) for n in names if (u := _unit_of(n))]
        rates = [(n, u) for n in names if (u := _rate_unit(n))]
        if len(quantities) != 1 or len(rates) != 1:
            continue
        (quantity, unit), (rate, per) = quantities[0], rates[0]
        factor = _FACTORS.get((unit, per))
        if factor is None or factor == divisor:
            continue
        said = f"{factor:,}".replace(",", "")
        findings.append(
            finding(
                node,
                "unit-factor",
                f"{quantity} is in {_UNITS[unit][0]} and {rate} is per {_UNITS[per][0][:-1]}, so the "
                f"{_UNITS[unit][0]} must be divided by {said} ({said} {_UNITS[unit][0]} make one "
                f"{_UNITS[per][0][:-1]}), not by {ast.unparse(node.right)}: the result is off by a factor of "
                f"{factor / divisor:g}",
                f"divide by {said}",
            )
        )
    return findings
