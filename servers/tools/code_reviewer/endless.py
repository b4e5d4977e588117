"""Loops that never stop.

- ``endless-loop``: ``while True`` with no way out (no break, return, raise or exit), which neither waits on
  anything (a worker loop that sleeps, reads or accepts is taken as intended) nor sits in a ``try`` that
  handles the exception meant to end it.
- ``loop-never-ends``: ``while i < n`` where nothing in the body changes any name in the condition: no
  assignment, no method call on it, no call it is passed to, and no other code that could change it (a
  global or nonlocal declaration, or the object handed to a thread or callback before the loop). Also (as a
  warning: it depends on the test) a ``continue`` that skips every change: ``if i % 2 == 0: continue`` before
  ``i += 1``, where nothing on the way to the ``continue`` changes what the loop or the ``if`` tests, so once
  the ``if`` holds, every later pass takes it again; so does ``if clocks[i].closed: continue`` before ``i += 1``,
  as the item the loop stands on stays the one it tested (a flag such as ``self.paused`` is other code's to set, and
  is not reported). And (a warning) ``while attempts < 3`` that never changes
  ``attempts`` but can break or return: only that exit ends it, so a retry loop whose call keeps failing spins
  forever.
  And (an error) a counter that moves the wrong way or a bound that runs away: ``while k <= limit`` whose body
  only adds to ``limit`` and never changes ``k``, or ``while i < n: i -= 1``: the gap never closes.
"""

from __future__ import annotations

import ast

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.flow import constant_true, has_break, is_exit_call
from servers.tools.code_reviewer.source import Code, Finding, own_nodes

_WAITS = frozenset(
    {"sleep", "wait", "get", "accept", "recv", "recvfrom", "read", "readline", "poll", "select", "input", "join"}
)
_ORDERINGS = (ast.Lt, ast.LtE, ast.Gt, ast.GtE)
_PURE_CALLS = frozenset({"len", "abs", "min", "max", "int", "float", "str", "bool"})
# Builtins that read their arguments and never keep or change them.
_READERS = _PURE_CALLS | {"print", "repr", "format", "round", "sum", "sorted", "isinstance", "type", "hash", "range"}


def _leaves(loop: ast.While) -> bool:
    """Whether anything in the loop's body can leave it or hand control away (break, return, raise, yield...)."""
    if has_break(loop.body):
        return True
    for node in (n for statement in loop.body for n in [statement, *own_nodes(statement)]):
        if isinstance(node, ast.Return | ast.Raise | ast.Yield | ast.YieldFrom | ast.Await) or is_exit_call(node):
            return True
    return False


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def endless_loops(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for loop in code.nodes(ast.While):
        if _leaves(loop):
            if (stuck := _exit_only(loop, code)) is not None:
                findings.append(stuck)
            continue
        inside = [n for statement in loop.body for n in [statement, *own_nodes(statement)]]
        calls = [n for n in inside if isinstance(n, ast.Call)]
        if constant_true(loop.test):
            if any(_call_name(c) in _WAITS for c in calls) or _guarded(code, loop):
                continue  # a worker loop waiting for work, or a loop that ends by an exception it expects
            findings.append(
                finding(
                    loop,
                    "endless-loop",
                    f"the 'while True' loop on line {loop.lineno} has no break, return or raise, so it never ends",
                    "add a condition that breaks out of the loop (or ignore this if it is a service loop)",
                )
            )
            continue
        names = _condition_names(loop.test)
        if not names or _aliased(names, code, code.scope_of(loop)):
            continue
        listed = " or ".join(f"'{n}'" for n in sorted(names))
        if not _changed(names, inside, code):
            findings.append(
                finding(
                    loop,
                    "loop-never-ends",
                    f"nothing in the loop on line {loop.lineno} changes {listed}, so its condition never becomes "
                    "false: an infinite loop",
                    f"update {listed} inside the loop (a missing increment such as i += 1?)",
                )
            )
        elif (away := _gap_never_closes(loop, inside, code)) is not None:
            findings.append(finding(loop, "loop-never-ends", away, "move the counter toward the bound, not away"))
        elif (trap := _skipping_continue(loop, names, code)) is not None:
            test = ast.unparse(trap.test)
            findings.append(
                finding(
                    trap.body[-1],
                    "loop-never-ends",
                    f"once '{test}' is true, the continue on line {trap.body[-1].lineno} skips every change to "
                    f"{listed}, and nothing before it changes what '{test}' reads, so the loop on line "
                    f"{loop.lineno} repeats forever",
                    f"update {listed} before the continue (or move the update to the top of the loop)",
                    severity="warning",
                )
            )
    return findings


def _exit_only(loop: ast.While, code: Code) -> Finding | None:
    """``while attempts < 3`` whose body never changes ``attempts`` but can break, return or raise: the condition
    stays true, so only that exit ends the loop, and when it is never taken the loop runs forever."""
    if not any(isinstance(n, ast.Compare) and _ordering(n) for n in ast.walk(loop.test)):
        return None  # a flag (`while not done`) left as it is beside a break is untidy, not a counter that stalls
    names = _condition_names(loop.test)
    inside = [n for statement in loop.body for n in [statement, *own_nodes(statement)]]
    if not names or any(isinstance(n, ast.Yield | ast.YieldFrom | ast.Await) for n in inside):
        return None  # other code runs while the loop waits, and may change what it tests
    if _changed(names, inside, code) or _aliased(names, code, code.scope_of(loop)):
        return None
    exits = [n for n in inside if isinstance(n, ast.Break | ast.Return | ast.Raise) or is_exit_call(n)]
    line = getattr(exits[0], "lineno", loop.lineno) if exits else loop.lineno
    way_out = f"the {_exit_word(exits[0])} on line {line}" if exits else "an exit"
    listed = " or ".join(f"'{n}'" for n in sorted(names))
    return finding(
        loop,
        "loop-never-ends",
        f"nothing in the loop on line {loop.lineno} changes {listed}, so '{ast.unparse(loop.test)}' never becomes "
        f"false: only {way_out} ends the loop, and when that never happens it runs forever",
        f"update {listed} inside the loop (a missing increment such as {sorted(names)[0]} += 1?)",
        severity="warning",
    )


def _gap_never_closes(loop: ast.While, inside: list[ast.AST], code: Code) -> str | None:
    """Why ``while low < high`` can never end when the body only ever raises ``high`` or lowers ``low`` (by a
    constant step), or None when one side may move toward the other."""
    test = loop.test
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], _ORDERINGS)):
        return None
    low, high = test.left, test.comparators[0]
    if isinstance(test.ops[0], ast.Gt | ast.GtE):
        low, high = high, low
    moves = {"low": _direction(low, inside, code), "high": _direction(high, inside, code)}
    if moves["low"] not in ("still", "down") or moves["high"] not in ("still", "up"):
        return None
    if moves["low"] == moves["high"] == "still":
        return None  # reported above as a condition nothing changes
    moving = high if moves["high"] == "up" else low
    steps = sorted(
        {n.lineno for n in inside if isinstance(n, ast.AugAssign) and ast.unparse(n.target) == ast.unparse(moving)}
    )
    where = f" (line {', '.join(map(str, steps))})"
    what = (
        f"'{ast.unparse(high)}' only grows{where}"
        if moves["high"] == "up"
        else f"'{ast.unparse(low)}' only shrinks{where}"
    )
    if moves["high"] == "up" and moves["low"] == "still":
        what += f" and '{ast.unparse(low)}' never changes"
    return (
        f"in the loop on line {loop.lineno}, {what}, so '{ast.unparse(test)}' stays true and the loop never ends "
        "(a changed wrong variable, or a step the wrong way?)"
    )


