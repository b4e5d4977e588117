"""A function read together with the calls to it in the same code.

- ``none-result``: a function that never returns a value (no ``return <value>``, no ``yield``) whose result a
  call uses (``print(squares(xs))``, ``total = add(a, b)``): the caller gets None. The usual cause is a
  forgotten ``return`` after computing the value, which the message names when the function's last statement
  stores one.
- ``division-by-zero``: a call passes a literal ``0`` for a parameter the function divides by without testing
  it first (``percent(0, 0)`` with ``return done / total * 100``): that call always raises ZeroDivisionError.
- ``unchecked-divisor`` (edge case): dividing by a parameter the function never tests (``return a / b``).
  Whether 0 can reach it is the caller's business, so this is never offered as the bug: it is a note in a
  plain review (``REVIEW_NOTES``), and the cause when the user reports a ZeroDivisionError or asks about edge
  cases (``SYMPTOM_ONLY``). A ``/`` that joins paths (``base / name``) is not a division.

``floor-division`` (in ``values``) is symptom-only too: ``//`` is usually meant, and is the cause only when the
user reports a result that lost its fraction ("always a whole number", "comes out as 0").

Only calls by a plain name to a function defined once in the code are followed: a method, or a name defined
twice, could be something else at run time.
"""

from __future__ import annotations

import ast
import re

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding

SYMPTOM_ONLY = frozenset(
    {"unchecked-divisor", "floor-division", "count-rounded-down", "reversed-difference", "boundary-excluded"}
    | {"repeat-one-short"}
)
"""Rules whose findings are plausible causes of a reported symptom, not defects to list in every bug hunt."""
REVIEW_NOTES = frozenset({"unchecked-divisor"})
"""Of those, the ones a plain review lists as notes: a reviewer points out an unguarded divisor."""
_PATH_LIKE = re.compile(r"path|dir|folder|^root|home|url", re.I)
_DIVISIONS = (ast.Div, ast.FloorDiv, ast.Mod)
_Function = ast.FunctionDef | ast.AsyncFunctionDef


def _defined_once(code: Code) -> dict[str, _Function]:
    seen: dict[str, list[_Function]] = {}
    for function in code.functions():
        if isinstance(code.parent(function), ast.ClassDef):
            continue  # a method is called through its object: a plain set() is the builtin, not Counter.set
        seen.setdefault(function.name, []).append(function)
    return {name: found[0] for name, found in seen.items() if len(found) == 1}


def _calls_by_name(code: Code, functions: dict[str, _Function]) -> list[tuple[ast.Call, _Function]]:
    return [
        (call, functions[call.func.id])
        for call in code.nodes(ast.Call)
        if isinstance(call.func, ast.Name) and call.func.id in functions
    ]


def _parameters(function: _Function) -> list[str]:
    return [a.arg for a in [*function.args.posonlyargs, *function.args.args]]


def _gives_value(code: Code, function: _Function) -> bool:
    """Whether the function can hand back anything but None (or is a stub whose result nobody can rely on)."""
    return code.memo(("gives-value", id(function)), lambda: _reads_as_giving_value(code, function))


def _reads_as_giving_value(code: Code, function: _Function) -> bool:
    for node in code.own(function):
        if isinstance(node, ast.Yield | ast.YieldFrom | ast.Raise):
            return True  # a generator, or a function that ends by raising (a stub, an abstract method)
        if isinstance(node, ast.Return) and node.value is not None:
            if not (isinstance(node.value, ast.Constant) and node.value.value is None):
                return True
    # A decorator may replace the function; a stub (pass, ..., a docstring) is a placeholder, not a forgotten return.
    return bool(function.decorator_list) or all(_placeholder(s) for s in function.body)


def _placeholder(statement: ast.stmt) -> bool:
    if isinstance(statement, ast.Expr):
        return isinstance(statement.value, ast.Constant)
    return isinstance(statement, ast.Pass)


def _used(code: Code, call: ast.Call) -> bool:
    """Whether the call's result is used: anything but a statement of its own or an ``await`` statement."""
    parent = code.parent(call)
    if isinstance(parent, ast.Await):
        parent = code.parent(parent)
    return not isinstance(parent, ast.Expr)


