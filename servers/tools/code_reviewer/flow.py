"""Control flow: code that never runs, functions that fall off their end, loops and recursion that never stop.

Whether a block of statements can "fall through" (let control reach the statement after it) is decided on the
syntax tree: ``return``/``raise``/``break``/``continue`` and ``sys.exit()`` end a block; an ``if`` ends only
when both branches do; a loop ends only when it cannot exit normally (``while True`` without ``break``, or an
``else`` that ends with no ``break`` to skip it); ``try`` ends when its body and every handler end, or its
``finally`` does; ``with suppress(...)`` never ends a block, since it may swallow the exception that would.

- ``unreachable-code``: a statement after one that always ends the block.
- ``missing-return``: a function that returns a value on some paths and falls off its end (giving None) on
  others; reported at the statement through which control falls off (an ``if`` with no ``else``, a loop).
- ``return-in-loop``: a loop whose body always returns on its first pass, so it never looks at the second item.

Loops and recursion that never stop are in ``endless`` and ``recursion``; they use ``ends`` and
``is_exit_call`` from here.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from typing import cast

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding

_NESTED = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
_EXIT_NAMES = frozenset({"exit", "quit"})
_EXIT_ATTRS = frozenset(
    {"sys.exit", "os._exit", "os.abort", "pytest.fail", "pytest.skip", "pytest.exit", "self.fail", "self.skipTest"}
)
_SUPPRESSORS = ("suppress", "raises", "Raises", "ignore", "move_on", "timeout", "Timeout", "CancelScope")
_BLOCKS = ("body", "orelse", "finalbody")


def is_exit_call(node: ast.AST) -> bool:
    """``sys.exit()``, ``exit()``, ``os._exit()``, ``pytest.fail()`` and the like: calls that never return."""
    if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)):
        return False
    func = node.value.func
    return (isinstance(func, ast.Name) and func.id in _EXIT_NAMES) or (
        isinstance(func, ast.Attribute) and ast.unparse(func) in _EXIT_ATTRS
    )


def constant_true(test: ast.AST) -> bool:
    return isinstance(test, ast.Constant) and bool(test.value) and test.value is not Ellipsis


def _suppresses(node: ast.With | ast.AsyncWith) -> bool:
    for item in node.items:
        call = item.context_expr
        func = call.func if isinstance(call, ast.Call) else call
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if any(word in name for word in _SUPPRESSORS):
            return True  # may swallow the exception (or cancellation) that would end the block
    return False


def has_break(statements: list[ast.stmt]) -> bool:
    """Whether a ``break`` in ``statements`` leaves the loop they belong to (nested loops keep their own)."""
    stack: list[ast.AST] = list(statements)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Break):
            return True
        if isinstance(node, ast.For | ast.AsyncFor | ast.While):
            stack.extend(node.orelse)
        elif not isinstance(node, _NESTED):
            stack.extend(n for n in ast.iter_child_nodes(node) if isinstance(n, ast.stmt | ast.excepthandler))
            if isinstance(node, ast.Match):
                stack.extend(s for case in node.cases for s in case.body)
    return False


def ends(statements: list[ast.stmt], *, loops_count: bool = True) -> bool:
    """Whether control can never fall off the end of ``statements``. With ``loops_count=False`` only return,
    raise and exit calls count as ending (break and continue end a loop's pass, not the function)."""
    return any(statement_ends(s, loops_count=loops_count) for s in statements)


def statement_ends(node: ast.stmt, *, loops_count: bool = True) -> bool:
    if isinstance(node, ast.Return | ast.Raise):
        return True
    if isinstance(node, ast.Break | ast.Continue):
        return loops_count
    if is_exit_call(node):
        return True
    if isinstance(node, ast.Assert):
        return isinstance(node.test, ast.Constant) and not node.test.value
    if isinstance(node, ast.If):
        return ends(node.body, loops_count=loops_count) and ends(node.orelse, loops_count=loops_count)
    if isinstance(node, ast.While) and constant_true(node.test):
        return not has_break(node.body)
    if isinstance(node, ast.For | ast.AsyncFor | ast.While):
        return bool(node.orelse) and not has_break(node.body) and ends(node.orelse, loops_count=loops_count)
    if isinstance(node, ast.Try | ast.TryStar):
        if node.finalbody and ends(node.finalbody, loops_count=loops_count):
            return True
        body = ends(node.body, loops_count=loops_count) or ends(node.orelse, loops_count=loops_count)
        return body and all(ends(h.body, loops_count=loops_count) for h in node.handlers)
    if isinstance(node, ast.With | ast.AsyncWith):
        return not _suppresses(node) and ends(node.body, loops_count=loops_count)
    if isinstance(node, ast.Match):
        return _exhaustive(node) and all(ends(c.body, loops_count=loops_count) for c in node.cases)
    return False


def _exhaustive(node: ast.Match) -> bool:
    return any(isinstance(c.pattern, ast.MatchAs) and c.pattern.pattern is None and c.guard is None for c in node.cases)


def _blocks(code: Code) -> Iterator[list[ast.stmt]]:
    """Every statement list in the code (bodies, else branches, handlers, finally blocks, match cases)."""
    for node in [code.tree, *code.nodes(*_STATEMENT_OWNERS)]:
        for name in _BLOCKS:
            block: object = getattr(node, name, None)
            if isinstance(block, list) and block and isinstance(cast(list[object], block)[0], ast.stmt):
                yield cast(list[ast.stmt], block)  # the fields named in _BLOCKS hold statements when they hold any
    for case in code.nodes(ast.match_case):
        yield case.body


_STATEMENT_OWNERS = (
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.If,
    ast.For,
    ast.AsyncFor,
    ast.While,
    ast.With,
    ast.AsyncWith,
    ast.Try,
    ast.TryStar,
    ast.ExceptHandler,
)


def _what_ends(node: ast.stmt) -> str:
    if isinstance(node, ast.Return | ast.Raise | ast.Break | ast.Continue):
        return f"the '{type(node).__name__.lower()}' on line {node.lineno}"
    if is_exit_call(node):
        return f"the exit call on line {node.lineno}"
    if isinstance(node, ast.While | ast.For | ast.AsyncFor):
        return f"the loop on line {node.lineno}, which never exits normally"
    return f"the statement on line {node.lineno}, all of whose branches return or raise"


def unreachable_code(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for block in _blocks(code):
        for before, after in zip(block, block[1:], strict=False):
            if statement_ends(before):
                if isinstance(after, ast.Expr) and isinstance(after.value, ast.Yield | ast.YieldFrom):
                    break  # "return; yield" is the idiom for an empty generator
                findings.append(
                    finding(
                        after,
                        "unreachable-code",
                        f"line {after.lineno} never runs: it comes after {_what_ends(before)}",
                        "remove it, or move it above that statement if it was meant to run",
                    )
                )
                break
    return findings


def _fall_point(statements: list[ast.stmt]) -> tuple[ast.AST, str]:
    """The statement through which control falls off the end of ``statements``, and how."""
    last = statements[-1]
    if isinstance(last, ast.If):
        if not last.orelse:
            return last, f"when the if/elif condition on line {last.lineno} is false"
        if not ends(last.orelse):
            return _fall_point(last.orelse)
        return _fall_point(last.body)
    if isinstance(last, ast.For | ast.AsyncFor | ast.While):
        return last, f"when the loop on line {last.lineno} finishes without returning"
    if isinstance(last, ast.Try | ast.TryStar):
        for handler in last.handlers:
            if not ends(handler.body):
                return handler, f"after the except clause on line {handler.lineno} runs"
        return _fall_point(last.orelse or last.body)
    if isinstance(last, ast.With | ast.AsyncWith) and not _suppresses(last):
        return _fall_point(last.body)
    if isinstance(last, ast.Match):
        return last, f"when no case of the match on line {last.lineno} returns"
    return last, f"after line {getattr(last, 'end_lineno', last.lineno)}"


def missing_return(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for function in code.functions():
        own = code.own(function)
        if any(isinstance(n, ast.Yield | ast.YieldFrom) for n in own):
            continue  # a generator's return ends the iteration; falling off is normal
        valued = [
            n
            for n in own
            if isinstance(n, ast.Return)
            and n.value is not None
            and not (isinstance(n.value, ast.Constant) and n.value.value is None)
        ]
        if not valued or ends(function.body):
            continue
        where, when = _fall_point(function.body)
        if isinstance(where, ast.For | ast.AsyncFor) and _returns_at_once(where):
            continue  # the loop returns on its first pass ('return-in-loop'): that is the bug to fix first
        findings.append(
            finding(
                where,
                "missing-return",
                f"{when}, '{function.name}' (line {function.lineno}) reaches its end and returns None, though "
                f"it returns a value on other paths (line {valued[0].lineno})",
                "add a return (or an else branch) for that case, raise an error if it cannot happen, or write "
                "'return None' if None is the intended result",
            )
        )
    return findings


def return_in_loop(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for loop in code.nodes(ast.For, ast.AsyncFor):
        last = _returns_at_once(loop)
        if last is None:
            continue
        # 'if found: return True / else: return False': the else's return is the one that belongs after the loop
        last = last.orelse[-1] if isinstance(last, ast.If) else last
        findings.append(
            finding(
                last,
                "return-in-loop",
                f"the loop on line {loop.lineno} always returns during its first pass (line {last.lineno}): the "
                "return is indented inside the loop, so it never gets past the first item",
                "move the return out of the loop (dedent it to the loop's level), or return only inside the "
                "condition that found what you were looking for",
            )
        )
    return findings


def _returns_at_once(loop: ast.For | ast.AsyncFor) -> ast.stmt | None:
    """The statement by which ``loop`` always returns on its first pass, when that is a mistake: a decision on the
    first item alone, or a result meant to build up over every item. "for x in xs: return x" (or a few steps,
    then return) takes the first item on purpose, and is not one."""
    body = loop.body
    if not ends(body, loops_count=False) or _continues(body):
        return None
    last = next(s for s in body if statement_ends(s, loops_count=False))
    return last if _both_branches_return(last) or _returns_accumulator(body, last) else None


def _both_branches_return(statement: ast.stmt) -> bool:
    """``if x == target: return True / else: return False`` inside a loop: it decides on the first item."""
    return (
        isinstance(statement, ast.If)
        and bool(statement.orelse)
        and isinstance(statement.body[-1], ast.Return)
        and isinstance(statement.orelse[-1], ast.Return | ast.If)
    )


def _returns_accumulator(body: list[ast.stmt], last: ast.stmt) -> bool:
    """``total += x; return total`` inside a loop: the result was meant to build up over every item."""
    if not isinstance(last, ast.Return) or last.value is None:
        return False
    returned = {n.id for n in ast.walk(last.value) if isinstance(n, ast.Name)}
    for node in (n for s in body for n in ast.walk(s)):
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and node.target.id in returned:
            return True
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("append", "add"):
            if isinstance(node.func.value, ast.Name) and node.func.value.id in returned:
                return True
    return False


def _continues(statements: list[ast.stmt]) -> bool:
    stack: list[ast.AST] = list(statements)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Continue):
            return True
        if not isinstance(node, (*_NESTED, ast.For, ast.AsyncFor, ast.While)):
            stack.extend(ast.iter_child_nodes(node))
    return False
