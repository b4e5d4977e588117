"""Plain arithmetic requests: one expression, optionally rounded or shown in another form.

``statement := sum [','] [rounding | form]`` where rounding is ``(rounded) to N decimal places``,
``to N significant figures`` or ``to the nearest whole number/tenth/cent/...``, and form is ``as a fraction``,
``as a percentage`` or ``in scientific notation``.
"""

from __future__ import annotations

import math
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.expression import Evaluation, Node, Number, Power, Series, render
from servers.tools.calculator.grammar import NotUnderstood, Parser
from servers.tools.calculator.quantities import Quantity, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_NEAREST = {
    "whole": 0, "integer": 0, "unit": 0, "one": 0, "tenth": 1, "hundredth": 2, "thousandth": 3, "ten": -1,
    "hundred": -2, "thousand": -3, "cent": 2, "penny": 2, "dollar": 0, "euro": 0, "pound": 0,
}  # fmt: skip
_PLACES = [("decimal", "places"), ("decimal", "place"), ("decimals",), ("dp",), ("places",), ("place",)]
_FIGURES = [("significant", "figures"), ("significant", "digits"), ("sig", "figs"), ("sig", "fig"), ("sf",)]


def solve_arithmetic(tokens: list[Token], start: int, *, strict_angles: bool = True) -> Solution:
    """The value of the expression that fills ``tokens[start:]``; NotUnderstood where it stops making sense.

    ``strict_angles`` asks a request in words to say degrees or radians for sin, cos and tan.
    """
    parser = Parser(tokens, start)
    rounding = parser.peek(1).text != "(" and parser.take("round")  # "round 2.345 to 2 decimal places"
    if parser.take("start", "with") or parser.take("begin", "with") or parser.at("take") and _step_follows(parser, 2):
        parser.take("take")  # 'take 50, subtract 18, ...': the running value's start
    converting = not rounding and parser.take_any(_CONVERT_VERBS) is not None  # 'convert 7/25 to a decimal'
    node = _steps(parser, parser.sum())
    if converting:
        parser.take(",")
        finish = _form(parser)
        if finish is None:
            raise parser.fail("the form to put it in, such as 'to a decimal' or 'as a percentage'")
    else:
        finish = _finish(parser, rounded=rounding)
    if not parser.at_end():
        raise parser.fail("an arithmetic operator")
    evaluation = Evaluation(strict_angles=strict_angles)
    value = evaluation.value(node)
    real = any(t.kind == "number" and any(c in t.text for c in ".eE") for t in tokens[start : parser.i])
    if real and abs(value.value) > numbers.FLOAT_MAX:
        # written as real numbers (decimals, 1e308), so a result past the largest double is an overflow
        raise ToolInputError("the result is too large to represent (beyond about 1.8e308)")
    return finish(value, node, evaluation)


_STEPS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("multiply", "it", "by"), "*"), (("multiply", "that", "by"), "*"), (("multiply", "the", "result", "by"), "*"),
    (("multiply", "by"), "*"), (("multiplied", "by"), "*"), (("times",), "*"),
    (("divide", "it", "by"), "/"), (("divide", "that", "by"), "/"), (("divide", "the", "result", "by"), "/"),
    (("divide", "by"), "/"), (("divided", "by"), "/"), (("add",), "+"),
    (("plus",), "+"), (("subtract",), "-"), (("minus",), "-"), (("take", "away"), "-"), (("take", "off"), "-"),
    (("knock", "off"), "-"), (("deduct",), "-"),
)  # fmt: skip
_STEPS_ON_IT = {"double": ("*", 2), "triple": ("*", 3), "halve": ("/", 2), "square": ("^", 2), "cube": ("^", 3)}
_SEPARATORS = ((",", "and", "then"), (",", "then"), ("and", "then"), (",",), ("then",), ("and",))