def _direction(side: ast.expr, inside: list[ast.AST], code: Code) -> str:
    """How the loop moves one side of its condition: still, up or down by a constant step, or unknown."""
    if isinstance(side, ast.Constant) and type(side.value) in (int, float):
        return "still"
    if not isinstance(side, ast.Name):
        return "unknown"
    stores = [n for n in inside if isinstance(n, ast.Name) and n.id == side.id and not isinstance(n.ctx, ast.Load)]
    rest = [n for n in inside if not any(n is s for s in stores)]
    if _changed({side.id}, rest, code):
        return "unknown"
    steps: set[str] = set()
    for store in stores:
        parent = code.parent(store)
        if not isinstance(parent, ast.AugAssign) or not isinstance(parent.op, ast.Add | ast.Sub):
            return "unknown"
        step = parent.value
        size = step.value if isinstance(step, ast.Constant) else None
        if not (isinstance(size, int | float) and not isinstance(size, bool) and size > 0):
            return "unknown"
        steps.add("up" if isinstance(parent.op, ast.Add) else "down")
    if not steps:
        return "still"
    return steps.pop() if len(steps) == 1 else "unknown"


def _ordering(compare: ast.Compare) -> bool:
    return any(isinstance(op, ast.Lt | ast.LtE | ast.Gt | ast.GtE) for op in compare.ops)


def _exit_word(node: ast.AST) -> str:
    if isinstance(node, ast.Break | ast.Return | ast.Raise):
        return type(node).__name__.lower()
    return "exit call"


def _skipping_continue(loop: ast.While, names: set[str], code: Code) -> ast.If | None:
    """An ``if`` at the top of the loop's body whose branch ends in ``continue`` and which, when taken, changes
    nothing that the loop's condition or its own test reads, calls nothing that could, and cannot leave."""
    for index, statement in enumerate(loop.body):
        if not (isinstance(statement, ast.If) and isinstance(statement.body[-1], ast.Continue)):
            continue
        watched = _condition_names(statement.test) or _read_names(statement.test, names)
        if not watched:
            continue  # the test calls something: it may change by itself
        watched |= names
        path = [*loop.body[:index], *statement.body[:-1]]
        nodes = [n for part in path for n in [part, *own_nodes(part)]] + list(ast.walk(statement.test))
        if any(_acts(n) for n in nodes) or _changed(watched, nodes, code):
            continue
        if _aliased(watched, code, code.scope_of(loop)):
            continue
        return statement
    return None


