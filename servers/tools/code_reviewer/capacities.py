"""Tests that miss the case at their boundary.

- ``full-off-by-one``: a function named for whether something is full (``is_full``, ``at_capacity``, ``sold_out``)
  that returns ``len(bookings) > capacity`` answers no when the bookings exactly fill it; one named for whether
  there is room (``has_space``, ``can_book``, ``is_available``) that returns ``booked <= capacity`` answers yes then.
  Full is when the count reaches the capacity: ``>=`` and ``<``. Reported as a warning, as a capacity that counts
  one spare place on purpose is written the same way.

The count is ``len(...)`` or a name that says it counts (``booked``, ``taken``, ``count``); the capacity a name that
says it is one (``capacity``, ``limit``, ``max_guests``, ``seats``).

- ``boundary-excluded``: a condition written with a strict ``>`` or ``<`` (``if f["months"] > months_needed``) is
  false when the two sides are equal. Reported only when the user says the case at exactly the boundary is left out
  ("the forms with exactly 8 months don't come out"), as strict tests are usually meant.
"""

from __future__ import annotations

import ast
import re

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding

_FULL = re.compile(r"(?:^|_)(?:is_)?(?:full|at_capacity|capacity_reached|sold_out|no_room|no_space|no_seats)$")
_ROOM = re.compile(r"(?:^|_)(?:has_(?:space|room|seats|capacity)|can_book|is_available|available|room_left)$")
_COUNT = re.compile(r"count|booked|bookings|taken|used|occupied|guests|people|num|total|size|n$", re.IGNORECASE)
_LIMIT = re.compile(r"capacity|limit|max|seats|slots|spaces|places|room", re.IGNORECASE)


def missed_full(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for function in code.nodes(ast.FunctionDef, ast.AsyncFunctionDef):
        name = function.name.lower()
        wrong = ast.Gt if _FULL.search(name) else ast.LtE if _ROOM.search(name) else None
        if wrong is None:
            continue
        for returned in (n for n in ast.walk(function) if isinstance(n, ast.Return) and n.value is not None):
            test = returned.value
            if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], wrong)):
                continue
            count, limit = test.left, test.comparators[0]
            if not (_counts(count) and _LIMIT.search(ast.unparse(limit))):
                continue
            said, fixed = ast.unparse(test), ">=" if wrong is ast.Gt else "<"
            verdict = "not full" if wrong is ast.Gt else "still room"
            findings.append(
                finding(
                    returned,
                    "full-off-by-one",
                    f"'{said}' says {verdict} when {ast.unparse(count)} exactly equals {ast.unparse(limit)}, so "
                    f"'{function.name}' is wrong at the moment it is full",
                    f"use {ast.unparse(count)} {fixed} {ast.unparse(limit)}",
                )
            )
    return findings


def _counts(node: ast.AST) -> bool:
    """Whether ``node`` is a count: ``len(...)`` or a name that says it counts."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "len":
        return True
    return isinstance(node, ast.Name | ast.Attribute) and _COUNT.search(ast.unparse(node)) is not None


def strict_boundaries(code: Code) -> list[Finding]:
    """Every condition that is a strict comparison of two values, neither of them 0 or None: the cause of a case at
    exactly the boundary left out, when the user reports one (``calls.SYMPTOM_ONLY``)."""
    tests: list[ast.expr] = [n.test for n in code.nodes(ast.If, ast.While, ast.IfExp)]
    tests += [test for n in code.nodes(ast.comprehension) for test in n.ifs]
    findings: list[Finding] = []
    for test in tests:
        if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Gt | ast.Lt)):
            continue
        left, right = test.left, test.comparators[0]
        if any(isinstance(side, ast.Constant) and side.value in (0, None) for side in (left, right)):
            continue
        said, fixed = ast.unparse(test), ">=" if isinstance(test.ops[0], ast.Gt) else "<="
        words = "greater than or equal to" if fixed == ">=" else "less than or equal to"
        findings.append(
            finding(
                test,
                "boundary-excluded",
                f"'{said}' is false when {ast.unparse(left)} is exactly {ast.unparse(right)}, so that case is left out",
                f"use {ast.unparse(left)} {fixed} {ast.unparse(right)} ({words}) if the boundary itself counts",
            )
        )
    return findings