def _step_follows(parser: Parser, ahead: int) -> bool:
    """Whether a separator and a step verb follow ``ahead`` tokens on ('take 50, subtract 18'), or, when a number
    follows 'take', anywhere later in the request ('take 2 to the power of 10 and subtract 24'): the 'take' only
    names the running value's start."""
    at = parser.i
    parser.i += ahead
    try:
        if any(parser.take(*sep) and (_step_verb(parser) is not None) for sep in _SEPARATORS[3:5]):
            return True
        parser.i = at + 1
        if parser.peek().kind != "number":
            return False
        while not parser.at_end():
            if parser.peek().text in (",", "and", "then") or parser.peek().word == "and":
                parser.i += 1
                parser.take("then")
                if _step_verb(parser) is not None:
                    return True
                continue
            parser.i += 1
        return False
    finally:
        parser.i = at


def _step_verb(parser: Parser) -> str | None:
    for phrase, op in _STEPS:
        if parser.at(*phrase):
            return op
    if parser.peek().word in _STEPS_ON_IT and parser.peek(1).word in ("it", "that", "the"):
        return _STEPS_ON_IT[parser.peek().word][0]
    return None


def _steps(parser: Parser, node: Node) -> Node:
    """Operations said one after another on the running value: '... then multiply by 3', ', double it'.

    Each step needs a separator (',', 'and', 'then') and a verb, and applies to everything before it, as the
    words 'then' and 'it' say; a plain operator without a separator is the expression's own ('5 plus 3 times 2').
    """
    while True:
        at = parser.i
        if not any(parser.take(*sep) for sep in _SEPARATORS) or _step_verb(parser) is None:
            parser.i = at
            return node
        word = parser.peek().word
        if word in _STEPS_ON_IT and not parser.at("take"):
            op, amount = _STEPS_ON_IT[word]
            parser.i += 1
            if not (parser.take("it") or parser.take("that") or parser.take("the", "result")):
                raise parser.fail("'it'")
            number = Number(Quantity(Fraction(amount)), str(amount))
            node = Power(node, number) if op == "^" else Series(node, ((op, number),))
            continue
        phrase, op = next((p, o) for p, o in _STEPS if parser.at(*p))
        parser.i += len(phrase)
        operand = parser.unary()
        for tail in (("to", "it"), ("from", "it"), ("to", "that"), ("from", "that"), ("to", "the", "result")):
            if parser.take(*tail):
                break
        # a percentage added or taken off is a share of the running value ('1,200, take off 15%' is 1,020)
        shared = op in "+-" and isinstance(operand, Number) and operand.quantity.percent
        node = Series(node, ((op + "%" if shared else op, operand),))


def _finish(parser: Parser, *, rounded: bool = False):
    """Reads an optional rounding or form clause; returns how to turn the value into a Solution."""
    parser.take(",")
    if rounded:
        if parser.at_end():
            return _rounding(0, figures=False)  # "round 17.5": to the nearest whole number
        return _rounding_clause(parser, rounded=True)
    form = _form(parser)
    if form is not None:
        return form
    rounded = parser.take("rounded") or parser.take("round") or parser.take("correct") or parser.take("accurate")
    rounded = parser.take("it") or rounded
    return _rounding_clause(parser, rounded=rounded)


_CONVERT_VERBS = (("convert",), ("express",), ("write",), ("turn",), ("change",), ("rewrite",))
_FORM_VERBS = ("expressed", "written", "shown", "converted", "given", "turned")
_FORMS = (
    (("as", "a", "fraction"), "fraction"), (("as", "fraction"), "fraction"), (("into", "a", "fraction"), "fraction"),
    (("as", "a", "percentage"), "percent"), (("as", "a", "percent"), "percent"), (("as", "percentage"), "percent"),
    (("as", "a", "%"), "percent"), (("in", "percent"), "percent"), (("into", "a", "percentage"), "percent"),
    (("in", "scientific", "notation"), "scientific"), (("in", "standard", "form"), "scientific"),
    (("as", "a", "decimal"), "decimal"), (("into", "a", "decimal"), "decimal"), (("to", "a", "decimal"), "decimal"),
    (("to", "a", "fraction"), "fraction"), (("to", "a", "percentage"), "percent"), (("to", "percent"), "percent"),
)  # fmt: skip


def _form(parser: Parser):
    """'as a fraction', 'expressed as a percentage', 'written in standard form': the form the answer takes."""
    at = parser.i
    parser.take_any((verb,) for verb in _FORM_VERBS)
    phrase = parser.take_any(p for p, _ in _FORMS)
    if phrase is None:
        parser.i = at
        return None
    form = next(name for words, name in _FORMS if words == phrase)
    return {"fraction": _as_fraction, "percent": _as_percent, "scientific": _scientific}.get(form, _plain)