def _read_names(test: ast.AST, counters: set[str]) -> set[str]:
    """The names a test reads of the item the loop stands on ('clocks[i].closed', with ``i`` a name of the loop's
    condition): clocks and i. Empty when the test calls anything, or reads no item by the loop's counter: a flag
    such as 'self.paused' is state other code sets, while the item the loop stands on stays the one it tested."""
    names: set[str] = set()
    indexed = False
    for node in ast.walk(test):
        if isinstance(node, ast.Call) and not (isinstance(node.func, ast.Name) and node.func.id in _PURE_CALLS):
            return set()
        if isinstance(node, ast.NamedExpr | ast.Await | ast.Starred):
            return set()
        if isinstance(node, ast.Subscript):
            indexed = indexed or any(isinstance(n, ast.Name) and n.id in counters for n in ast.walk(node.slice))
        if isinstance(node, ast.Name):
            names.add(node.id)
    return names - _PURE_CALLS - {"True", "False", "None"} if indexed else set()


def _acts(node: ast.AST) -> bool:
    """Whether ``node`` can change state it does not name or leave the loop: a call other than a reader, or a
    statement that hands control away."""
    if isinstance(node, ast.Call):
        return not (isinstance(node.func, ast.Name) and node.func.id in _READERS)
    return isinstance(node, ast.Break | ast.Return | ast.Raise | ast.Yield | ast.YieldFrom | ast.Await)


def _guarded(code: Code, loop: ast.While) -> bool:
    """Whether the loop sits in the body of a ``try`` that handles an exception (it ends by raising it)."""
    child: ast.AST = loop
    for ancestor in code.ancestors(loop):
        if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.Module):
            return False
        if isinstance(ancestor, ast.Try | ast.TryStar) and ancestor.handlers and child in ancestor.body:
            return True
        child = ancestor
    return False


def _condition_names(test: ast.AST) -> set[str]:
    """The names a loop condition depends on, or empty when it depends on anything else (calls, attributes)."""
    names: set[str] = set()
    for node in ast.walk(test):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Call):
            if not (isinstance(node.func, ast.Name) and node.func.id in _PURE_CALLS) or node.keywords:
                return set()
        elif isinstance(node, ast.Attribute | ast.Subscript | ast.NamedExpr | ast.Await | ast.Starred):
            return set()
    return names - _PURE_CALLS - {"True", "False", "None"}


def _changed(names: set[str], inside: list[ast.AST], code: Code) -> bool:
    for node in inside:
        if isinstance(node, ast.Name) and node.id in names and not isinstance(node.ctx, ast.Load):
            return True
        if isinstance(node, ast.Call):
            args = [*node.args, *(k.value for k in node.keywords)]
            reader = isinstance(node.func, ast.Name) and node.func.id in _READERS
            if not reader and any(isinstance(a, ast.Name) and a.id in names for a in args):
                return True  # passed to a function, which may change it
            func = node.func
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in names:
                return True  # a method call such as items.pop()
            if not isinstance(func, ast.Name) or func.id not in _READERS:
                if _shared(names, code):
                    return True  # a call may change a global or a closure variable
        if isinstance(node, ast.Attribute | ast.Subscript) and not isinstance(node.ctx, ast.Load):
            base = node.value
            if isinstance(base, ast.Name) and base.id in names:
                return True
    return False


def _aliased(names: set[str], code: Code, scope: ast.AST) -> bool:
    """Whether an object a name holds was handed elsewhere (passed to a call, put in a container, assigned), so
    other code (another thread, a callback) may change it while the loop waits."""
    return bool(names & code.memo(("aliased", id(scope)), lambda: _handed_names(code, scope)))


def _handed_names(code: Code, scope: ast.AST) -> set[str]:
    handed: set[str] = set()
    for node in code.own(scope):
        parts: list[ast.AST] = []
        if isinstance(node, ast.Call) and not (isinstance(node.func, ast.Name) and node.func.id in _READERS):
            parts = [*node.args, *(k.value for k in node.keywords)]
        elif isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            parts = [node.value] if isinstance(node.value, ast.Name | ast.Tuple | ast.List | ast.Dict) else []
        handed |= {name for p in parts for name in _held(p)}
    return handed


def _held(node: ast.AST) -> set[str]:
    """The names whose objects ``node`` hands on: itself, or those it packs ('[a, b]', '*rest'); not those it only
    reads an item or a field through ('clocks[i]' hands an item of clocks, never the list or the index)."""
    if isinstance(node, ast.Name):
        return {node.id}
    if isinstance(node, ast.Tuple | ast.List | ast.Set | ast.Starred | ast.Dict):
        return {name for child in ast.iter_child_nodes(node) for name in _held(child)}
    return set()


def _shared(names: set[str], code: Code) -> bool:
    """Whether other code may rebind any of ``names``: only code that declares it global or nonlocal can."""
    declared = code.memo("declared", lambda: {n for d in code.nodes(ast.Global, ast.Nonlocal) for n in d.names})
    return bool(names & declared)