def results_of_silent_functions(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    reported: set[str] = set()
    for call, function in _calls_by_name(code, _defined_once(code)):
        if function.name in reported or not _used(code, call) or _gives_value(code, function):
            continue
        if function.name.startswith("__") or code.scope_of(call) is function:
            continue  # a dunder is called by Python; a call inside the function itself is recursion
        reported.add(function.name)
        last = function.body[-1]
        stored = _stored_name(last)
        dropped = f"; it computes '{stored}' on line {last.lineno} and then drops it" if stored else ""
        findings.append(
            finding(
                last if stored else function,
                "none-result",
                f"'{function.name}' (line {function.lineno}) never returns a value, so '{ast.unparse(call)}' on line "
                f"{call.lineno} gets None{dropped}",
                f"end '{function.name}' with return {stored or '<the result>'}",
            )
        )
    return findings


def _stored_name(statement: ast.stmt) -> str:
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name):
        return statement.targets[0].id
    if isinstance(statement, ast.AnnAssign | ast.AugAssign) and isinstance(statement.target, ast.Name):
        return statement.target.id
    return ""


def _unchecked_divisions(code: Code, function: _Function) -> dict[str, ast.BinOp | ast.AugAssign]:
    """The first division by each parameter the function never tests, keyed by the parameter."""

    def compute() -> dict[str, ast.BinOp | ast.AugAssign]:
        parameters = set(_parameters(function)) - {"self", "cls"} | {a.arg for a in function.args.kwonlyargs}
        tested: set[str] = set()
        divisions: dict[str, ast.BinOp | ast.AugAssign] = {}
        for node in code.own(function):
            if isinstance(node, ast.If | ast.While | ast.IfExp | ast.Assert | ast.comprehension):
                tests = node.ifs if isinstance(node, ast.comprehension) else [node.test]
                tested |= {n.id for t in tests for n in ast.walk(t) if isinstance(n, ast.Name)}
            elif isinstance(node, ast.Try | ast.BoolOp):
                return {}  # guarded some other way: a handler, or "total and done / total"
            elif isinstance(node, ast.BinOp | ast.AugAssign) and isinstance(node.op, _DIVISIONS):
                divisor = node.right if isinstance(node, ast.BinOp) else node.value
                if isinstance(divisor, ast.Name) and divisor.id in parameters and not _formats(node, function):
                    divisions.setdefault(divisor.id, node)
            elif isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
                parameters.discard(node.id)  # reassigned: no longer what the caller passed
        return {name: node for name, node in divisions.items() if name not in tested and name in parameters}

    return code.memo(("unchecked-divisions", id(function)), compute)


def _formats(node: ast.BinOp | ast.AugAssign, function: _Function) -> bool:
    """A ``%`` that formats text, or a ``/`` that joins paths: operators that are not divisions here."""
    left = node.left if isinstance(node, ast.BinOp) else node.target
    if isinstance(node.op, ast.Mod):
        return isinstance(left, ast.Constant | ast.JoinedStr)
    if not isinstance(node.op, ast.Div):
        return False
    if isinstance(left, ast.Constant) or _PATH_LIKE.search(ast.unparse(left)):
        return True  # "reports" / name, Path(...) / name, base_dir / name
    divisor = node.right if isinstance(node, ast.BinOp) else node.value
    annotated = {a.arg: a.annotation for a in [*function.args.posonlyargs, *function.args.args] if a.annotation}
    hint = annotated.get(divisor.id) if isinstance(divisor, ast.Name) else None
    return hint is not None and ast.unparse(hint) not in ("int", "float", "complex", "Decimal", "Fraction")


def zero_divisors(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    functions = _defined_once(code)
    zeroed: set[int] = set()
    for call, function in _calls_by_name(code, functions):
        divisions = _unchecked_divisions(code, function)
        if not divisions:
            continue
        passed = dict(zip(_parameters(function), call.args, strict=False))
        passed |= {k.arg: k.value for k in call.keywords if k.arg}
        for name, value in passed.items():
            division = divisions.get(name)
            if division is None or id(division) in zeroed or not _is_zero(value):
                continue
            zeroed.add(id(division))
            findings.append(
                finding(
                    division,
                    "division-by-zero",
                    f"'{ast.unparse(call)}' on line {call.lineno} passes 0 as '{name}', and line {division.lineno} "
                    f"divides by '{name}' without checking it: ZeroDivisionError",
                    f"check '{name}' first (if not {name}: return a default) or do not pass 0",
                )
            )
    for function in functions.values():
        for name, division in _unchecked_divisions(code, function).items():
            if id(division) not in zeroed:
                findings.append(
                    finding(
                        division,
                        "unchecked-divisor",
                        f"unguarded division: '{ast.unparse(division)}' divides by the parameter '{name}', which "
                        f"'{function.name}' never checks: any call with {name}=0 raises ZeroDivisionError",
                        f"check '{name}' first (if not {name}: return a default) or raise a clear error",
                    )
                )
    return findings


def _is_zero(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and type(node.value) in (int, float) and node.value == 0
