"""Definitions that behave differently from how they read.

- ``mutable-default``: ``def add(item, items=[])``: the list is made once, when the function is defined, and
  every call shares it. A bug when the function changes, returns or stores it; otherwise a risk (practice).
- ``mutable-class-attribute``: ``class Cart: items = []`` changed through ``self.items.append``: every
  instance shares the one list.
- ``missing-self``: a method with no parameters fails with TypeError when called on an instance.
- ``duplicate-key``: ``{"a": 1, "a": 2}`` keeps only the last value.
- ``redefined-function``: a second ``def`` with the same name in the same block replaces the first before
  anything used it (decorated definitions such as property setters and overloads are left alone).
"""

from __future__ import annotations

import ast
import re

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding, own_nodes

_MUTABLE_CALLS = frozenset({"list", "dict", "set", "defaultdict", "OrderedDict", "Counter", "deque", "bytearray"})
_MUTATORS = frozenset(
    {"append", "extend", "insert", "pop", "remove", "clear", "add", "discard", "update", "popitem", "setdefault"}
)
_STATIC = frozenset({"staticmethod"})
_CACHE_NAME = re.compile(r"cache|memo", re.I)


def _is_mutable(node: ast.AST) -> bool:
    if isinstance(node, ast.List | ast.Dict | ast.Set | ast.ListComp | ast.DictComp | ast.SetComp):
        return True
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _MUTABLE_CALLS


def _changed_or_escaping(function: ast.AST) -> set[str]:
    """The names whose objects the function changes, returns or stores somewhere."""
    names: set[str] = set()
    for node in own_nodes(function):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _MUTATORS:
            names.add(getattr(node.func.value, "id", ""))
        elif isinstance(node, ast.Subscript) and not isinstance(node.ctx, ast.Load):
            names.add(getattr(node.value, "id", ""))
        elif isinstance(node, ast.AugAssign):
            names.add(getattr(node.target, "id", ""))
        elif isinstance(node, ast.Return) and isinstance(node.value, ast.Name):
            names.add(node.value.id)
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Name):
            if any(isinstance(t, ast.Attribute | ast.Subscript) for t in node.targets):
                names.add(node.value.id)
    return names


def mutable_defaults(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for function in code.nodes(ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda):
        args = function.args
        positional = [*args.posonlyargs, *args.args]
        pairs = list(zip(positional[len(positional) - len(args.defaults) :], args.defaults, strict=True))
        pairs += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d is not None]
        changed = None
        for arg, default in pairs:
            if not _is_mutable(default):
                continue
            changed = _changed_or_escaping(function) if changed is None else changed
            shared = arg.arg in changed and not _CACHE_NAME.search(arg.arg)  # "cache={}" is a deliberate memo
            findings.append(
                finding(
                    default,
                    "mutable-default",
                    f"mutable default argument: the default value of '{arg.arg}' is created once, when the "
                    "function is defined, and shared by every call"
                    + (", so changes from one call show up in the next" if shared else ""),
                    f"default to None and create it inside: if {arg.arg} is None: {arg.arg} = "
                    f"{ast.unparse(default) if len(ast.unparse(default)) < 20 else '[]'}",
                    category="bug" if shared else "practice",
                )
            )
    return findings


def class_definitions(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for cls in code.nodes(ast.ClassDef):
        shared: dict[str, tuple[ast.stmt, ast.expr]] = {}  # name -> (its assignment, the mutable value)
        for statement in cls.body:
            if isinstance(statement, ast.Assign) and _is_mutable(statement.value):
                shared |= {t.id: (statement, statement.value) for t in statement.targets if isinstance(t, ast.Name)}
            elif isinstance(statement, ast.AnnAssign) and statement.value is not None and _is_mutable(statement.value):
                if isinstance(statement.target, ast.Name) and "ClassVar" not in ast.unparse(statement.annotation):
                    shared[statement.target.id] = (statement, statement.value)
        methods = [s for s in cls.body if isinstance(s, ast.FunctionDef | ast.AsyncFunctionDef)]
        dataclass = any("dataclass" in ast.unparse(d) for d in cls.decorator_list)
        mutated = set[str]().union(*(_self_mutated(m) for m in methods)) if shared and not dataclass else set[str]()
        for name, (statement, value) in shared.items():
            if name not in mutated:
                continue
            findings.append(
                finding(
                    statement,
                    "mutable-class-attribute",
                    f"'{name}' is a class attribute, so every instance shares this one object and a change "
                    "through self changes it for all of them",
                    f"create it per instance in __init__: self.{name} = {ast.unparse(value)}",
                )
            )
        for method in methods:
            args = method.args
            decorators = {ast.unparse(d) for d in method.decorator_list}
            if not (args.posonlyargs or args.args or args.vararg) and not decorators & _STATIC:
                findings.append(
                    finding(
                        method,
                        "missing-self",
                        f"the method '{method.name}' takes no parameters, so calling it on an instance raises "
                        "TypeError (it is passed the instance as its first argument)",
                        "add 'self' as the first parameter, or mark it @staticmethod",
                    )
                )
    return findings


def _self_mutated(method: ast.AST) -> set[str]:
    """The attributes of self that ``method`` changes in place (self.items.append(x), self.seen[k] = v)."""
    names: set[str] = set()
    for node in own_nodes(method):
        owner = None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _MUTATORS:
            owner = node.func.value
        elif isinstance(node, ast.Subscript) and not isinstance(node.ctx, ast.Load):
            owner = node.value
        if isinstance(owner, ast.Attribute) and isinstance(owner.value, ast.Name) and owner.value.id == "self":
            names.add(owner.attr)
    return names


def duplicate_keys(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for node in code.nodes(ast.Dict):
        seen: set[object] = set()
        for key in node.keys:
            if not isinstance(key, ast.Constant):
                continue
            marker = (type(key.value), key.value)
            if marker in seen:
                findings.append(
                    finding(
                        key,
                        "duplicate-key",
                        f"the key {key.value!r} appears twice in this dict; only the last value is kept",
                        "remove or rename one of them",
                    )
                )
                break
            seen.add(marker)
    return findings


def redefinitions(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for owner in [code.tree, *code.nodes(ast.ClassDef)]:
        defined: dict[str, ast.FunctionDef | ast.AsyncFunctionDef] = {}
        for statement in owner.body:
            if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef) and not statement.decorator_list:
                first = defined.get(statement.name)
                if first is not None:
                    findings.append(
                        finding(
                            statement,
                            "redefined-function",
                            f"'{statement.name}' is defined again here, replacing the definition on line "
                            f"{first.lineno}, which is never used",
                            "rename one of them, or delete the old one",
                        )
                    )
                defined[statement.name] = statement
            elif isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
                defined.pop(statement.name, None)
            else:
                used = {n.id for n in ast.walk(statement) if isinstance(n, ast.Name)}
                for name in used & set(defined):
                    del defined[name]  # used in between: the first definition did its job
    return findings
