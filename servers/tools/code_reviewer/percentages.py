"""A percentage used as a fraction: ``total + total * rate`` with ``rate=10`` adds ten times the total.

- ``percent-as-fraction``: a parameter whose value the code itself shows to be a whole percentage (its default,
  or a literal passed for it in a call in the same code, between 2 and 100) is used as a fraction of a base: in
  ``base + base * p``, ``base - base * p`` or ``base * (1 + p)``, with no division by 100 anywhere in the
  function, where the parameter or its function is named for a rate (``rate``, ``tax``, ``tip_percent``,
  ``add_service_charge``). A service charge of 10 then adds 1000%, a discount of 15 takes off fifteen times
  the price. A rate with no value shown (``hours * rate``), a fraction (``rate=0.1``) and ``p / 100`` are left alone.
  A bare product ``base * p`` is read too when the parameter is named for a charge or a cut, not a rate (``ht * tva``
  with ``tva=5.5`` is 550 for 100, neither the tax nor the price with it): ``hours * rate`` with ``rate=15`` is pay.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Sequence

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding

# What a percentage's name says: the rate of a charge, a tax, a tip, a discount.
_PERCENT_WORDS = re.compile(
    r"rate|percent|pct|percentage|tax|vat|gst|tva|mwst|iva|tip|discount|markup|commission|interest|charge|fee|service"
    r"|margin|surcharge|levy|bonus|raise|increase|reduction|off",
    re.I,
)


def _whole_percent(node: ast.AST | None) -> float | None:
    value = node.value if isinstance(node, ast.Constant) else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if 2 <= value <= 100 and float(value * 100).is_integer() else None  # 20, 5.5, 12.5


def _shown_values(
    code: Code, function: ast.FunctionDef | ast.AsyncFunctionDef, told: Sequence[ast.Call] = ()
) -> dict[str, float]:
    """Each parameter's whole-percent value as the code shows it (its default, or a literal passed for it), or as
    a call the user writes beside it shows it (``told``: 'sale_price(200, 10) gives -1800')."""
    params = [*function.args.posonlyargs, *function.args.args]
    shown: dict[str, float] = {}
    defaults = function.args.defaults
    for param, default in zip(params[len(params) - len(defaults) :], defaults, strict=True):
        if (value := _whole_percent(default)) is not None:
            shown[param.arg] = value
    for param, default in zip(function.args.kwonlyargs, function.args.kw_defaults, strict=True):
        if (value := _whole_percent(default)) is not None:
            shown[param.arg] = value
    for call in [*code.nodes(ast.Call), *told]:
        if not (isinstance(call.func, ast.Name) and call.func.id == function.name):
            continue
        passed = [
            *zip((p.arg for p in params), call.args, strict=False),
            *((k.arg, k.value) for k in call.keywords if k.arg),
        ]
        for name, value in passed:
            if (percent := _whole_percent(value)) is not None:
                shown.setdefault(name, percent)
    return shown


# What names a charge or a cut, never a rate per hour or per unit: a bare product with one is a percentage misused.
_CHARGE_WORDS = re.compile(r"tax|vat|gst|tva|mwst|iva|tip|discount|percent|pct|markup|commission|surcharge|levy", re.I)


def _bare_product(node: ast.BinOp) -> tuple[str, str] | None:
    """(base, p) when ``node`` is ``base * p`` with ``p`` a name of a charge or a cut (see above)."""
    if isinstance(node.op, ast.Mult):
        for base, factor in ((node.left, node.right), (node.right, node.left)):
            if isinstance(factor, ast.Name) and _CHARGE_WORDS.search(factor.id):
                return ast.unparse(base), factor.id
    return None


def _divided_by_100(function: ast.AST, name: str) -> bool:
    for node in ast.walk(function):
        if isinstance(node, ast.BinOp | ast.AugAssign) and isinstance(node.op, ast.Div):
            divisor = node.right if isinstance(node, ast.BinOp) else node.value
            if isinstance(divisor, ast.Constant) and divisor.value in (100, 100.0):
                return True
        if isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Store):
            return True  # reassigned: what it holds is no longer what was passed
    return False


def _fraction_of(node: ast.BinOp) -> tuple[str, str] | None:
    """(base, p) when ``node`` is ``base ± base * p`` or ``base * (1 ± p)`` with ``p`` a name."""
    if isinstance(node.op, ast.Add | ast.Sub) and isinstance(node.right, ast.BinOp):
        product = node.right
        if isinstance(product.op, ast.Mult):
            base = ast.unparse(node.left)
            for own, other in ((product.left, product.right), (product.right, product.left)):
                if ast.unparse(own) == base and isinstance(other, ast.Name):
                    return base, other.id
    if isinstance(node.op, ast.Mult):
        for base, factor in ((node.left, node.right), (node.right, node.left)):
            if (
                isinstance(factor, ast.BinOp)
                and isinstance(factor.op, ast.Add | ast.Sub)
                and isinstance(factor.left, ast.Constant)
                and factor.left.value == 1
                and isinstance(factor.right, ast.Name)
            ):
                return ast.unparse(base), factor.right.id
    return None


def percent_fractions(code: Code, told: Sequence[ast.Call] = ()) -> list[Finding]:
    """Every percentage the code (or a call ``told`` beside it) shows to be whole, used as a fraction (see above)."""
    findings: list[Finding] = []
    for function in code.functions():
        shown = _shown_values(code, function, told)
        if not shown:
            continue
        reported: set[str] = set()
        for node in ast.walk(function):  # outer expressions first: 'base + base * p' before its 'base * p'
            if not isinstance(node, ast.BinOp):
                continue
            fraction = _fraction_of(node)
            found = fraction or _bare_product(node)
            if found is None or found[1] not in shown or found[1] in reported or _divided_by_100(function, found[1]):
                continue
            reported.add(found[1])
            if not _PERCENT_WORDS.search(found[1]) and not _PERCENT_WORDS.search(function.name):
                continue
            (base, name), value = found, shown[found[1]]
            findings.append(
                finding(
                    node,
                    "percent-as-fraction",
                    f"{name} is {value:g}, a percentage, but '{ast.unparse(node)}' uses it as a fraction: it "
                    f"works with {value:g} times {base} ({value * 100:g}%), not {value:g}%",
                    f"divide by 100: {base} * {name} / 100 (or pass the rate as {value / 100:g})"
                    + (f"; with it added, {base} * (1 + {name} / 100)" if fraction is None else ""),
                )
            )
    return findings


# A call written in the user's words beside the code: 'sale_price(200, 10) gives -1800 instead of 180'.
_TOLD_CALL = re.compile(r"\b[A-Za-z_]\w{0,60}\([^()\n]{0,120}\)")


def told_calls(request: str) -> list[ast.Call]:
    """The calls the request's words show, each parsed on its own (a few, each short; anything else is skipped)."""
    calls: list[ast.Call] = []
    for written in _TOLD_CALL.findall(request[:4_000])[:20]:
        try:
            parsed = ast.parse(written, mode="eval").body
        except (SyntaxError, ValueError, RecursionError):
            continue
        if isinstance(parsed, ast.Call):
            calls.append(parsed)
    return calls


def told_percent_fractions(code: Code, request: str) -> list[Finding]:
    """Percentages used as fractions that a call the user writes shows to be whole (see above)."""
    told = told_calls(request)
    return percent_fractions(code, told) if told else []
