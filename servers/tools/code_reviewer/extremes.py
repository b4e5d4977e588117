"""A running maximum or minimum that starts from a constant instead of from the data.

- ``seeded-extreme``: ``largest = 0`` before ``for x in xs: if x > largest: largest = x`` (or
  ``largest = max(largest, x)``): when every item is below the seed (a list of negative numbers) the result is
  the seed, which is not one of the items; likewise a minimum seeded with 0 over positive numbers. A loop over
  ``range(...)`` is left alone: its items are known, and a seed below them is a fine start.
"""

from __future__ import annotations

import ast

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding

_GROWS = (ast.Gt, ast.GtE)
_SHRINKS = (ast.Lt, ast.LtE)


def number_constant(node: ast.AST) -> float | None:
    """The value of a number written in the code (``80``, ``-2.5``), or None for anything else (``True`` too)."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = number_constant(node.operand)
        return None if inner is None else -inner
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float) and not isinstance(node.value, bool):
        return float(node.value)
    return None


def _id(node: ast.AST) -> str | None:
    return node.id if isinstance(node, ast.Name) else None


def _direction(test: ast.AST, item: str, seed: str) -> str | None:
    """ "max" when ``test`` asks whether the item beats the seed upwards (``x > best``), "min" downwards."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
        return None
    left, right, op = test.left, test.comparators[0], test.ops[0]
    names = (_id(left), _id(right))
    if names == (item, seed):
        return "max" if isinstance(op, _GROWS) else "min" if isinstance(op, _SHRINKS) else None
    if names == (seed, item):
        return "min" if isinstance(op, _GROWS) else "max" if isinstance(op, _SHRINKS) else None
    return None


def _updates(loop: ast.For, item: str, seed: str) -> tuple[str, ast.stmt] | None:
    """How the loop keeps ``seed`` as the largest or smallest item so far, and where; None when it does not."""
    for node in (n for statement in loop.body for n in ast.walk(statement)):
        if isinstance(node, ast.If) and (way := _direction(node.test, item, seed)):
            assigns = [
                s
                for s in node.body
                if isinstance(s, ast.Assign) and [_id(t) for t in s.targets] == [seed] and _id(s.value) == item
            ]
            if assigns:
                return way, node
        if (
            isinstance(node, ast.Assign)
            and [_id(t) for t in node.targets] == [seed]
            and isinstance(node.value, ast.Call)
            and (way := _id(node.value.func)) in ("max", "min")
            and sorted(_id(a) or "" for a in node.value.args) == sorted((item, seed))
        ):
            return str(way), node
    return None


def seeded_extremes(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for scope in [code.tree, *code.functions()]:
        own = code.own(scope)
        stores: dict[str, list[ast.AST]] = {}
        for node in own:
            if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
                stores.setdefault(node.id, []).append(node)
        seeds = {
            node.targets[0].id: (node, value)
            for node in own
            if isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and (value := number_constant(node.value)) is not None
        }
        for loop in (n for n in own if isinstance(n, ast.For)):
            item = _id(loop.target)
            if item is None or isinstance(loop.iter, ast.Call) and _id(loop.iter.func) == "range":
                continue
            for seed, (start, value) in seeds.items():
                if start.lineno >= loop.lineno or len(stores.get(seed, ())) != 2:
                    continue  # set once before the loop and once in it, nowhere else
                update = _updates(loop, item, seed)
                if update is None:
                    continue
                way, where = update
                shown, beyond = f"{value:g}", "below" if way == "max" else "above"
                grows = "larger" if way == "max" else "smaller"
                findings.append(
                    finding(
                        start,
                        "seeded-extreme",
                        f"'{seed}' starts at {shown} and the loop on line {loop.lineno} only replaces it with a "
                        f"{grows} item (line {where.lineno}), so when every item is {beyond} {shown} the result is "
                        f"{shown}, which is not one of them",
                        f"start from the first item ({seed} = {ast.unparse(loop.iter)}[0], after checking it is not "
                        f"empty) or from float('{'-' if way == 'max' else ''}inf'), or use {way}()",
                    )
                )
    return findings
