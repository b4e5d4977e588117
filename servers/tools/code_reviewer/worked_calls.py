"""A call the user tells the result of, worked through and mended: 'oka_to_kg(180) gives 141.7 and it should be
228.6' with ``return oka / 1.27``, 'with_dph(480) returns 110.4 but I want 590.4' with ``return price * 23 / 100``.

- ``wrong-operation``: the told call is worked out here, by the function's own arithmetic, and it gives the figure
  the user says it gives; one change of the kind people slip into gives the figure they want instead: an operator
  for another (``/`` for ``*``, ``-`` for ``+``), the two sides of a ``-`` or ``/`` swapped, or the part returned
  without the whole it is a part of (``price * 23 / 100`` for ``price + price * 23 / 100``). Only then is it said,
  with both figures worked out, so the finding is shown to explain what the user saw.

Only a small function of plain arithmetic is worked out, never run: parameters, numbers, local names, ``+ - * /``,
``abs``, ``min`` and ``max``, a few assignments and a ``return``; anything else (a loop, another operator or call,
text, a number too large to write) is left to the other checks. Its size and its figures are bounded, so no input
makes the work long.
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Callable, Iterator
from fractions import Fraction
from typing import cast

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.percentages import told_calls
from servers.tools.code_reviewer.source import Code, Finding
from servers.tools.code_reviewer.stated_results import stated_figures

_OPERATORS: dict[type[ast.operator], Callable[[Fraction, Fraction], Fraction]] = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
}
_SYMBOLS: dict[type[ast.operator], str] = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/"}
_FUNCTIONS = {"abs": abs, "min": min, "max": max}
_MOST_STATEMENTS = 8
_MOST_NODES = 200
"""A function larger than this is no small sum: each of its operations is varied and worked again."""
_MOST_ABS = Fraction(10) ** 15


class _NotPlain(Exception):
    """The function is not plain arithmetic, or its arithmetic leaves the bounds."""


def wrong_operations(code: Code, request: str) -> list[Finding]:
    """The one-change mend of a told call whose told result this code gives (see above)."""
    figures = stated_figures(request)
    if figures is None:
        return []
    got, wanted = figures
    functions = {f.name: f for f in code.tree.body if isinstance(f, ast.FunctionDef)}
    for call in told_calls(request):
        function = functions.get(call.func.id) if isinstance(call.func, ast.Name) else None
        arguments = _arguments(call)
        if function is None or arguments is None or len(arguments) != len(function.args.args):
            continue
        if sum(1 for _ in ast.walk(function)) > _MOST_NODES:
            continue
        try:
            if not _close(_work(function, arguments), got):
                continue
            mends = [
                (s, n) for s, value, n in _mends(function, arguments) if value is not None and _close(value, wanted)
            ]
        except _NotPlain:
            continue
        if len({said for said, _ in mends}) == 1:
            said, node = mends[0]
            return [
                finding(
                    node,
                    "wrong-operation",
                    f"{ast.unparse(call)} returns {_shown(got)} as written: {said}, which gives {_shown(wanted)}, as "
                    "you want.",
                    "Make that one change, and try the call again.",
                )
            ]
    return []


def _arguments(call: ast.Call) -> list[Fraction] | None:
    """The call's arguments when every one is a plain number ('oka_to_kg(180)'), else None."""
    values: list[Fraction] = []
    for argument in call.args:
        negative = isinstance(argument, ast.UnaryOp) and isinstance(argument.op, ast.USub)
        node = argument.operand if isinstance(argument, ast.UnaryOp) and negative else argument
        if (
            not isinstance(node, ast.Constant)
            or isinstance(node.value, bool)
            or not isinstance(node.value, int | float)
        ):
            return None
        value = _written(node.value)
        if value is None:
            return None
        values.append(-value if negative else value)
    return values if not call.keywords else None


def _written(number: int | float) -> Fraction | None:
    """The number as written (1.27, not the float nearest it); None for one too large to write ('1e999')."""
    try:
        return Fraction(repr(number))
    except (ValueError, OverflowError):
        return None


def _work(function: ast.FunctionDef, arguments: list[Fraction]) -> Fraction:
    """What ``function`` returns for ``arguments``, by its own arithmetic; ``_NotPlain`` when it is not plain."""
    names = {a.arg: value for a, value in zip(function.args.args, arguments, strict=True)}
    body = function.body[1:] if _docstring(function.body[0]) else function.body
    if not body or len(body) > _MOST_STATEMENTS:
        raise _NotPlain
    for statement in body:
        if isinstance(statement, ast.Return) and statement.value is not None:
            return _value(statement.value, names)
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target = statement.targets[0]
            if isinstance(target, ast.Name):
                names[target.id] = _value(statement.value, names)
                continue
        raise _NotPlain
    raise _NotPlain


