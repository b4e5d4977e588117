"""A unit conversion written the wrong way round, against the factor the user states.

"1 carat is 0.2 g" with ``def grams_to_carats(grams): return grams * 0.2``: a gram is 5 carats, so grams to carats
divides by 0.2, and the code gives 0.04 of what it should (``conversion-inverted``); "1 jin is 500 g" with
``jin * 1000`` converts the right way by another factor (``conversion-factor``). The request says how many of
one unit make another ("1 carat is 0.2 g", "one lb = 0.4536 kg", "an inch is 2.54 cm"); the function is named for
the conversion ("grams_to_carats", "lb2kg", "inches_in_cm") and applies that factor to its parameter once, with
``*`` or ``/``. Converting into the bigger unit divides by the factor and out of it multiplies: the other operator
is the finding. Units are matched by their names and usual symbols; a conversion the names do not tell, or a factor
the request does not state, is left alone. Every regex here is linear.
"""

from __future__ import annotations

import ast
import re

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding

# "1 carat is 0.2 g", "one pound = 0.4536 kg", "an inch equals 2.54 cm": one of a unit, in so many of another
_STATED = re.compile(
    r"\b(?:1|one|a|an)\s+([a-z]{1,12})\s+(?:is|=|equals|makes|weighs)\s+(?:about\s+)?(\d{1,9}(?:\.\d{1,9})?)"
    r"\s?([a-z]{1,12})\b",
    re.I,
)
_NAMED = re.compile(r"^([a-z]{1,12}?)s?_?(?:to|2|into|in)_?([a-z]{1,12}?)s?$", re.I)
_SYMBOLS = {
    "g": "gram", "gr": "gram", "kg": "kilogram", "kilo": "kilogram", "lb": "pound", "lbs": "pound", "oz": "ounce",
    "ct": "carat", "km": "kilometre", "kilometer": "kilometre", "m": "metre", "meter": "metre", "cm": "centimetre",
    "centimeter": "centimetre", "mm": "millimetre", "millimeter": "millimetre", "mi": "mile", "ft": "foot",
    "feet": "foot", "in": "inch", "inche": "inch", "l": "litre", "liter": "litre", "ml": "millilitre", "gal": "gallon",
}  # fmt: skip


def _unit(word: str) -> str:
    word = word.lower()
    word = word[:-1] if len(word) > 3 and word.endswith("s") else word
    return _SYMBOLS.get(word, word)


def _plural(unit: str) -> str:
    return {"inch": "inches", "foot": "feet"}.get(unit, unit + "s")


def inverted_conversions(code: Code, request: str) -> list[Finding]:
    """Conversions in ``code`` that apply the factor ``request`` states the wrong way round (see above)."""
    stated = {(_unit(one), _unit(other)): float(factor) for one, factor, other in _STATED.findall(request[:4_000])}
    if not stated:
        return []
    findings: list[Finding] = []
    for function in code.functions():
        named = _NAMED.match(function.name)
        params = {a.arg for a in function.args.args}
        if named is None or not params:
            continue
        source, target = _unit(named.group(1)), _unit(named.group(2))
        if (target, source) in stated:  # '1 carat is 0.2 g', grams to carats: divide by 0.2
            factor, wrong, right = stated[(target, source)], ast.Mult, "/"
        elif (source, target) in stated:  # carats to grams: multiply by 0.2
            factor, wrong, right = stated[(source, target)], ast.Div, "*"
        else:
            continue
        for node in ast.walk(function):
            mismatch = _other_factor(node, params, factor, ast.Div if wrong is ast.Mult else ast.Mult)
            # '1 jin is 500 g' and 'jin * 1000': converted the right way, by another factor
            if mismatch is not None and isinstance(node, ast.BinOp):
                findings.append(
                    finding(
                        node,
                        "conversion-factor",
                        f"'{ast.unparse(node)}' uses {mismatch:g}, but as you say one "
                        f"{target if right == '/' else source} is {factor:g} "
                        f"{_plural(source if right == '/' else target)}",
                        f"use {factor:g}, as in '{_param_of(node, params)} {right} {factor:g}'",
                    )
                )
                break
            if not (isinstance(node, ast.BinOp) and isinstance(node.op, wrong)):
                continue
            operands = (node.left, node.right)
            constant = next((o for o in operands if isinstance(o, ast.Constant) and o.value == factor), None)
            param = next((o for o in operands if isinstance(o, ast.Name) and o.id in params), None)
            if constant is None or param is None or (isinstance(node.op, ast.Div) and node.right is not constant):
                continue
            big, small = (target, source) if right == "/" else (source, target)
            findings.append(
                finding(
                    node,
                    "conversion-inverted",
                    f"'{ast.unparse(node)}' converts the wrong way round: one {big} is {factor:g} {_plural(small)}, "
                    f"so {_plural(source)} to {_plural(target)} {'divides' if right == '/' else 'multiplies'} by "
                    f"{factor:g}",
                    f"use {param.id} {right} {factor:g}",
                )
            )
            break
    return findings


def _other_factor(node: ast.AST, params: set[str], factor: float, op: type[ast.operator]) -> float | None:
    """The constant other than ``factor`` a parameter is converted by with the right operator ('jin * 1000' where
    one jin is 500 g), or None: the factor may be written as the request says it or not at all."""
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, op)):
        return None
    operands = (node.left, node.right)
    constant = next((o for o in operands if isinstance(o, ast.Constant) and isinstance(o.value, int | float)), None)
    param = next((o for o in operands if isinstance(o, ast.Name) and o.id in params), None)
    if constant is None or param is None or op is ast.Div and node.right is not constant:
        return None
    assert isinstance(constant.value, int | float)
    value = float(constant.value)
    if value in (0.0, 1.0, factor) or abs(value * factor - 1) < 1e-9:
        return None  # the factor itself, or its inverse (the wrong way round, reported as that)
    return value


def _param_of(node: ast.BinOp, params: set[str]) -> str:
    return next(o.id for o in (node.left, node.right) if isinstance(o, ast.Name) and o.id in params)
