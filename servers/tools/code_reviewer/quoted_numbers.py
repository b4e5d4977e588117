"""A number passed in quotes: ``discount_price("150000", 10)`` hands the function text, not a number.

- ``quoted-number-argument``: a call, in the same code, to a function defined there, with a string literal that
  reads as a number (``"150000"``, ``"12.50"``) for a parameter the function uses where text raises TypeError
  (``-``, ``/``, ``//``, ``**``, ``+`` or an ordering against a number), and never converts
  (``int(price)``) or reassigns. ``"150000" * 10`` alone only repeats the text, so it counts only inside one
  of those (``price - price * percent / 100``).
"""

from __future__ import annotations

import ast
import re

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding

_NUMBER = re.compile(r"\s*-?\d[\d,]*(?:\.\d+)?\s*")
_FAILING = (ast.Sub, ast.Div, ast.FloorDiv, ast.Pow)
_ORDERING = (ast.Lt, ast.LtE, ast.Gt, ast.GtE)
_CONVERSIONS = frozenset({"int", "float", "Decimal", "str", "isinstance", "type"})


def _raises_on_text(node: ast.AST, name: str) -> bool:
    """Does ``node`` raise TypeError when ``name`` holds a str? ``-``, ``/``, ``//`` and ``**`` always do, ``+``
    with a number does, an ordering against a number does; ``*`` only repeats the text, so it counts only inside
    one of those."""

    def holds(side: ast.AST) -> bool:
        if isinstance(side, ast.Name) and side.id == name:
            return True
        return isinstance(side, ast.BinOp) and isinstance(side.op, ast.Mult) and holds(side.left) | holds(side.right)

    def number(side: ast.AST) -> bool:
        return (
            isinstance(side, ast.Constant) and isinstance(side.value, int | float) and not isinstance(side.value, bool)
        )

    if isinstance(node, ast.BinOp) and isinstance(node.op, _FAILING):
        return holds(node.left) or holds(node.right)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return holds(node.left) and number(node.right) or holds(node.right) and number(node.left)
    if isinstance(node, ast.Compare) and any(isinstance(op, _ORDERING) for op in node.ops):
        sides = [node.left, *node.comparators]
        return any(holds(s) for s in sides) and any(number(s) for s in sides)
    return False


def _used_as_number(function: ast.AST, name: str) -> str | None:
    """The first expression that raises TypeError when ``name`` holds text, or None when the function converts,
    tests or reassigns it (then what it holds is handled)."""
    used: str | None = None
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _CONVERSIONS:
            if any(isinstance(a, ast.Name) and a.id == name for a in node.args):
                return None
        if isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Store):
            return None
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
            return None
        if used is None and _raises_on_text(node, name):
            used = ast.unparse(node)
    return used


def quoted_numbers(code: Code) -> list[Finding]:
    functions = {f.name: f for f in code.functions()}
    findings: list[Finding] = []
    for call in code.nodes(ast.Call):
        function = functions.get(call.func.id) if isinstance(call.func, ast.Name) else None
        if function is None:
            continue
        params = [p.arg for p in (*function.args.posonlyargs, *function.args.args)]
        passed = [*zip(params, call.args, strict=False), *((k.arg, k.value) for k in call.keywords if k.arg)]
        for name, value in passed:
            if not (isinstance(value, ast.Constant) and isinstance(value.value, str)):
                continue
            if not _NUMBER.fullmatch(value.value):
                continue
            used = _used_as_number(function, name)
            if used is None:
                continue
            number = value.value.strip().replace(",", "")
            findings.append(
                finding(
                    value,
                    "quoted-number-argument",
                    f"{ast.unparse(call)} passes {name} as text ({value.value!r} in quotes, a str), and "
                    f"{function.name} does arithmetic on it ('{used}'): Python raises TypeError (a str can't be "
                    "subtracted or divided, and a str times a number repeats the text)",
                    f"pass the number without quotes ({number}), or convert it first: float({name})",
                )
            )
    return findings