def _value(node: ast.expr, names: dict[str, Fraction]) -> Fraction:
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float) and not isinstance(node.value, bool):
        value = _written(node.value)
        if value is None:
            raise _NotPlain
        return value
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        value = _value(node.operand, names)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
        left, right = _value(node.left, names), _value(node.right, names)
        if isinstance(node.op, ast.Div) and right == 0:
            raise _NotPlain
        return _bounded(_OPERATORS[type(node.op)](left, right))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _FUNCTIONS and node.args:
        if node.keywords or (len(node.args) == 1) != (node.func.id == "abs"):
            raise _NotPlain  # abs of one figure, min and max of several
        return _bounded(_FUNCTIONS[node.func.id](*(_value(a, names) for a in node.args)))
    raise _NotPlain


def _bounded(value: Fraction) -> Fraction:
    if abs(value) > _MOST_ABS or value.denominator > _MOST_ABS:
        raise _NotPlain
    return value


def _mends(function: ast.FunctionDef, arguments: list[Fraction]) -> Iterator[tuple[str, Fraction | None, ast.AST]]:
    """Each one-change variant of ``function``, said in words, with what it returns (None when it no longer works
    out, dividing by zero)."""
    operations = [node for node in ast.walk(function) if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS]
    for node in operations:
        for other in _OPERATORS:
            if other is not type(node.op):
                yield _varied(
                    function, arguments, node, lambda n, o=other: ast.BinOp(n.left, o(), n.right),
                    lambda b, a, n=node, o=other: f"`{b}` {_op_said(n, o)}: `{a}`",
                )  # fmt: skip
        if isinstance(node.op, ast.Sub | ast.Div):
            yield _varied(
                function, arguments, node, lambda n: ast.BinOp(n.right, n.op, n.left),
                lambda b, a: f"in `{b}` the two sides are the wrong way round: `{a}`",
            )  # fmt: skip
    returned = function.body[-1]
    if isinstance(returned, ast.Return) and isinstance(returned.value, ast.BinOp):
        part = returned.value
        used = {n.id for n in ast.walk(part) if isinstance(n, ast.Name)}
        for whole in (a.arg for a in function.args.args if a.arg in used):
            yield _varied(
                function, arguments, part, lambda n, w=whole: ast.BinOp(ast.Name(w, ast.Load()), ast.Add(), n),
                lambda b, a, w=whole: f"`{b}` is only the part; add the {w} to it: `{a}`",
            )  # fmt: skip


def _varied(
    function: ast.FunctionDef,
    arguments: list[Fraction],
    node: ast.BinOp,
    change: Callable[[ast.BinOp], ast.expr],
    describe: Callable[[str, str], str],
) -> tuple[str, Fraction | None, ast.AST]:
    """``function`` with ``node`` changed, worked out, and the change said with the expression before and after."""
    varied = copy.deepcopy(function)
    twin = next(new for old, new in zip(ast.walk(function), ast.walk(varied), strict=True) if old is node)
    assert isinstance(twin, ast.BinOp)
    changed = change(twin)
    _replace(varied, twin, changed)
    try:
        value: Fraction | None = _work(varied, arguments)
    except _NotPlain:
        value = None
    return describe(ast.unparse(node), ast.unparse(changed)), value, node


def _replace(tree: ast.AST, old: ast.AST, new: ast.expr) -> None:
    for parent in ast.walk(tree):
        for field, value in ast.iter_fields(parent):
            if value is old:
                setattr(parent, field, new)
                return
            if isinstance(value, list):
                items = cast(list[ast.AST], value)
                if old in items:
                    items[items.index(old)] = new
                    return


_VERBS: dict[type[ast.operator], tuple[str, str]] = {
    ast.Add: ("adds", "add"),
    ast.Sub: ("subtracts", "subtract"),
    ast.Mult: ("multiplies", "multiply"),
    ast.Div: ("divides", "divide"),
}


def _op_said(node: ast.BinOp, other: type[ast.operator]) -> str:
    return f"{_VERBS[type(node.op)][0]} where it should {_VERBS[other][1]} ({_SYMBOLS[other]})"


def _docstring(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)


def _close(value: Fraction, told: float) -> bool:
    """Whether ``value`` is the figure the user told, as they would write it (rounded to its shown places)."""
    shown = repr(told)
    places = len(shown.split(".")[1]) if "." in shown and not shown.endswith(".0") else 0
    return abs(float(value) - told) <= 0.5 * 10 ** (-places) + 1e-9


def _shown(figure: float) -> str:
    return f"{figure:g}" if abs(figure) < 1e15 else str(figure)
