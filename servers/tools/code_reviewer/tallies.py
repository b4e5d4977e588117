"""Figures that come out wrong by the arithmetic's shape: a count rounded down, a difference taken the wrong way
round, a running total replaced on every pass of a loop.

- ``count-rounded-down`` (reported only as the cause of a count that comes out one short, see ``calls``): a whole
  number of containers, trips or packs worked out by ``a // b`` (or ``int(a / b)``, ``math.floor(a / b)``) rounds
  down, so a remainder that needs one more is lost. ``//`` is often meant (full boxes filled), so it is named only
  when the user reports too few.
- ``reversed-difference`` (reported only as the cause of a negative result): ``start - end``, ``check_in -
  check_out``, ``opened - closed``, where the names say which comes first: the earlier value minus the later one
  is negative whenever the two are in their usual order.
- ``overwritten-total``: ``total = 0`` before a loop and ``total = item`` in it, with ``total`` never read in the
  loop and used after it: each pass throws the running value away, so only the last item is kept. A name that
  says it holds the latest value (``last``, ``latest``, ``current``) is the loop's point and is not flagged.
"""

from __future__ import annotations

import ast
import re

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding, node_name, reads

# Words that name the earlier (or lower) end of a span, each with the words of its other end.
_SPAN_ENDS: dict[str, frozenset[str]] = {
    "start": frozenset({"end", "finish", "stop"}),
    "begin": frozenset({"end", "finish"}),
    "in": frozenset({"out"}),
    "arrival": frozenset({"departure"}),
    "arrive": frozenset({"depart", "leave"}),
    "opened": frozenset({"closed"}),
    "open": frozenset({"close"}),
    "first": frozenset({"last"}),
    "earlier": frozenset({"later"}),
    "before": frozenset({"after"}),
    "old": frozenset({"new"}),
    "min": frozenset({"max"}),
    "low": frozenset({"high"}),
    "login": frozenset({"logout"}),
    "pickup": frozenset({"dropoff", "return"}),
    "from": frozenset({"to", "until"}),
    "since": frozenset({"until"}),
}
_LATEST = re.compile(r"last|latest|current|recent|final|prev|newest|now", re.I)
_FLOOR_CALLS = frozenset({"floor", "int", "trunc"})


def _words(name: str) -> list[str]:
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return [w for w in spaced.lower().split("_") if w]


def _earlier_minus_later(left: ast.AST, right: ast.AST) -> bool:
    """Whether ``left - right`` takes the earlier end of a span from the later one, by their names alone."""
    a, b = node_name(left), node_name(right)
    if not a or not b:
        return False
    words_a, words_b = _words(a), _words(b)
    if len(words_a) != len(words_b):
        return False
    differing = [(x, y) for x, y in zip(words_a, words_b, strict=True) if x != y]
    if len(differing) != 1:
        return False
    early, late = differing[0]
    return late in _SPAN_ENDS.get(early, frozenset())


def _subtrahend(node: ast.AST) -> tuple[ast.AST, ast.AST] | None:
    """The operands of ``a - b`` (also in ``(a - b).days``)."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub):
        return node.left, node.right
    return None


_OWED = frozenset("total price cost bill due owed amount fare charge".split())
_PAID = frozenset("paid tendered given cash payment received".split())
_CHANGE_GIVEN = re.compile(r"change|refund|give_back|money_back", re.IGNORECASE)


def _owed_minus_paid(left: ast.AST, right: ast.AST, function: str) -> bool:
    """Whether ``left - right``, in a function that works out the change given back ('change_due'), takes what was
    paid from what is owed: the change is what was paid less what is owed."""
    a, b = node_name(left), node_name(right)
    if not a or not b or not _CHANGE_GIVEN.search(function):
        return False
    return bool(set(_words(a)) & _OWED) and bool(set(_words(b)) & _PAID)


def _enclosing(code: Code) -> dict[int, str]:
    """The name of the function each node is in, by the node's id."""
    return {id(node): f.name for f in code.functions() for node in ast.walk(f)}


