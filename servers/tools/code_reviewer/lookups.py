"""Dictionary lookups that go wrong when the key is missing.

- ``get-none-arithmetic``: ``PRICES.get(item) * qty``: ``get`` without a default gives None for a missing key,
  and None in arithmetic raises TypeError. Not reported when the code tests the same lookup first
  (``if PRICES.get(item):``) or when the receiver looks like an HTTP client (``session.get(url)``).
- ``get-default-discarded``: ``groups.get(key, []).append(value)``: for a missing key the value goes into the
  fresh default list, which is never stored, so it is lost.
- ``missing-key``: ``counts[word] += 1`` on a dict the same function creates empty (``counts = {}``) and never
  fills or tests otherwise (no ``in``, ``get``, ``setdefault``, plain ``counts[k] = ...``, nor a handler for
  KeyError): the first new key raises KeyError.
"""

from __future__ import annotations

import ast
import re

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding

_ARITHMETIC = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow)
_CLIENT_LIKE = re.compile(r"requests|session|client|http|api|browser|driver|redis|cache", re.I)
_MUTATORS = frozenset({"append", "extend", "insert", "add", "update", "setdefault"})
_FILLERS = frozenset({"get", "setdefault", "update", "fromkeys", "pop", "keys", "items", "values", "copy"})


def dictionary_lookups(code: Code) -> list[Finding]:
    return _none_arithmetic(code) + _discarded_defaults(code) + _missing_keys(code)


