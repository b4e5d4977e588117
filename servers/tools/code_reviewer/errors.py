"""Exception handling and resources: errors hidden, handlers that never run, files left open.

- ``bare-except``: ``except:`` also catches KeyboardInterrupt and SystemExit.
- ``swallowed-exception``: ``except Exception: pass`` (or a bare except that passes) hides every failure;
  narrow handlers that pass (``except KeyError: pass``) are a normal idiom and are left alone.
- ``unreachable-except``: a handler after ``except Exception`` (or a bare except) can never run.
- ``except-or``: ``except (ValueError or TypeError)`` catches only ValueError: ``or`` picks one class.
- ``return-in-finally``: ``return``/``break``/``continue`` in ``finally`` silently discards the exception.
- ``open-without-with``: ``f = open(...)`` with no ``close()`` in the same function leaks the file (and may
  leave writes unflushed); with a ``close()`` the file still stays open when an error comes first. Also a file
  opened and used in one expression, ``open(p).read()`` or ``json.load(open(p))``: nothing ever closes it.
"""

from __future__ import annotations

import ast

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding

_BROAD = frozenset({"Exception", "BaseException"})
_OPENERS = frozenset({"open", "io.open", "codecs.open"})
_FILE_METHODS = frozenset({"read", "readlines", "readline", "write", "writelines"})


def _broad(handler: ast.ExceptHandler) -> bool:
    return handler.type is None or (isinstance(handler.type, ast.Name) and handler.type.id in _BROAD)


def _covers(earlier: ast.ExceptHandler, later: ast.ExceptHandler) -> bool:
    """Whether ``earlier`` catches everything ``later`` would (Exception does not cover KeyboardInterrupt)."""
    if earlier.type is None or ast.unparse(earlier.type) == "BaseException":
        return True
    if ast.unparse(earlier.type) != "Exception" or later.type is None:
        return False
    return not {"BaseException", "KeyboardInterrupt", "SystemExit", "GeneratorExit"} & {
        ast.unparse(n) for n in ast.walk(later.type) if isinstance(n, ast.Name | ast.Attribute)
    }


def _empty_result(handler: ast.ExceptHandler) -> str | None:
    """The empty value a handler hands back in place of the failure (``return None``, ``return []``), when that
    is all it does; else None."""
    if len(handler.body) != 1 or not isinstance(handler.body[0], ast.Return):
        return None
    value = handler.body[0].value
    empty = (
        value is None
        or isinstance(value, ast.Constant)
        and value.value in (None, "", 0, False)
        or isinstance(value, ast.List | ast.Dict | ast.Tuple | ast.Set)
        and not ast.unparse(value).strip("[](){}")
        or isinstance(value, ast.Call)
        and ast.unparse(value) in ("list()", "dict()", "set()", "tuple()", "str()")
    )
    return (ast.unparse(value) if value is not None else "None") if empty else None


def _does_nothing(handler: ast.ExceptHandler) -> bool:
    return all(
        isinstance(s, ast.Pass | ast.Continue)
        or (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))  # ... or a docstring-like note
        for s in handler.body
    )


def exception_handling(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for handler in code.nodes(ast.ExceptHandler):
        if _broad(handler) and _does_nothing(handler):
            # a bare handler is named as one: "bare except" is what the user will search for and fix
            caught = (
                "this bare 'except:' catches every exception (KeyboardInterrupt and SystemExit included)"
                if handler.type is None
                else f"this handler catches every {ast.unparse(handler.type)}"
            )
            findings.append(
                finding(
                    handler,
                    "swallowed-exception",
                    f"{caught} and does nothing, so failures vanish without a trace",
                    "catch the specific error you expect, and log or re-raise the rest",
                )
            )
        elif handler.type is None:
            findings.append(
                finding(
                    handler,
                    "bare-except",
                    "bare 'except:' catches every exception, KeyboardInterrupt and SystemExit included, hiding real "
                    "failures",
                    "catch Exception or, better, the specific errors you expect",
                )
            )
        elif _broad(handler) and (empty := _empty_result(handler)) is not None:
            caught = f"this 'except {ast.unparse(handler.type)}'"
            findings.append(
                finding(
                    handler,
                    "swallowed-exception",
                    f"{caught} catches every failure and returns {empty} instead, so a real error looks like an "
                    "empty result and nobody is told",
                    "catch the specific error you expect, and log or re-raise the rest",
                )
            )
        if isinstance(handler.type, ast.BoolOp):
            first = ast.unparse(handler.type.values[0])
            findings.append(
                finding(
                    handler,
                    "except-or",
                    f"'{ast.unparse(handler.type)}' evaluates to {first} alone, so only {first} is caught",
                    f"list the classes in a tuple: except ({', '.join(ast.unparse(v) for v in handler.type.values)}):",
                )
            )
    for statement in code.nodes(ast.Try, ast.TryStar):
        for earlier, later in zip(statement.handlers, statement.handlers[1:], strict=False):
            if _covers(earlier, later):
                findings.append(
                    finding(
                        later,
                        "unreachable-except",
                        f"this handler never runs: the 'except {ast.unparse(earlier.type) if earlier.type else ''}' "
                        f"on line {earlier.lineno} before it already catches everything it would",
                        "put the specific handlers first and the broad one last",
                    )
                )
                break
        findings += _finally_exits(statement)
    return findings


def _finally_exits(statement: ast.Try | ast.TryStar) -> list[Finding]:
    stack: list[ast.AST] = list(statement.finalbody)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Return | ast.Break | ast.Continue):
            if isinstance(node, ast.Break | ast.Continue) and _inside_own_loop(statement.finalbody, node):
                continue
            return [
                finding(
                    node,
                    "return-in-finally",
                    f"'{type(node).__name__.lower()}' in a finally block discards any exception raised in the try, "
                    "which then vanishes silently",
                    "move it out of the finally block",
                )
            ]
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            stack.extend(ast.iter_child_nodes(node))
    return []


