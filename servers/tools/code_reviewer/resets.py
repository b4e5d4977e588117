"""A running total started again on every pass of its loop: ``total = 0`` inside the loop, then ``total += item``.

- ``reset-in-loop``: a name set to nothing (``0``, ``0.0``, ``""``, ``[]``) in a loop's body, then added to later in
  the same body (``+=``, ``.append``), never read elsewhere in the loop and read after it. Each pass throws away
  what the passes before added, so after the loop the name holds the last item alone ("it always says only the
  last one"). A total that is read in the loop after its additions (a per-row sum appended to a list of sums) is
  the loop's point and is left alone.
"""

from __future__ import annotations

import ast

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding, reads

_ADDING_METHODS = frozenset({"append", "extend", "add", "update"})


def reset_totals(code: Code) -> list[Finding]:
    """Every running total reset inside the loop that adds to it, with its value read after the loop."""
    findings: list[Finding] = []
    for body in [code.tree.body] + [f.body for f in code.functions()]:
        for index, loop in enumerate(body):
            if not isinstance(loop, (ast.For, ast.AsyncFor, ast.While)) or loop.orelse:
                continue
            after = body[index + 1 :]
            for at, statement in enumerate(loop.body):
                name = _emptied(statement)
                if name is None or not any(_adds_to(s, name) for s in loop.body[at + 1 :]):
                    continue
                others = [s for s in loop.body if s is not statement and not _adds_to(s, name)]
                if any(reads(s, name) for s in others) or not any(reads(s, name) for s in after):
                    continue
                shown = ast.unparse(statement)
                findings.append(
                    finding(
                        statement,
                        "reset-in-loop",
                        f"'{shown}' is inside the loop, so '{name}' starts again on every pass and after the loop "
                        f"it holds only what the last pass added",
                        f"set '{shown}' once, before the loop",
                    )
                )
    return findings


def _emptied(statement: ast.stmt) -> str | None:
    """The name ``statement`` sets to nothing (``total = 0``, ``names = []``), or None."""
    if not (
        isinstance(statement, ast.Assign) and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name)
    ):
        return None
    value = statement.value
    empty = (
        (isinstance(value, ast.Constant) and value.value in (0, "") and not isinstance(value.value, bool))
        or isinstance(value, ast.List)
        and not value.elts
    )
    return statement.targets[0].id if empty else None


def _adds_to(statement: ast.stmt, name: str) -> bool:
    """Whether ``statement`` adds to ``name``: ``name += x`` or ``name.append(x)``."""
    if isinstance(statement, ast.AugAssign):
        return isinstance(statement.target, ast.Name) and statement.target.id == name
    call = statement.value if isinstance(statement, ast.Expr) else None
    return (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr in _ADDING_METHODS
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id == name
    )
