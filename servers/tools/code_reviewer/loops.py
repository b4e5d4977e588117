"""Loops and indexing: the classic ways to skip an element, run off the end, or capture the wrong value.

- ``modify-while-iterating``: ``for x in items: items.remove(x)`` skips elements of a list and raises
  RuntimeError for a dict or set. Not reported when the change is followed at once by ``break`` or
  ``return``, or when the loop runs over a copy (``items[:]``, ``list(items)``).
- ``index-off-by-one``: ``for i in range(len(xs) + 1): xs[i]`` and ``range(1, len(xs) + 1)`` reach
  ``xs[len(xs)]``; ``for i in range(len(xs)): xs[i + 1]`` does on its last pass (unless the body checks
  ``len(xs)``); ``xs[len(xs)]`` always does. Each raises IndexError.
- ``float-index``: ``/`` always gives a float in Python 3, and ``range(n / 2)``, ``xs[len(xs) / 2]`` and
  ``"-" * (n / 2)`` need an int: TypeError.
- ``late-binding-closure``: a lambda (or a ``def``) created in a loop and kept (appended, stored, passed as
  ``command=``) that reads the loop variable sees its *last* value when it finally runs.
- ``unused-loop-variable``: ``for i in range(3): work()``: name it ``_`` to say so.
"""

from __future__ import annotations

import ast
from typing import TypeGuard

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.ranges import indexes, len_of, plus_constant, range_stop, skipped_ends
from servers.tools.code_reviewer.source import Code, Finding, own_nodes

_LIST_MUTATORS = frozenset(
    {"append", "extend", "insert", "remove", "pop", "clear", "add", "discard", "update", "popitem", "setdefault"}
)
_VIEWS = frozenset({"keys", "values", "items"})
_STORE_CALLS = frozenset({"append", "add", "insert", "setdefault"})
_CALLBACK_KEYWORDS = frozenset({"command", "callback", "target", "func", "on_click", "handler"})


def _iterated_name(loop: ast.For | ast.AsyncFor) -> str | None:
    """The collection a loop iterates over directly: ``for x in items`` or ``for k in d.keys()``."""
    source = loop.iter
    if isinstance(source, ast.Call) and isinstance(source.func, ast.Attribute) and source.func.attr in _VIEWS:
        source = source.func.value
        if not isinstance(source, ast.Name):
            return None  # an object's own keys() may well return a copy
    if isinstance(source, ast.Name) and source.id in ("self", "cls"):
        return None
    return ast.unparse(source) if isinstance(source, ast.Name | ast.Attribute) else None


def _mutation(statement: ast.stmt, collection: str) -> ast.stmt | ast.expr | None:
    for node in [statement, *own_nodes(statement)]:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _LIST_MUTATORS:
            if ast.unparse(node.func.value) == collection:
                return node
        elif isinstance(node, ast.Delete):
            for target in node.targets:
                if isinstance(target, ast.Subscript) and ast.unparse(target.value) == collection:
                    return node
        elif isinstance(node, ast.AugAssign) and ast.unparse(node.target) == collection:
            return node
    return None


def _first_mutation(body: list[ast.stmt], collection: str) -> ast.stmt | ast.expr | None:
    """A change to ``collection`` in ``body`` that the loop carries on after (not followed by break/return)."""
    for index, statement in enumerate(body):
        if isinstance(statement, ast.If | ast.With | ast.Try):
            for block in (getattr(statement, n, []) for n in ("body", "orelse", "finalbody")):
                found = _first_mutation(block, collection)
                if found is not None:
                    return found
            for handler in getattr(statement, "handlers", []):
                found = _first_mutation(handler.body, collection)
                if found is not None:
                    return found
            continue
        if isinstance(statement, ast.For | ast.While):
            found = _first_mutation(statement.body, collection)
            if found is not None:
                return found
            continue
        found = _mutation(statement, collection)
        if found is not None:
            if any(isinstance(s, ast.Break | ast.Return | ast.Raise) for s in body[index + 1 :]):
                continue  # the loop stops right after the change
            return found
    return None


def _checks_length(body: list[ast.stmt], collection: str) -> bool:
    return any(
        isinstance(n, ast.If | ast.While | ast.IfExp) and any(len_of(c) == collection for c in ast.walk(n.test))
        for s in body
        for n in [s, *own_nodes(s)]
    )


