"""Recursion that cannot stop.

- ``recursion-no-base``: every path through the function reaches its call to itself, because no statement
  before that call can return or raise; the calls nest until RecursionError.
- ``recursion-no-progress``: the function calls itself with exactly the arguments it was given and never
  changes them, so whenever that call is reached it is reached again (``return n * fact(n)``).

A call counts as recursive when a function calls its own name (not rebound inside it), or a method calls
``self.<name>`` / ``cls.<name>``.
"""

from __future__ import annotations

import ast

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.flow import is_exit_call
from servers.tools.code_reviewer.source import Code, Finding, own_nodes

_CONDITIONAL = (ast.BoolOp, ast.IfExp, ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def _params(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    args = function.args
    return [a.arg for a in [*args.posonlyargs, *args.args]]


def _is_method(code: Code, function: ast.AST) -> bool:
    return isinstance(code.parent(function), ast.ClassDef)


def recursive_calls(code: Code, function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.Call]:
    """The calls ``function`` makes to itself (by its own name, or as ``self.<name>`` in a method)."""
    own = code.own(function)
    args = function.args
    every = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
    rebound = function.name in {a.arg for a in every if a} or any(
        (isinstance(n, ast.Name) and n.id == function.name and not isinstance(n.ctx, ast.Load))
        or (isinstance(n, ast.Global | ast.Nonlocal) and function.name in n.names)
        or (isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and n.name == function.name)
        or (isinstance(n, ast.Import | ast.ImportFrom) and any((a.asname or a.name) == function.name for a in n.names))
        for n in own
    )  # the name means something else inside (a parameter, a global it replaces, an import)
    method = _is_method(code, function)
    params = _params(function)
    receiver = params[0] if method and params and params[0] in ("self", "cls") else None
    calls: list[ast.Call] = []
    for node in own:
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if not method and isinstance(func, ast.Name) and func.id == function.name and not rebound:
            calls.append(node)
        elif (
            method
            and isinstance(func, ast.Attribute)
            and func.attr == function.name
            and isinstance(func.value, ast.Name)
            and func.value.id == receiver
        ):
            calls.append(node)
    return calls


def _always_evaluated(expression: ast.AST, calls: set[int]) -> bool:
    """Whether evaluating ``expression`` always makes one of ``calls`` (not behind and/or, if-else, lambda...)."""
    stack = [expression]
    while stack:
        node = stack.pop()
        if id(node) in calls:
            return True
        if isinstance(node, ast.BoolOp):
            stack.append(node.values[0])
        elif isinstance(node, ast.IfExp):
            stack.append(node.test)
        elif not isinstance(node, _CONDITIONAL):
            stack.extend(ast.iter_child_nodes(node))
    return False


def _can_exit(statement: ast.stmt) -> bool:
    for node in [statement, *own_nodes(statement)]:
        if isinstance(node, ast.Return | ast.Raise | ast.Yield | ast.YieldFrom) or is_exit_call(node):
            return True
    return False


def _unconditional_call(function: ast.FunctionDef | ast.AsyncFunctionDef, calls: list[ast.Call]) -> ast.Call | None:
    ids = {id(c) for c in calls}
    for statement in function.body:
        value = None
        if isinstance(statement, ast.Expr | ast.Assign | ast.AugAssign | ast.AnnAssign | ast.Return):
            value = statement.value
        elif isinstance(statement, ast.If | ast.While):
            value = statement.test
        if value is not None and _always_evaluated(value, ids):
            return next(c for c in calls if any(n is c for n in ast.walk(value)))
        if _can_exit(statement):
            return None  # a possible base case comes first
    return None


def _mutated(function: ast.AST, names: set[str]) -> bool:
    """Whether the function may change what a parameter holds: rebinding it, storing into it, or calling any
    of its methods (a scanner's ``accept()`` moves it on, so the same argument is not the same state)."""
    for node in own_nodes(function):
        if isinstance(node, ast.Name) and node.id in names and not isinstance(node.ctx, ast.Load):
            return True
        if isinstance(node, ast.Attribute | ast.Subscript) and not isinstance(node.ctx, ast.Load):
            if isinstance(node.value, ast.Name) and node.value.id in names:
                return True
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            target = node.func.value
            if isinstance(target, ast.Name) and target.id in names:
                return True
    return False


def _stores_state(function: ast.AST) -> bool:
    return any(isinstance(n, ast.Attribute) and not isinstance(n.ctx, ast.Load) for n in own_nodes(function))


def recursion(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for function in code.functions():
        calls = recursive_calls(code, function)
        if not calls:
            continue
        unconditional = _unconditional_call(function, calls)
        if unconditional is not None:
            findings.append(
                finding(
                    function,
                    "recursion-no-base",
                    f"'{function.name}' (line {function.lineno}) calls itself on every path (line "
                    f"{unconditional.lineno}) and has no base case that returns first: infinite recursion, ending "
                    "in RecursionError",
                    "add a base case before the recursive call, e.g. 'if n <= 1: return 1'",
                )
            )
            continue
        method = _is_method(code, function)
        params = _params(function)[1:] if method else _params(function)
        if not params or _mutated(function, set(params)) or method and _stores_state(function):
            continue  # a method that changes its object's state may well recurse to act on the new state
        for call in calls:
            given = [a.id if isinstance(a, ast.Name) else None for a in call.args]
            if given == params and not call.keywords:
                findings.append(
                    finding(
                        call,
                        "recursion-no-progress",
                        f"'{function.name}' calls itself on line {call.lineno} with the same arguments it was given "
                        f"({', '.join(params)}), so it never gets closer to its base case: infinite recursion",
                        "pass a smaller or changed argument, e.g. n - 1",
                    )
                )
                break
    return findings
