"""One object in several places: a list of rows made by repeating one inner list.

- ``shared-inner-list``: ``grid = [[0] * cols] * rows`` puts the *same* inner list in every row, so
  ``grid[0][1] = 5`` changes column 1 of every row. Reported when the code then changes a row in place
  (``grid[r][c] = ...``, ``grid[r].append(...)``); a table that is only read is harmless.
"""

from __future__ import annotations

import ast

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding

_MUTATORS = frozenset({"append", "extend", "insert", "add", "update", "pop", "remove", "clear", "sort"})


def shared_rows(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for assign in code.nodes(ast.Assign):
        value = assign.value
        if not (isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mult)):
            continue
        repeated = value.left if isinstance(value.left, ast.List) else value.right
        if not (isinstance(repeated, ast.List) and len(repeated.elts) == 1 and _mutable(repeated.elts[0])):
            continue
        if len(assign.targets) != 1 or not isinstance(assign.targets[0], ast.Name):
            continue
        name = assign.targets[0].id
        changed = _row_changed(code.own(code.scope_of(assign)), name)
        if changed is None:
            continue
        findings.append(
            finding(
                assign,
                "shared-inner-list",
                f"'{ast.unparse(value)}' repeats one inner object: every row of '{name}' is the same list, so the "
                f"change on line {changed} shows up in every row",
                f"build each row on its own: [{ast.unparse(repeated.elts[0])} for _ in range(...)]",
            )
        )
    return findings


def _mutable(node: ast.AST) -> bool:
    if isinstance(node, ast.List | ast.Dict | ast.Set | ast.ListComp | ast.DictComp | ast.SetComp):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        return isinstance(node.left, ast.List) or isinstance(node.right, ast.List)
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("list", "dict", "set")


def _row_changed(own: list[ast.AST], name: str) -> int | None:
    """The first line that changes a row of ``name`` in place, or None."""
    lines: list[int] = []
    for node in own:
        row: ast.AST | None = None
        if isinstance(node, ast.Subscript) and not isinstance(node.ctx, ast.Load):
            row = node.value  # grid[r][c] = ...: the row is grid[r]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _MUTATORS:
            row = node.func.value
        if isinstance(row, ast.Subscript) and isinstance(row.value, ast.Name) and row.value.id == name:
            lines.append(getattr(node, "lineno", 0))
    return min(lines) if lines else None