def _rounding_clause(parser: Parser, *, rounded: bool):
    if parser.at("to") and (parser.peek(1).kind == "number" or parser.at("to", "the", "nearest")):
        parser.take("to")
        if parser.take("the", "nearest"):
            word = parser.peek().word.removesuffix("s")
            if parser.peek().kind == "number" and parser.peek().value in (10, 100, 1000):
                word = {10: "ten", 100: "hundred", 1000: "thousand"}[int(parser.peek().value)]  # 'nearest ten'
            if word not in _NEAREST:
                raise parser.fail("what to round to, such as 'whole number' or 'tenth'")
            parser.i += 1
            parser.take("number")
            return _rounding(_NEAREST[word], figures=False)
        count = parser.peek().value
        parser.i += 1
        if not numbers.is_integer(count) or not 0 <= count <= 50:
            raise ToolInputError("round to between 0 and 50 places or figures")
        if parser.take_any(_FIGURES):
            if count < 1:
                raise ToolInputError("round to at least one significant figure")
            return _rounding(int(count), figures=True)
        if parser.take_any(_PLACES) or rounded:
            return _rounding(int(count), figures=False)
        raise parser.fail("'decimal places' or 'significant figures'")
    if rounded:
        raise parser.fail("'to' and how many decimal places")
    return _plain


def _plain(value: Quantity, node: Node, evaluation: Evaluation) -> Solution:
    return answer_for(value, "arithmetic", render(node), evaluation.working())


def _rounding(places: int, *, figures: bool):
    def finish(value: Quantity, node: Node, evaluation: Evaluation) -> Solution:
        exact = value.value if isinstance(value.value, Fraction) else Fraction(repr(value.value))
        shown_places = places
        if figures:
            magnitude = math.floor(math.log10(abs(numbers.to_float(exact)))) if exact else 0
            shown_places = places - 1 - magnitude
        rounded = numbers.round_half_up(exact, shown_places)
        text = numbers.fixed(rounded, max(shown_places, 0))
        q = Quantity(rounded, value.measure)
        unit = (
            show(q).removeprefix(numbers.format_number(rounded)) if value.measure and not value.measure.symbol else ""
        )
        how = f"{places} significant figures" if figures else _places_phrase(places)
        steps = [*evaluation.working(), f"{show(value, exact=True)} rounded to {how} = {text}"]
        solution = Solution(text + unit, rounded, "arithmetic", render(node), steps, unit.strip() or None)
        solution.exact = numbers.format_number(value.value)
        solution.notes.append(f"rounded to {how}, halves rounding up")
        return solution

    return finish


def _places_phrase(places: int) -> str:
    if places == 0:
        return "the nearest whole number"
    if places > 0:
        return f"{places} decimal place{'s' * (places != 1)}"
    return f"the nearest {10**-places:,}"


def _as_fraction(value: Quantity, node: Node, evaluation: Evaluation) -> Solution:
    if not isinstance(value.value, Fraction):
        raise ToolInputError("that result is irrational, so it has no exact fraction")
    solution = answer_for(value, "arithmetic", render(node), evaluation.working())
    solution.answer = str(value.value) + show(value).removeprefix(numbers.format_number(value.value))
    solution.exact = str(value.value)
    return solution


def _as_percent(value: Quantity, node: Node, evaluation: Evaluation) -> Solution:
    if value.measure is not None:
        raise ToolInputError("only a plain number can be shown as a percentage")
    percent = value.value * 100
    steps = [*evaluation.working(), f"{show(value, exact=True)} × 100 = {numbers.format_number(percent)}%"]
    return Solution(f"{numbers.format_number(percent)}%", percent, "arithmetic", render(node), steps, "%")


def _scientific(value: Quantity, node: Node, evaluation: Evaluation) -> Solution:
    solution = answer_for(value, "arithmetic", render(node), evaluation.working())
    solution.answer = f"{numbers.to_float(value.value):.6e}" if value.value else "0"
    return solution


__all__ = ["NotUnderstood", "solve_arithmetic"]