def reversed_differences(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    within = _enclosing(code)
    for node in code.nodes(ast.BinOp):
        operands = _subtrahend(node)
        if operands is None:
            continue
        left, right = (ast.unparse(o) for o in operands)
        if _earlier_minus_later(*operands):
            said = f"subtracts the later value from the earlier one, the wrong way round: with '{left}' before"
            said += f" '{right}'"
        elif _owed_minus_paid(*operands, within.get(id(node), "")):
            said = f"takes what was paid from what is owed, the wrong way round: with '{right}' more than '{left}'"
        else:
            continue
        findings.append(
            finding(
                node,
                "reversed-difference",
                f"'{ast.unparse(node)}' {said} the result is negative",
                f"swap the operands: '{right} - {left}'",
            )
        )
    return findings


def _whole_count(node: ast.AST) -> bool:
    """``a // b``, ``int(a / b)``, ``math.floor(a / b)``: a quotient rounded down to a whole number."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.FloorDiv):
        return not _rounds_up(node.left, node.right)
    if isinstance(node, ast.Call) and len(node.args) == 1 and not node.keywords:
        func = node_name(node.func)
        inner = node.args[0]
        return func in _FLOOR_CALLS and isinstance(inner, ast.BinOp) and isinstance(inner.op, ast.Div)
    return False


def _rounds_up(dividend: ast.AST, divisor: ast.AST) -> bool:
    """The ceiling idioms: ``-(-a // b)`` and ``(a + b - 1) // b``."""
    if isinstance(dividend, ast.UnaryOp) and isinstance(dividend.op, ast.USub):
        return True
    shown = ast.unparse(divisor)
    return (
        isinstance(dividend, ast.BinOp)
        and isinstance(dividend.op, ast.Sub | ast.Add)
        and any(ast.unparse(n) == shown for n in ast.walk(dividend.left))
    )


def rounded_down_counts(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for node in code.nodes(ast.BinOp, ast.Call):
        if not _whole_count(node):
            continue
        parent = code.parent(node)
        if parent is not None and _whole_count(parent):
            continue  # int(a // b): the outer one is reported
        shown = ast.unparse(node)
        findings.append(
            finding(
                node,
                "count-rounded-down",
                f"'{shown}' rounds down (floor): a remainder is dropped, so a count that needs one more for the part "
                "left over comes out one short (10 // 4 is 2, though 3 are needed to hold 10)",
                "round up with ceiling division: math.ceil(a / b), or -(-a // b) for whole numbers",
            )
        )
    return findings


def _zero(value: ast.AST) -> bool:
    return isinstance(value, ast.Constant) and type(value.value) in (int, float) and value.value == 0


def _plain_assignment(statement: ast.stmt) -> tuple[str, ast.expr] | None:
    """``name = value`` with a single plain name assigned: the name and the value."""
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name):
        return statement.targets[0].id, statement.value
    return None


def overwritten_totals(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    bodies = [code.tree.body] + [f.body for f in code.functions()]
    for body in bodies:
        for index, loop in enumerate(body):
            if not isinstance(loop, ast.For) or loop.orelse:
                continue
            started = {
                assigned[0]
                for statement in body[:index]
                if (assigned := _plain_assignment(statement)) and _zero(assigned[1])
            }
            after = body[index + 1 :]
            for statement in loop.body:
                assigned = _plain_assignment(statement)
                if assigned is None:
                    continue
                name, value = assigned
                if name not in started or _LATEST.search(name) or isinstance(value, ast.UnaryOp):
                    continue  # "t =+ x" is a reversed "+=", reported as that
                if (
                    any(reads(s, name) for s in loop.body)
                    or isinstance(loop.target, ast.Name)
                    and loop.target.id == name
                ):
                    continue
                if not any(reads(s, name) for s in after):
                    continue
                shown = ast.unparse(statement)
                findings.append(
                    finding(
                        statement,
                        "overwritten-total",
                        f"'{shown}' replaces '{name}' on every pass of the loop instead of adding to it, so after the "
                        f"loop '{name}' holds only the last value, not the total",
                        f"add to it: '{name} += {ast.unparse(value)}' (or use sum())",
                    )
                )
    return findings
