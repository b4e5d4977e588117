"""Comparisons and conditions that do not test what they seem to.

- ``is-literal``: ``x is 5``, ``name is "admin"``, ``x is []`` compare identity, not value; the result depends
  on interning and caching (and is always False for a fresh list).
- ``constant-condition``: ``if x == "a" or "b":`` is always true (the ``or`` tests the string "b" itself);
  ``x == ("a" or "b")`` compares with "a" only.
- ``type-comparison``: ``type(x) == "str"`` compares a type with a string: always False.
- ``comparison-statement``: ``x == 5`` on a line of its own computes a result and drops it (meant ``=``, or a
  missing ``assert``).
- ``float-equality``: ``0.1 + 0.2 == 0.3`` is False: computed floats are rarely exactly equal.
- ``assert-tuple``: ``assert (x > 0, "message")`` asserts a non-empty tuple: always true.
- ``none-comparison`` / ``bool-comparison``: ``== None`` and ``== True`` work but ``is None`` and a plain
  truth test are the reliable, idiomatic forms.
"""

from __future__ import annotations

import ast

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding

_TESTS = (ast.If, ast.While, ast.IfExp, ast.Assert)


def _literal(node: ast.AST) -> bool:
    """A value literal whose identity is meaningless: numbers, strings, bytes and container displays."""
    if isinstance(node, ast.Constant):
        return not (node.value is None or isinstance(node.value, bool) or node.value is Ellipsis)
    return isinstance(node, ast.List | ast.Dict | ast.Set | ast.Tuple | ast.ListComp | ast.DictComp | ast.SetComp)


def _truthy_constant(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and bool(node.value) and not isinstance(node.value, bool)


def _source(node: ast.AST) -> str:
    text = ast.unparse(node)
    return text if len(text) <= 40 else text[:37] + "..."


def comparisons(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for node in code.nodes(ast.Compare):
        operands = [node.left, *node.comparators]
        for op, left, right in zip(node.ops, operands, operands[1:], strict=False):
            findings += _compare(node, op, left, right)
    for node in code.nodes(ast.BoolOp):
        findings += _always_true(code, node)
    for node in code.nodes(ast.Expr):
        if isinstance(node.value, ast.Compare) and isinstance(node.value.ops[0], ast.Eq | ast.NotEq):
            findings.append(
                finding(
                    node,
                    "comparison-statement",
                    f"'{_source(node.value)}' compares and throws the result away: it changes nothing",
                    "use '=' to assign, or 'assert' to check",
                )
            )
    for node in code.nodes(ast.Assert):
        if isinstance(node.test, ast.Tuple) and node.test.elts:
            findings.append(
                finding(
                    node,
                    "assert-tuple",
                    "this assert tests a non-empty tuple, which is always true, so it never fails",
                    f"drop the parentheses: assert {_source(node.test.elts[0])}, <message>",
                )
            )
    return findings


def _compare(node: ast.Compare, op: ast.cmpop, left: ast.AST, right: ast.AST) -> list[Finding]:
    if isinstance(op, ast.Is | ast.IsNot) and (_literal(left) or _literal(right)):
        word = "is not" if isinstance(op, ast.IsNot) else "is"
        fix = "!=" if isinstance(op, ast.IsNot) else "=="
        return [
            finding(
                node,
                "is-literal",
                f"'{word}' compares object identity, not value: '{_source(node)}' can be False even when the "
                "values are equal",
                f"use '{fix}' to compare values ('is' only for None, True and False)",
            )
        ]
    if not isinstance(op, ast.Eq | ast.NotEq):
        return []
    word = "!=" if isinstance(op, ast.NotEq) else "=="
    for a, b in ((left, right), (right, left)):
        if isinstance(b, ast.Constant) and b.value is None:
            identity = "is not" if word == "!=" else "is"
            return [
                finding(
                    node,
                    "none-comparison",
                    f"comparison with None using '{word}' calls __eq__, which a class can override",
                    f"use 'x {identity} None'",
                )
            ]
        if isinstance(b, ast.Constant) and isinstance(b.value, bool):
            return [
                finding(
                    node,
                    "bool-comparison",
                    f"comparison with {b.value} using '{word}'",
                    "test the value directly: 'if x:' or 'if not x:'",
                )
            ]
        if _type_call(a) and isinstance(b, ast.Constant) and isinstance(b.value, str):
            return [
                finding(
                    node,
                    "type-comparison",
                    f"'{_source(node)}' compares a type with the string {b.value!r}: always "
                    f"{'True' if word == '!=' else 'False'}",
                    f"use isinstance(x, {b.value})",
                )
            ]
        if isinstance(b, ast.BoolOp) and all(isinstance(v, ast.Constant) for v in b.values):
            return [
                finding(
                    node,
                    "constant-condition",
                    f"'{_source(b)}' evaluates to its first truthy value, so this compares with that value only",
                    "compare with each value: x in (a, b)",
                )
            ]
        if _fractional(b) and isinstance(a, ast.BinOp):
            return [
                finding(
                    node,
                    "float-equality",
                    f"'{_source(node)}' compares computed floats exactly; rounding makes this unreliable "
                    "(0.1 + 0.2 == 0.3 is False)",
                    "compare with a tolerance: math.isclose(a, b)",
                )
            ]
    return []


def _type_call(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "type"


def _fractional(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, float) and not node.value.is_integer()


def _always_true(code: Code, node: ast.BoolOp) -> list[Finding]:
    """``x == 1 or 2`` in a condition: a comparison or-ed with a bare truthy constant."""
    if not isinstance(node.op, ast.Or) or not isinstance(code.parent(node), _TESTS):
        return []
    constants = [v for v in node.values[1:] if _truthy_constant(v)]
    if not constants or not any(isinstance(v, ast.Compare) for v in node.values):
        return []
    return [
        finding(
            node,
            "constant-condition",
            f"'{_source(node)}' is always true: 'or {_source(constants[0])}' tests the value "
            f"{_source(constants[0])} itself, which is truthy, instead of comparing with it",
            "compare with each value: x in (a, b)",
        )
    ]