def _plain_get(node: ast.AST) -> ast.Call | None:
    """``d.get(key)`` with no default, on a receiver that is not an HTTP client."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get"):
        return None
    if len(node.args) != 1 or node.keywords or not isinstance(node.func.value, ast.Name | ast.Attribute):
        return None
    return None if _CLIENT_LIKE.search(ast.unparse(node.func.value)) else node


def _tested(code: Code, node: ast.AST, text: str) -> bool:
    """Whether the scope tests ``text`` in a condition or an ``or`` (``if d.get(k):``, ``d.get(k) or 0``)."""
    for other in code.own(code.scope_of(node)):
        tests = [other.test] if isinstance(other, ast.If | ast.While | ast.IfExp | ast.Assert) else []
        tests += [other] if isinstance(other, ast.BoolOp) else []
        if any(ast.unparse(t) == text for test in tests for t in ast.walk(test)):
            return True
    return False


def _membership(code: Code, node: ast.AST, call: ast.Call) -> bool:
    """Whether the scope tests ``key in receiver`` for the lookup ``receiver.get(key)``."""
    receiver = call.func.value if isinstance(call.func, ast.Attribute) else call.func
    key, where = ast.unparse(call.args[0]), ast.unparse(receiver)
    return any(
        isinstance(other, ast.Compare)
        and ast.unparse(other.left) == key
        and any(isinstance(op, ast.In | ast.NotIn) for op in other.ops)
        and any(ast.unparse(c) == where for c in other.comparators)
        for other in code.own(code.scope_of(node))
    )


def _none_arithmetic(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for node in code.nodes(ast.BinOp, ast.AugAssign):
        if not isinstance(node.op, _ARITHMETIC):
            continue
        operands = [node.left, node.right] if isinstance(node, ast.BinOp) else [node.value]
        for operand in operands:
            call = _plain_get(operand)
            if call is None or _tested(code, node, ast.unparse(call)) or _membership(code, node, call):
                continue
            receiver, key = ast.unparse(call.func), ast.unparse(call.args[0])
            findings.append(
                finding(
                    call,
                    "get-none-arithmetic",
                    f"'{ast.unparse(call)}' gives None when the key {key} is missing, and arithmetic on None raises "
                    "TypeError (unsupported operand type 'NoneType')",
                    f"give a default, {receiver}({key}, 0), or index with [{key}] if a missing key is a bug",
                )
            )
            break
    return findings


def _discarded_defaults(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for statement in code.nodes(ast.Expr):
        call = statement.value
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)) or call.func.attr not in _MUTATORS:
            continue
        lookup = call.func.value
        if not (isinstance(lookup, ast.Call) and isinstance(lookup.func, ast.Attribute) and lookup.func.attr == "get"):
            continue
        if len(lookup.args) != 2 or not _fresh_container(lookup.args[1]):
            continue
        receiver, key = ast.unparse(lookup.func.value), ast.unparse(lookup.args[0])
        findings.append(
            finding(
                statement,
                "get-default-discarded",
                f"'{ast.unparse(lookup)}' hands back a new {ast.unparse(lookup.args[1])} for a missing key without "
                f"storing it in '{receiver}', so .{call.func.attr}() changes a container that is then thrown away",
                f"use {receiver}.setdefault({key}, {ast.unparse(lookup.args[1])}).{call.func.attr}(...), or a "
                "collections.defaultdict",
            )
        )
    return findings


def _fresh_container(node: ast.AST) -> bool:
    if isinstance(node, ast.List | ast.Dict | ast.Set):
        return True
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("list", "dict", "set")


def _missing_keys(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for scope in [code.tree, *code.functions()]:
        own = code.own(scope)
        empties = _made_empty(own)
        for node in own:
            if not (isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Subscript)):
                continue
            name = node.target.value
            if not isinstance(name, ast.Name) or name.id not in empties or _filled(own, name.id, node):
                continue
            key = ast.unparse(node.target.slice)
            findings.append(
                finding(
                    node,
                    "missing-key",
                    f"'{ast.unparse(node.target)} {_operator(node)}= ...' reads the key before it exists: "
                    f"'{name.id}' starts empty (line {empties[name.id]}), so the first new key raises KeyError",
                    f"use {name.id}[{key}] = {name.id}.get({key}, 0) {_operator(node)} ..., or collections.Counter / "
                    "defaultdict(int)",
                )
            )
            empties.pop(name.id)  # once per dict
    return findings


_SYMBOLS: dict[type[ast.operator], str] = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.BitOr: "|"}


def _operator(node: ast.AugAssign) -> str:
    return _SYMBOLS.get(type(node.op), "?")


def _made_empty(own: list[ast.AST]) -> dict[str, int]:
    """Names whose every assignment in the scope is an empty dict (``{}`` or ``dict()``), with the first line."""
    empties: dict[str, int] = {}
    other: set[str] = set()
    for node in own:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if not isinstance(target, ast.Name):
                    continue
                empty = isinstance(node.value, ast.Dict) and not node.value.keys
                empty = empty or (
                    isinstance(node.value, ast.Call)
                    and isinstance(node.value.func, ast.Name)
                    and node.value.func.id == "dict"
                    and not node.value.args
                    and not node.value.keywords
                )
                if empty:
                    empties[target.id] = min(empties.get(target.id, node.lineno), node.lineno)
                else:
                    other.add(target.id)
        elif isinstance(node, ast.AnnAssign | ast.AugAssign | ast.NamedExpr) and isinstance(node.target, ast.Name):
            other.add(node.target.id)
        elif isinstance(node, ast.For | ast.AsyncFor | ast.comprehension):
            other |= {n.id for n in ast.walk(node.target) if isinstance(n, ast.Name)}
        elif isinstance(node, ast.withitem) and node.optional_vars is not None:
            other |= {n.id for n in ast.walk(node.optional_vars) if isinstance(n, ast.Name)}
        elif isinstance(node, ast.Global | ast.Nonlocal):
            other |= set(node.names)
    return {name: line for name, line in empties.items() if name not in other}


def _filled(own: list[ast.AST], name: str, update: ast.AugAssign) -> bool:
    """Whether the scope stores, tests or fills keys of ``name`` some other way, or expects a KeyError."""
    for node in own:
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store) and node is not update.target:
            if isinstance(node.value, ast.Name) and node.value.id == name:
                return True
        if isinstance(node, ast.Compare) and any(isinstance(op, ast.In | ast.NotIn) for op in node.ops):
            if any(isinstance(c, ast.Name) and c.id == name for c in node.comparators):
                return True
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _FILLERS:
            if isinstance(node.func.value, ast.Name) and node.func.value.id == name:
                return True
        if isinstance(node, ast.Call) and any(isinstance(a, ast.Name) and a.id == name for a in node.args):
            return True  # handed to other code, which may fill it
        if isinstance(node, ast.ExceptHandler) and node.type is not None and "KeyError" in ast.unparse(node.type):
            return True
    return False
