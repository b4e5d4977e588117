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
from servers.tools.code_reviewer.source import Code, Finding, parameter_and_number

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
            applied = _applied(node, params, ast.Div if wrong is ast.Mult else ast.Mult)
            # '1 jin is 500 g' and 'jin * 1000': converted the right way, by another factor
            if applied is not None and _another_factor(applied[1], factor):
                findings.append(
                    finding(
                        node,
                        "conversion-factor",
                        f"'{ast.unparse(node)}' uses {applied[1]:g}, but as you say one "
                        f"{target if right == '/' else source} is {factor:g} "
                        f"{_plural(source if right == '/' else target)}",
                        f"use {factor:g}, as in '{applied[0]} {right} {factor:g}'",
                    )
                )
                break
            applied = _applied(node, params, wrong)
            if applied is None or applied[1] != factor:
                continue
            big, small = (target, source) if right == "/" else (source, target)
            findings.append(
                finding(
                    node,
                    "conversion-inverted",
                    f"'{ast.unparse(node)}' converts the wrong way round: one {big} is {factor:g} {_plural(small)}, "
                    f"so {_plural(source)} to {_plural(target)} {'divides' if right == '/' else 'multiplies'} by "
                    f"{factor:g}",
                    f"use {applied[0]} {right} {factor:g}",
                )
            )
            break
    return findings


def _applied(node: ast.AST, params: set[str], op: type[ast.operator]) -> tuple[str, float] | None:
    """``(parameter, number)`` when ``node`` applies a number to a parameter with ``op`` ('jin * 1000', 'grams /
    0.2', never '0.2 / grams'), else None."""
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, op)):
        return None
    found = parameter_and_number(node, params)
    if found is None or op is ast.Div and node.right is not found[2]:
        return None
    return found[0], found[1]


def _another_factor(value: float, factor: float) -> bool:
    """Whether ``value`` is a factor other than the one stated: not it, nor its inverse (the wrong way round, reported
    as that), nor 0 or 1."""
    return value not in (0.0, 1.0, factor) and abs(value * factor - 1) >= 1e-9


# How many of a smaller metric unit make a bigger one: known without the user saying it.
_METRIC = {("gram", "kilogram"): 1000, ("millilitre", "litre"): 1000, ("metre", "kilometre"): 1000,
           ("centimetre", "metre"): 100, ("millimetre", "metre"): 1000, ("millimetre", "centimetre"): 10}  # fmt: skip


def _units_named(name: str) -> set[str]:
    """The units a name's words are ('walnuts_kg' -> kilogram, 'grams_each' -> gram)."""
    return {_unit(word) for word in re.split(r"_+|(?<=[a-z])(?=[A-Z])", name) if word}


def metric_conversions(code: Code) -> list[Finding]:
    """A function named for a bigger metric unit ('walnuts_kg') that multiplies a parameter in a smaller one
    ('grams_each') by the factor between them ('* 1000'): grams to kilograms divides by 1000, so the result comes
    out a million times too big (``conversion-inverted``). A function that also divides by the factor, or whose
    names tell no such pair, is left alone."""
    findings: list[Finding] = []
    for function in code.functions():
        targets = _units_named(function.name)
        for (small, big), factor in _METRIC.items():
            sources = [a.arg for a in function.args.args if small in _units_named(a.arg)]
            if big not in targets or not sources or small in targets:
                continue
            products = [
                node
                for node in ast.walk(function)
                if isinstance(node, ast.BinOp)
                and isinstance(node.op, ast.Mult | ast.Div)
                and isinstance(node.right, ast.Constant)
                and node.right.value == factor
            ]
            if len(products) != 1 or not isinstance(products[0].op, ast.Mult):
                continue
            if sources[0] not in {n.id for n in ast.walk(products[0]) if isinstance(n, ast.Name)}:
                continue
            findings.append(
                finding(
                    products[0],
                    "conversion-inverted",
                    f"'{ast.unparse(products[0])}' multiplies {_plural(small)} by {factor}, but one {big} is "
                    f"{factor} {_plural(small)}, so {_plural(small)} to {_plural(big)} divides by {factor}",
                    f"divide by {factor}: {ast.unparse(products[0].left)} / {factor}",
                )
            )
    return findings
