"""Pattern rules: code shapes that are bugs or risks wherever they appear.

- ``sql-injection``: SQL text built by concatenation, ``%``, ``.format()`` or an f-string and passed to an
  ``execute``-style call, directly or through a variable assigned in the same scope. User input inside SQL
  text lets the user rewrite the query; parameters (``execute("... WHERE id = ?", (uid,))``) do not.
- ``eval-exec``: ``eval()``/``exec()`` run whatever string they are given.
- ``bare-except``: ``except:`` also catches KeyboardInterrupt and SystemExit, hiding real failures.
- ``mutable-default``: a list, dict or set default is created once and shared by every call.
- ``none-comparison``: ``== None`` calls ``__eq__``; ``is None`` is the reliable test.
"""

from __future__ import annotations

import ast
import re

from servers.tools.code_reviewer.source import Finding

_EXECUTE_METHODS = frozenset(
    {"execute", "executemany", "executescript", "raw", "read_sql", "read_sql_query", "mogrify", "text"}
)
_SQL_WORDS = re.compile(r"\b(?:select|insert|update|delete|where|from|into|values|drop|create|alter|join)\b", re.I)
_MUTABLE_CALLS = frozenset({"list", "dict", "set", "defaultdict", "OrderedDict", "Counter", "deque", "bytearray"})


def _is_dynamic_string(node: ast.AST) -> bool:
    """Is ``node`` text assembled at run time from pieces, at least one of them not a literal?"""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.FormattedValue) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        parts = [node.left, node.right]
        has_text = any(_is_text(p) for p in parts)
        return has_text and not all(isinstance(p, ast.Constant) for p in parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        return _is_text(node.left)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _is_text(node.func.value)
    return False


def _is_text(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    return isinstance(node, ast.JoinedStr) or _is_dynamic_string(node)


def _literal_text(node: ast.AST) -> str:
    return " ".join(n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str))


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    if isinstance(node.func, ast.Name):
        return node.func.id
    return None


def _scope_bodies(tree: ast.Module):
    """The module and each function, so variable tracking stays within one scope."""
    yield tree
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node


def _own_nodes(scope: ast.AST):
    """Nodes of ``scope`` without descending into nested functions (they are scopes of their own)."""
    stack = list(ast.iter_child_nodes(scope))
    while stack:
        node = stack.pop()
        yield node
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            stack.extend(ast.iter_child_nodes(node))


def sql_injection(tree: ast.Module) -> list[Finding]:
    findings = []
    for scope in _scope_bodies(tree):
        nodes = sorted((n for n in _own_nodes(scope) if hasattr(n, "lineno")), key=lambda n: (n.lineno, n.col_offset))
        built: dict[str, int] = {}  # variable -> line where SQL text was assembled into it
        for node in nodes:
            if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                dynamic = _is_dynamic_string(node.value) or isinstance(node, ast.AugAssign) and _is_text(node.value)
                for target in targets:
                    if not isinstance(target, ast.Name):
                        continue
                    if dynamic and (_SQL_WORDS.search(_literal_text(node.value)) or target.id in built):
                        built[target.id] = node.lineno
                    elif not isinstance(node, ast.AugAssign):
                        built.pop(target.id, None)
            if isinstance(node, ast.Call) and _call_name(node) in _EXECUTE_METHODS and node.args:
                query = node.args[0]
                how = None
                if _is_dynamic_string(query):
                    how = "SQL built from strings"
                elif isinstance(query, ast.Name) and query.id in built:
                    how = f"SQL assembled into '{query.id}' on line {built[query.id]}"
                if how:
                    findings.append(
                        Finding(
                            node.lineno,
                            node.col_offset + 1,
                            "sql-injection",
                            f"{how} is passed to {_call_name(node)}(): possible SQL injection; use a "
                            "parameterized query, e.g. execute('SELECT * FROM t WHERE id = ?', (uid,))",
                            "error",
                        )
                    )
    return findings


def other_rules(tree: ast.Module) -> list[Finding]:
    findings = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler) and node.type is None:
            findings.append(
                Finding(
                    node.lineno,
                    node.col_offset + 1,
                    "bare-except",
                    "bare 'except:' also catches KeyboardInterrupt and SystemExit; catch Exception or a narrower error",
                    "warning",
                )
            )
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("eval", "exec"):
            findings.append(
                Finding(
                    node.lineno,
                    node.col_offset + 1,
                    "eval-exec",
                    f"{node.func.id}() runs arbitrary code; parse the data instead (ast.literal_eval, json)",
                    "error",
                )
            )
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            for default in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
                mutable = isinstance(default, ast.List | ast.Dict | ast.Set | ast.ListComp | ast.DictComp)
                if isinstance(default, ast.Call) and isinstance(default.func, ast.Name):
                    mutable = mutable or default.func.id in _MUTABLE_CALLS
                if mutable:
                    findings.append(
                        Finding(
                            default.lineno,
                            default.col_offset + 1,
                            "mutable-default",
                            "mutable default argument is shared between calls; default to None and create "
                            "it inside the function",
                            "warning",
                        )
                    )
        elif isinstance(node, ast.Compare):
            for op, right in zip(node.ops, node.comparators, strict=True):
                if isinstance(op, ast.Eq | ast.NotEq) and isinstance(right, ast.Constant) and right.value is None:
                    findings.append(
                        Finding(
                            node.lineno,
                            node.col_offset + 1,
                            "none-comparison",
                            "compare with None using 'is' / 'is not', not '==' / '!='",
                            "info",
                        )
                    )
    return findings
