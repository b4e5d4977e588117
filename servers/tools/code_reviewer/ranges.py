"""Loops over the positions of a collection (``for i in range(len(xs))``) that miss one of its ends.

- ``loop-skips-last``: ``for i in range(len(xs) - 1)`` whose body reads only ``xs[i]`` never visits the last item.
- ``loop-skips-first``: ``for i in range(1, len(xs))`` whose body reads only ``xs[i]`` never visits the first,
  ``xs[0]``: a total or a count of every item comes out short. A body that also reads ``xs[i - 1]`` compares
  neighbours, and code that reads ``xs[0]`` itself (``best = xs[0]`` before the loop) starts from the first on
  purpose: neither is reported.
- ``repeat-one-short``: ``for d in range(1, days)`` whose body never reads ``d`` repeats ``days - 1`` times, not
  ``days``. Raising a base to a power starts that way on purpose (``x = base`` before ``for _ in range(1, n)``), so
  it is reported only as the cause of a total the user says comes out too small (``calls.SYMPTOM_ONLY``).

Both are warnings: skipping a header row or a seed item on purpose is written the same way, so the finding says
which item is left out and lets the reader judge. The shapes of such loops (``range_stop``, ``len_of``,
``indexes``) are shared with the off-by-one checks in ``loops``.
"""

from __future__ import annotations

import ast

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding, own_nodes


def skipped_ends(code: Code) -> list[Finding]:
    """Index loops that never visit the first or the last item of the collection they read."""
    return [*_stops_short(code), *_starts_late(code), *_repeats_short(code)]


def len_of(node: ast.AST) -> str | None:
    """The collection ``node`` takes the length of: ``len(xs)`` gives "xs"."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "len"
        and len(node.args) == 1
        and isinstance(node.args[0], ast.Name | ast.Attribute)
    ):
        return ast.unparse(node.args[0])
    return None


def plus_constant(node: ast.AST) -> tuple[ast.AST, int] | None:
    """``(left, k)`` for ``left + k`` with a positive int ``k``."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and isinstance(node.right, ast.Constant):
        if isinstance(node.right.value, int) and not isinstance(node.right.value, bool) and node.right.value > 0:
            return node.left, node.right.value
    return None


def range_stop(loop: ast.For | ast.AsyncFor | ast.comprehension) -> ast.AST | None:
    """The stop of a loop (or a comprehension's ``for``) over ``range(stop)`` or ``range(start, stop)``."""
    call = loop.iter
    if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "range":
        if 1 <= len(call.args) <= 2 and not call.keywords:
            return call.args[-1]
    return None


def indexes(body: list[ast.stmt], collection: str, index: str) -> list[tuple[ast.Subscript, int]]:
    """Subscripts ``collection[index]`` (offset 0) and ``collection[index + k]`` (offset k) in ``body``."""
    found: list[tuple[ast.Subscript, int]] = []
    for node in (n for s in body for n in [s, *own_nodes(s)]):
        if not isinstance(node, ast.Subscript) or ast.unparse(node.value) != collection:
            continue
        key = node.slice
        if isinstance(key, ast.Name) and key.id == index:
            found.append((node, 0))
        elif (plus := plus_constant(key)) and isinstance(plus[0], ast.Name) and plus[0].id == index:
            found.append((node, plus[1]))
    return found


def _stops_short(code: Code) -> list[Finding]:
    """``for i in range(len(xs) - 1)`` whose body reads only ``xs[i]``: the last item is never visited."""
    findings: list[Finding] = []
    for loop in code.nodes(ast.For, ast.AsyncFor):
        stop = range_stop(loop)
        if stop is None or not isinstance(loop.target, ast.Name) or not _starts_at_zero(loop.iter):
            continue
        short = _minus_one(stop)
        collection = len_of(short) if short is not None else None
        if collection is None:
            continue
        reads = indexes(loop.body, collection, loop.target.id)
        if not reads or any(offset for _, offset in reads) or _reads_last(code, loop, collection):
            continue
        if _other_access(loop, collection, loop.target.id):
            continue  # xs[j], or a store into xs: an algorithm over positions (a shuffle, a sort pass), not a sum
        findings.append(
            finding(
                loop,
                "loop-skips-last",
                f"'{ast.unparse(loop.iter)}' stops one short (off-by-one): the loop reads "
                f"{collection}[{loop.target.id}] but never reaches the last item, {collection}[len({collection}) - 1]",
                f"use range(len({collection})), or iterate over the items directly: for item in {collection}:",
            )
        )
    return findings


