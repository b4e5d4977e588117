"""A part named by its percentage, with a tax on that part, asked with the tax: 'Our fee is 1.25% of the sale price
plus VAT at 20%. On a £280,000 sale what's the total fee including VAT?' → 1.25% of £280,000 = £3,500; with 20% VAT
£4,200.

The tax is said right after the part's rate ('plus VAT at 20%', 'plus 20% VAT', '+ VAT of 20%'), so it is the part's
tax, not the amount's; the question must ask for the part with it ('including VAT', 'inc VAT', 'with VAT', 'plus
VAT'). The request is read again without both (``named_cuts`` reads the part) and the tax added to the part read;
a question that does not say the tax, or a reading that is not a named part, declines.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import Quantity, currency, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_TAXES = frozenset("vat gst tax".split())
_WITH = frozenset("including inc incl with plus".split())


def solve_taxed_part(text: str, tokens: list[Token], solve: Callable[[str], Solution]) -> Solution | None:
    """The named part with its tax added, or None when the request is not that."""
    said = _tax_said(tokens)
    if said is None:
        return None
    begin, end, rate, name = said
    asked = next(
        (k for k in range(end, len(tokens) - 1) if tokens[k].word in _WITH and tokens[k + 1].word == name), None
    )
    if asked is None:
        return None
    after = text[tokens[asked + 2].start :] if tokens[asked + 2].kind != "end" else "?"
    shorter = text[: tokens[begin].start].rstrip() + text[tokens[end].start : tokens[asked].start].rstrip()
    shorter += after if after[:1] in ("?", ".", "!") else " " + after
    try:
        part = solve(shorter)
    except ToolInputError:
        return None
    if not part.problem.endswith("at a percentage") or part.unit is None or part.result is None:
        return None
    money = currency(part.unit)
    value = Fraction(part.result)
    tax = value * rate
    total = numbers.checked(value + tax)
    pct = numbers.format_number(rate * 100)
    steps = [*part.steps, f"{name.upper()} at {pct}%: {show(Quantity(tax, money))}"]
    steps.append(f"{show(Quantity(value, money))} + {show(Quantity(tax, money))} = {show(Quantity(total, money))}")
    expression = f"({part.expression}) * (1 + {rate})"
    return answer_for(Quantity(total, money), f"{part.problem} with {name.upper()}", expression, steps)


def _tax_said(tokens: list[Token]) -> tuple[int, int, Fraction, str] | None:
    """Where 'plus VAT at 20%' (or 'plus 20% VAT') is said, its rate and the tax's name; None when it is not."""
    for k, token in enumerate(tokens[:-4]):
        if token.word != "plus" and token.text != "+":
            continue
        a, b, c = tokens[k + 1 : k + 4]
        if a.word in _TAXES and b.word in ("at", "of") and c.kind == "number" and tokens[k + 4].text == "%":
            return k, k + 5, Fraction(c.value) / 100, a.word  # 'plus VAT at 20%'
        if a.kind == "number" and b.text == "%" and c.word in _TAXES:
            return k, k + 4, Fraction(a.value) / 100, c.word  # 'plus 20% VAT'
    return None
