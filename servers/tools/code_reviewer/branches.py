"""Branches that can never be taken because an earlier test already takes every value they would.

- ``shadowed-branch``: in ``if t > 80: ... elif t > 90: ...`` every ``t`` above 90 is also above 80, so the first
  branch takes it and the second never runs; the thresholds are tested in the wrong order. The same holds for a
  run of ``if`` statements whose earlier bodies always leave (``return``, ``raise``, ``break``, ``continue``):
  ``if t > 80: return "hot"`` followed by ``if t > 90: return "danger"``.

Only tests of one name (or attribute) against number constants are compared (``t > 80``, ``90 <= t``, ``0 < t <
10``, ``t == 5``), each the whole test of its branch; a test with ``and``/``or``, a call or another variable is
left alone, so no finding rests on a guess about what a value can be. A run of ``if`` statements is read only
while every earlier one leaves: a body that falls through may change the value before the next test.
"""

from __future__ import annotations

import ast
import math
from dataclasses import dataclass

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.extremes import number_constant
from servers.tools.code_reviewer.source import Code, Finding

_LEAVES = (ast.Return, ast.Raise, ast.Break, ast.Continue)


@dataclass(frozen=True)
class _Range:
    """The values of ``subject`` a test lets through: from ``low`` to ``high``, each end open or closed."""

    subject: str
    low: float
    low_open: bool
    high: float
    high_open: bool

    def within(self, other: _Range) -> bool:
        """Whether every value this range lets through is one ``other`` lets through too."""
        if self.subject != other.subject:
            return False
        low_in = self.low > other.low or (self.low == other.low and (self.low_open or not other.low_open))
        high_in = self.high < other.high or (self.high == other.high and (self.high_open or not other.high_open))
        return low_in and high_in


def shadowed_branches(code: Code) -> list[Finding]:
    """Branches of an ``if``/``elif`` chain, or of a run of leaving ``if`` statements, that never run."""
    found: list[Finding] = []
    for node in code.by_type.get(ast.If, []):
        assert isinstance(node, ast.If)
        parent = code.parents.get(id(node))
        if not (isinstance(parent, ast.If) and parent.orelse == [node]):  # each chain once, from its head
            found.extend(_chain(node))
    for node in ast.walk(code.tree):
        for block in _blocks(node):
            found.extend(_run(block))
    return found


def _chain(head: ast.If) -> list[Finding]:
    found: list[Finding] = []
    earlier: list[tuple[ast.expr, _Range]] = []
    branch: ast.If | None = head
    while branch is not None:
        found.extend(_check(branch.test, earlier))
        branch = branch.orelse[0] if len(branch.orelse) == 1 and isinstance(branch.orelse[0], ast.If) else None
    return found


def _blocks(node: ast.AST) -> list[list[ast.stmt]]:
    return [
        block
        for name in ("body", "orelse", "finalbody")
        if isinstance(block := getattr(node, name, None), list) and block and isinstance(block[0], ast.stmt)
    ]


def _run(block: list[ast.stmt]) -> list[Finding]:
    found: list[Finding] = []
    earlier: list[tuple[ast.expr, _Range]] = []
    for statement in block:
        if not isinstance(statement, ast.If) or statement.orelse:
            earlier = []
            continue
        if earlier:
            found.extend(_check(statement.test, earlier, record=False))
        if statement.body and isinstance(statement.body[-1], _LEAVES):
            if (taken := _range(statement.test)) is not None:
                earlier.append((statement.test, taken))
        else:
            earlier = []  # the body may change the value before the next test
    return found


def _check(test: ast.expr, earlier: list[tuple[ast.expr, _Range]], *, record: bool = True) -> list[Finding]:
    """A finding when ``test`` lets through only values an earlier test took; records it for the tests after."""
    taken = _range(test)
    if taken is None:
        return []
    for before, wider in earlier:
        if taken.within(wider):
            return [
                finding(
                    test,
                    "shadowed-branch",
                    f"the test '{ast.unparse(test)}' (line {test.lineno}) can never be reached true: the earlier "
                    f"test '{ast.unparse(before)}' (line {before.lineno}) already takes every value it would, so "
                    "its branch never runs",
                    "test the narrower case first (the higher threshold before the lower one)",
                )
            ]
    if record:
        earlier.append((test, taken))
    return []


def _range(test: ast.expr) -> _Range | None:
    """The range a whole test of one subject against number constants lets through, or None."""
    if not isinstance(test, ast.Compare):
        return None
    operands = [test.left, *test.comparators]
    subjects = [i for i, operand in enumerate(operands) if number_constant(operand) is None]
    if len(subjects) != 1 or not _plain(operands[subjects[0]]):
        return None
    at = subjects[0]
    low, low_open, high, high_open = -math.inf, True, math.inf, True
    for i, op in enumerate(test.ops):
        left, right = operands[i], operands[i + 1]
        if i + 1 == at:  # constant op subject: flip to subject op' constant
            bound, op = number_constant(left), _FLIPPED.get(type(op))
        elif i == at:
            bound, op = number_constant(right), type(op)
        else:
            return None  # two constants compared beside the subject: left alone
        if bound is None or op is None:
            return None
        if op in (ast.Gt, ast.GtE, ast.Eq) and (bound > low or (bound == low and op is not ast.GtE)):
            low, low_open = bound, op is ast.Gt
        if op in (ast.Lt, ast.LtE, ast.Eq) and (bound < high or (bound == high and op is not ast.LtE)):
            high, high_open = bound, op is ast.Lt
        if op not in (ast.Gt, ast.GtE, ast.Lt, ast.LtE, ast.Eq):
            return None
    return _Range(ast.dump(operands[at]), low, low_open, high, high_open)


_FLIPPED: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Gt: ast.Lt,
    ast.GtE: ast.LtE,
    ast.Lt: ast.Gt,
    ast.LtE: ast.GtE,
    ast.Eq: ast.Eq,
}


def _plain(node: ast.expr) -> bool:
    """A name or an attribute of one (``t``, ``self.temp``): read twice, it gives the same value."""
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, ast.Name)