def _starts_at_zero(call: ast.AST) -> bool:
    args = call.args if isinstance(call, ast.Call) else []
    return len(args) == 1 or isinstance(args[0], ast.Constant) and args[0].value == 0


def _minus_one(node: ast.AST) -> ast.AST | None:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub) and isinstance(node.right, ast.Constant):
        return node.left if node.right.value == 1 and not isinstance(node.right.value, bool) else None
    return None


def _other_access(loop: ast.For | ast.AsyncFor, collection: str, index: str) -> bool:
    """Whether the loop indexes ``collection`` by anything but ``index``, or stores into it."""
    for node in (n for s in loop.body for n in [s, *own_nodes(s)]):
        if isinstance(node, ast.Subscript) and ast.unparse(node.value) == collection:
            if not isinstance(node.ctx, ast.Load) or not (isinstance(node.slice, ast.Name) and node.slice.id == index):
                return True
    return False


def _reads_last(code: Code, loop: ast.AST, collection: str) -> bool:
    """Whether the code around the loop reads the last item itself (``xs[-1]``, ``xs[len(xs) - 1]``)."""
    scope = code.scope_of(loop)
    for node in code.own(scope):
        if isinstance(node, ast.Subscript) and ast.unparse(node.value) == collection:
            key = node.slice
            if isinstance(key, ast.UnaryOp) and isinstance(key.op, ast.USub) or _minus_one(key) is not None:
                return True
            if isinstance(key, ast.Slice):
                return True  # xs[i:] or xs[-1:] takes the tail some other way
    return False


def _starts_late(code: Code) -> list[Finding]:
    """``for i in range(1, len(xs))`` whose body reads only ``xs[i]``: the first item is never visited."""
    findings: list[Finding] = []
    for loop in code.nodes(ast.For, ast.AsyncFor):
        stop = range_stop(loop)
        if stop is None or not isinstance(loop.target, ast.Name) or not _starts_at_one(loop.iter):
            continue
        collection = len_of(stop)
        if collection is None:
            continue
        reads = indexes(loop.body, collection, loop.target.id)
        if not reads or _other_access(loop, collection, loop.target.id) or _reads_first(code, loop, collection):
            continue  # xs[i - 1] compares neighbours; xs[0] read elsewhere seeds the loop on purpose
        findings.append(
            finding(
                loop,
                "loop-skips-first",
                f"'{ast.unparse(loop.iter)}' starts at 1 (off-by-one): the loop reads {collection}[{loop.target.id}] "
                f"but never the first item, {collection}[0] (index 0), so it is left out",
                f"use range(len({collection})), or iterate over the items directly: for item in {collection}:",
            )
        )
    return findings


def _starts_at_one(call: ast.AST) -> bool:
    args = call.args if isinstance(call, ast.Call) else []
    return len(args) == 2 and isinstance(args[0], ast.Constant) and args[0].value == 1 and args[0].value is not True


def _reads_first(code: Code, loop: ast.AST, collection: str) -> bool:
    """Whether the code around the loop reads the first item itself (``xs[0]``, ``xs[:1]``, ``xs[1:]``)."""
    for node in code.own(code.scope_of(loop)):
        if isinstance(node, ast.Subscript) and ast.unparse(node.value) == collection:
            key = node.slice
            if isinstance(key, ast.Constant) and key.value == 0 or isinstance(key, ast.Slice):
                return True
    return False


def _repeats_short(code: Code) -> list[Finding]:
    """``for d in range(1, days)`` that never reads ``d``: the body runs ``days - 1`` times, one short of ``days``."""
    findings: list[Finding] = []
    for loop in code.nodes(ast.For, ast.AsyncFor):
        stop = range_stop(loop)
        if stop is None or not isinstance(stop, ast.Name) or not _starts_at_one(loop.iter):
            continue
        target = loop.target
        if not isinstance(target, ast.Name) or any(
            isinstance(n, ast.Name) and n.id == target.id for s in loop.body for n in [s, *own_nodes(s)]
        ):
            continue  # the count itself is used: 'for i in range(1, n)' may mean the numbers 1 to n - 1
        findings.append(
            finding(
                loop,
                "repeat-one-short",
                f"'{ast.unparse(loop.iter)}' runs {stop.id} - 1 times, not {stop.id} (off-by-one): range stops "
                f"before its end, so the loop body is repeated one time too few",
                f"use range({stop.id}) to repeat it {stop.id} times (or range(1, {stop.id} + 1) to count from 1)",
            )
        )
    return findings