def modified_while_iterating(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for loop in code.nodes(ast.For, ast.AsyncFor):
        collection = _iterated_name(loop)
        if collection is None:
            continue
        rebound = any(
            isinstance(n, ast.Name | ast.Attribute) and not isinstance(n.ctx, ast.Load) and ast.unparse(n) == collection
            for s in loop.body
            for n in ast.walk(s)
        )
        changed = None if rebound else _first_mutation(loop.body, collection)
        if changed is not None:
            findings.append(
                finding(
                    changed,
                    "modify-while-iterating",
                    f"'{collection}' is modified on line {changed.lineno} while iterating over it (the loop on "
                    f"line {loop.lineno}): a list skips elements, a dict or set raises RuntimeError",
                    f"iterate over a copy, for item in list({collection}):, or build a new collection with a "
                    "comprehension",
                )
            )
    return findings


def _index_loops(code: Code) -> list[tuple[ast.For | ast.AsyncFor | ast.comprehension, list[ast.stmt], int]]:
    """Each loop with the statements it runs and its line: a ``for`` statement, or a comprehension over one ``for``
    and no ``if`` ('[bids[i] for i in range(len(bids) + 1)]'), whose item is what it runs each pass."""
    loops: list[tuple[ast.For | ast.AsyncFor | ast.comprehension, list[ast.stmt], int]] = [
        (loop, loop.body, loop.lineno) for loop in code.nodes(ast.For, ast.AsyncFor)
    ]
    for comp in code.nodes(ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp):
        if len(comp.generators) != 1 or comp.generators[0].ifs:
            continue
        items = [comp.key, comp.value] if isinstance(comp, ast.DictComp) else [comp.elt]
        loops.append((comp.generators[0], [ast.Expr(item) for item in items], comp.lineno))
    return loops


def off_by_one(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for loop, body, line in _index_loops(code):
        stop = range_stop(loop)
        if stop is None or not isinstance(loop.target, ast.Name):
            continue
        index = loop.target.id
        past = plus_constant(stop)
        collection = len_of(past[0]) if past else len_of(stop)
        if collection is None:
            continue
        extra = past[1] if past else 0
        for subscript, offset in indexes(body, collection, index):
            if offset + extra >= 1 and not (offset and _checks_length(body, collection)):
                findings.append(
                    finding(
                        subscript,
                        "index-off-by-one",
                        f"'{ast.unparse(subscript)}' reaches index len({collection}) on the loop's last pass (range "
                        f"on line {line}), one past the end: IndexError",
                        f"valid indexes run from 0 to len({collection}) - 1: use range(len({collection}))"
                        + (f" - {offset}" if offset else "")
                        + " or iterate over the items directly",
                    )
                )
                break
    findings += skipped_ends(code)
    for subscript in code.nodes(ast.Subscript):
        if isinstance(subscript.ctx, ast.Load) and len_of(subscript.slice) == ast.unparse(subscript.value):
            findings.append(
                finding(
                    subscript,
                    "index-off-by-one",
                    f"'{ast.unparse(subscript)}' is always one past the end: IndexError",
                    f"the last item is {ast.unparse(subscript.value)}[-1]",
                )
            )
    return findings


def _true_division(node: ast.AST) -> TypeGuard[ast.BinOp]:
    return isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div)


def float_index(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    places: list[tuple[ast.AST, ast.BinOp, str]] = []
    for call in code.nodes(ast.Call):
        if isinstance(call.func, ast.Name) and call.func.id == "range":
            places += [(call, a, "range()") for a in call.args if _true_division(a)]
    for subscript in code.nodes(ast.Subscript):
        key = subscript.slice
        parts = [key.lower, key.upper, key.step] if isinstance(key, ast.Slice) else [key]
        places += [(subscript, p, "an index") for p in parts if p is not None and _true_division(p)]
    for binop in code.nodes(ast.BinOp):
        if isinstance(binop.op, ast.Mult):
            for a, b in ((binop.left, binop.right), (binop.right, binop.left)):
                if _true_division(a) and isinstance(b, ast.List | ast.Constant) and not isinstance(b, ast.Tuple):
                    if isinstance(b, ast.List) or isinstance(getattr(b, "value", None), str):
                        places.append((binop, a, "a repeat count"))
    for where, division, needs in places:
        findings.append(
            finding(
                where,
                "float-index",
                f"'{ast.unparse(division)}' is a float ('/' always divides to a float in Python 3), but {needs} "
                "needs an int: TypeError",
                f"use floor division: {ast.unparse(division.left)} // {ast.unparse(division.right)}",
            )
        )
    return findings


def _loop_variables(code: Code, node: ast.AST) -> set[str]:
    names: set[str] = set()
    for ancestor in code.ancestors(node):
        if isinstance(ancestor, ast.For | ast.AsyncFor):
            names |= {n.id for n in ast.walk(ancestor.target) if isinstance(n, ast.Name)}
        elif isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Module):
            break
    return names


def _kept(code: Code, lam: ast.Lambda | ast.Name) -> bool:
    """Whether the lambda (or a function's name) is stored for later rather than called at once (a sort key is
    called at once)."""
    parent = code.parent(lam)
    if isinstance(parent, ast.keyword):
        return parent.arg in _CALLBACK_KEYWORDS
    if isinstance(parent, ast.Call) and isinstance(parent.func, ast.Attribute):
        return parent.func.attr in _STORE_CALLS
    if isinstance(parent, ast.Assign):
        return any(isinstance(t, ast.Subscript) for t in parent.targets)
    return isinstance(parent, ast.ListComp | ast.DictComp | ast.GeneratorExp | ast.Dict | ast.List)


def _kept_function(code: Code, function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether a function defined in a loop is stored for later (appended, put in a dict, passed as a callback)."""
    scope = code.parent(function)
    while scope is not None and not isinstance(scope, ast.For | ast.AsyncFor):
        scope = code.parent(scope)
    if scope is None:
        return False
    for node in ast.walk(scope):
        if isinstance(node, ast.Name) and node.id == function.name and isinstance(node.ctx, ast.Load):
            parent = code.parent(node)
            if _kept(code, node):
                return True
            if isinstance(parent, ast.Assign) and node is parent.value:
                if any(isinstance(t, ast.Subscript) for t in parent.targets):
                    return True
    return False


def _late_functions(code: Code) -> list[Finding]:
    """``def`` inside a loop, kept for later, whose body reads the loop variable."""
    findings: list[Finding] = []
    for function in code.functions():
        loop_names = _loop_variables(code, function)
        if not loop_names or not _kept_function(code, function):
            continue
        arguments = function.args
        params = {a.arg for a in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]}
        own = [n for s in function.body for n in [s, *own_nodes(s)]]  # not the decorators nor the defaults
        local = {n.id for n in own if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)}
        read = {n.id for n in own if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
        late = read & loop_names - params - local
        if late:
            name = sorted(late)[0]
            findings.append(
                finding(
                    function,
                    "late-binding-closure",
                    f"'{function.name}' (line {function.lineno}) reads the loop variable '{name}' when it runs, not "
                    f"when it is defined, so every function made in the loop sees the last value of '{name}'",
                    f"bind the current value as a default: def {function.name}({name}={name}): ...",
                )
            )
    return findings


def late_binding(code: Code) -> list[Finding]:
    findings: list[Finding] = _late_functions(code)
    for lam in code.nodes(ast.Lambda):
        if not _kept(code, lam):
            continue
        params = {a.arg for a in [*lam.args.posonlyargs, *lam.args.args, *lam.args.kwonlyargs]}
        loop_names = _loop_variables(code, lam)
        for ancestor in code.ancestors(lam):
            if isinstance(ancestor, ast.ListComp | ast.DictComp | ast.GeneratorExp):
                loop_names |= {n.id for g in ancestor.generators for n in ast.walk(g.target) if isinstance(n, ast.Name)}
        read = {n.id for n in ast.walk(lam.body) if isinstance(n, ast.Name)} & loop_names - params
        if read:
            name = sorted(read)[0]
            findings.append(
                finding(
                    lam,
                    "late-binding-closure",
                    f"the lambda on line {lam.lineno} reads the loop variable '{name}' when it runs, not when it "
                    f"is made, so every one of them sees the last value of '{name}'",
                    f"bind the current value as a default: lambda {name}={name}: ...",
                )
            )
    return findings


def unused_loop_variables(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for loop in code.nodes(ast.For, ast.AsyncFor):
        target = loop.target
        if not isinstance(target, ast.Name) or target.id.startswith("_"):
            continue
        inside = (n for s in loop.body + loop.orelse for n in [s, *ast.walk(s)])
        if not any(isinstance(n, ast.Name) and n.id == target.id for n in inside):
            findings.append(
                finding(
                    target,
                    "unused-loop-variable",
                    f"the loop variable '{target.id}' is never used in the loop",
                    "name it '_' to show it is not needed (or use it, if it was meant to be)",
                )
            )
    return findings