def _inside_own_loop(block: list[ast.stmt], target: ast.AST) -> bool:
    for statement in block:
        for loop in ast.walk(statement):
            if isinstance(loop, ast.For | ast.While | ast.AsyncFor) and any(n is target for n in ast.walk(loop)):
                return True
    return False


def _file_handling(code: Code, scope: ast.AST) -> tuple[dict[str, list[ast.Call]], set[str]]:
    """For one scope, computed once: the close() calls by receiver, and the names handed over to other code
    (returned, yielded or wrapped in an object that then owns the file)."""

    def compute() -> tuple[dict[str, list[ast.Call]], set[str]]:
        closes: dict[str, list[ast.Call]] = {}
        handed: set[str] = set()
        for node in code.own(scope):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "close":
                closes.setdefault(ast.unparse(node.func.value), []).append(node)
            if isinstance(node, ast.Return | ast.Yield) and node.value is not None:
                handed |= _handed_back(node.value)
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name | ast.Attribute):
                name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
                if name[:1].isupper():
                    handed |= {ast.unparse(a) for a in node.args if isinstance(a, ast.Name | ast.Attribute)}
        return closes, handed

    return code.memo(("files", id(scope)), compute)


def _handed_back(value: ast.expr) -> set[str]:
    """Names a returned value may carry on to the caller. A name whose only use there is a method call on it
    (``return len(f.readlines())``) hands over the method's result, not the file."""
    receivers = {
        id(n.func.value) for n in ast.walk(value) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
    }
    return {
        ast.unparse(n) for n in ast.walk(value) if isinstance(n, ast.Name | ast.Attribute) and id(n) not in receivers
    }


def open_files(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for assign in code.nodes(ast.Assign):
        value = assign.value
        if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Name | ast.Attribute)):
            continue
        if ast.unparse(value.func) not in _OPENERS:
            continue
        if len(assign.targets) != 1 or not isinstance(assign.targets[0], ast.Name | ast.Attribute):
            continue
        holder = ast.unparse(assign.targets[0])
        every_close, handed = _file_handling(code, code.scope_of(assign))
        closes = every_close.get(holder, [])
        if holder in handed or isinstance(assign.targets[0], ast.Attribute) and not closes:
            continue  # handed to the caller, or kept open on purpose by an object
        if closes and _in_finally(code, closes[0]):
            continue
        writes = any(
            isinstance(m, ast.Constant) and isinstance(m.value, str) and set(m.value) & set("wax+")
            for m in [*value.args[1:2], *(k.value for k in value.keywords if k.arg == "mode")]
        )
        opened = f"the file opened into '{holder}'"
        if closes:
            message = f"{opened} is closed on line {closes[0].lineno}, but not if an error happens first"
        elif writes:
            message = f"{opened} for writing is never closed, so what was written may never reach the disk"
        else:
            message = f"{opened} is never closed: it stays open until the garbage collector gets to it"
        findings.append(
            finding(
                assign,
                "open-without-with",
                message,
                f"use a with statement: with {ast.unparse(value)} as {holder}: ...",
                severity="info" if closes else None,
                category="bug" if writes and not closes else None,
            )
        )
    return findings + _used_in_passing(code)


def _used_in_passing(code: Code) -> list[Finding]:
    """``open(p).read()`` and ``json.load(open(p))``: the file object is never named, so nothing closes it."""
    findings: list[Finding] = []
    for call in code.nodes(ast.Call):
        if not isinstance(call.func, ast.Name | ast.Attribute) or ast.unparse(call.func) not in _OPENERS:
            continue
        parent = code.parent(call)
        method = ""
        if isinstance(parent, ast.Attribute) and parent.value is call:
            method = parent.attr
            if method not in _FILE_METHODS or not isinstance(code.parent(parent), ast.Call):
                continue
        outer = parent if isinstance(parent, ast.Call) and call in parent.args else None
        loader = ast.unparse(outer.func).rsplit(".", 1)[-1] if outer is not None else ""
        if not method and not loader.endswith("load"):
            continue
        used = f"open(...).{method}()" if method or outer is None else f"{ast.unparse(outer.func)}(open(...))"
        findings.append(
            finding(
                call,
                "open-without-with",
                f"the file opened in '{used}' is never closed: it stays open until the garbage collector gets to it"
                + (", and what was written may not reach the disk before then" if method.startswith("write") else ""),
                f"use a with statement: with {ast.unparse(call)} as f: ...",
            )
        )
    return findings


def _in_finally(code: Code, node: ast.AST) -> bool:
    for ancestor in code.ancestors(node):
        if isinstance(ancestor, ast.Try) and any(any(n is node for n in ast.walk(s)) for s in ancestor.finalbody):
            return True
    return False
