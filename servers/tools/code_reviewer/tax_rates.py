"""A tax rate applied as the wrong kind of factor: the tax alone given as the price with it, or a tax in a price
taken off as though it were a discount.

- ``tax-only``: a function named for the price with its tax (``brutto``, ``gross``, ``with_vat``, ``incl_tax``,
  ``price_with_gst``) gives back ``netto * 0.19``: a share of the price (under a half), which is the tax alone, not
  the price with it. ``netto * 1.19`` (or ``netto + netto * 0.19``) is.
- ``tax-taken-as-discount``: a function named for the price without its tax (``without_vat``, ``ex_vat``,
  ``netto``, ``before_tax``, ``remove_vat``) gives back ``price * 0.85``: 15% off a price that holds 15% VAT takes
  too much, because the tax was 15% of the smaller price before it. Dividing by ``1.15`` takes it out.

Only a function whose whole result is its parameter times one constant is read, so a rate kept in a name or a
price worked out in steps is left alone.
"""

from __future__ import annotations

import ast
import re

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding, parameter_and_number

_TAX = r"(?:tax|vat|gst|hst|iva|igv|mwst|btw|tva|ppn|pdv|dph)"
_WITH_TAX = re.compile(rf"^(?:brutto|gross|(?:\w+_)?(?:with|incl|inc|including|plus|add)_?{_TAX}(?:_\w+)?)$", re.I)
_WITHOUT_TAX = re.compile(
    rf"^(?:netto|(?:\w+_)?(?:without|ex|excl|excluding|before|pre|minus|no|remove|strip|take_out)_?{_TAX}(?:_\w+)?"
    rf"|(?:remove|strip|take_out|minus)_{_TAX}(?:_\w+)?)$",
    re.I,
)


def tax_factors(code: Code) -> list[Finding]:
    """Every function giving back its parameter times a factor that its name says is the wrong kind (see above)."""
    findings: list[Finding] = []
    for function in code.functions():
        product = _scaled_parameter(function)
        if product is None:
            continue
        node, name, factor = product
        if _WITH_TAX.match(function.name) and 0 < factor < 0.5:
            findings.append(
                finding(
                    node,
                    "tax-only",
                    f"'{ast.unparse(node)}' is only the tax ({factor * 100:g}% of '{name}'), not the price with it, "
                    f"so '{function.name}' comes out far too small",
                    f"add the tax to the price: {name} * {1 + factor:g}",
                )
            )
        elif _WITHOUT_TAX.match(function.name) and 0.5 <= factor < 1:
            rate = 1 - factor
            findings.append(
                finding(
                    node,
                    "tax-taken-as-discount",
                    f"'{ast.unparse(node)}' takes {rate * 100:g}% off a price that includes the tax, but the tax was "
                    f"{rate * 100:g}% of the price before it, so this takes too much off",
                    f"divide by 1 plus the rate: {name} / {1 + rate:g}",
                )
            )
    return findings


def _scaled_parameter(function: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[ast.BinOp, str, float] | None:
    """``(the product, the parameter, the factor)`` when the function's only statement returns a parameter times a
    number ('return netto * 0.19'), else None."""
    body = [s for s in function.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    if len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    value = body[0].value
    if not (isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mult)):
        return None
    found = parameter_and_number(value, {a.arg for a in function.args.args})
    return (value, found[0], found[1]) if found is not None else None
