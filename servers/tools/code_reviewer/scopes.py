"""Name analysis: undefined names, unused imports and variables, and builtins shadowed by new bindings.

The tree is walked once to build Python's scopes (module, class, function, lambda, comprehension) with the
names each binds and the names each reads. Each read is then resolved the way Python resolves it: the reading
scope, enclosing function scopes (class bodies are skipped for code nested in them), the module, then
builtins. The analysis is flow-insensitive (it does not check that a name is bound *before* it is read), which
keeps it free of false alarms on ordinary code at the cost of missing some use-before-assignment bugs."""

from __future__ import annotations

import ast
import builtins
import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Finding

_MODULE_NAMES = frozenset(
    {"__name__", "__file__", "__doc__", "__spec__", "__loader__", "__package__", "__path__", "__builtins__"}
)
_BUILTINS = frozenset(dir(builtins))
# Builtins whose names are fine to reuse: interactive helpers nobody calls from code.
_SHADOW_OK = frozenset({"copyright", "credits", "license", "exit", "quit", "help", "_", "__doc__", "__name__"})


@dataclass(eq=False)
class Binding:
    name: str
    node: ast.AST
    kind: str  # "import", "assign", "param", "def", "class", "loop", "other"
    used: bool = False
    called_at: int | None = None  # the first line that calls the name through this binding


@dataclass(eq=False)
class Scope:
    kind: str  # "module", "class", "function", "lambda", "comprehension"
    parent: Scope | None
    bindings: dict[str, list[Binding]] = field(default_factory=dict[str, list[Binding]])
    reads: list[ast.Name] = field(default_factory=list[ast.Name])
    declared_global: set[str] = field(default_factory=set[str])
    declared_nonlocal: set[str] = field(default_factory=set[str])
    star_import: bool = False

    def bind(self, name: str, node: ast.AST, kind: str) -> None:
        if name in self.declared_global or name in self.declared_nonlocal:
            return  # binds a name of another scope
        self.bindings.setdefault(name, []).append(Binding(name, node, kind))


class _ScopeBuilder(ast.NodeVisitor):
    def __init__(self) -> None:
        self.module = Scope("module", None)
        self.scope = self.module
        self.scopes = [self.module]
        self.assigned_targets: set[int] = set()  # ids of Name nodes that are plain assignment targets

    def _push(self, kind: str) -> Scope:
        scope = Scope(kind, self.scope)
        self.scopes.append(scope)
        self.scope = scope
        return scope

    def _pop(self) -> None:
        assert self.scope.parent is not None
        self.scope = self.scope.parent

    def visit_Import(self, node: ast.Import | ast.ImportFrom) -> None:
        for alias in node.names:
            if alias.name == "*":
                self.scope.star_import = True
                continue
            name = alias.asname or alias.name.split(".")[0]
            if not (isinstance(node, ast.ImportFrom) and node.module == "__future__"):
                self.scope.bind(name, alias if hasattr(alias, "lineno") else node, "import")

    visit_ImportFrom = visit_Import

    def visit_Global(self, node: ast.Global) -> None:
        self.scope.declared_global.update(node.names)

    def visit_Nonlocal(self, node: ast.Nonlocal) -> None:
        self.scope.declared_nonlocal.update(node.names)

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        for default in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
            self.visit(default)
        if not isinstance(node, ast.Lambda):
            for decorator in node.decorator_list:
                self.visit(decorator)
            if node.returns:
                self.visit(node.returns)
            self.scope.bind(node.name, node, "def")
        arguments = node.args.posonlyargs + node.args.args + node.args.kwonlyargs
        arguments += [a for a in (node.args.vararg, node.args.kwarg) if a]
        for arg in arguments:
            if arg.annotation:
                self.visit(arg.annotation)
        self._push("lambda" if isinstance(node, ast.Lambda) else "function")
        for arg in arguments:
            self.scope.bind(arg.arg, arg, "param")
        for statement in [node.body] if isinstance(node, ast.Lambda) else node.body:
            self.visit(statement)
        self._pop()

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _function

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for expr in node.bases + [k.value for k in node.keywords] + node.decorator_list:
            self.visit(expr)
        self._push("class")
        for statement in node.body:
            self.visit(statement)
        self._pop()
        self.scope.bind(node.name, node, "class")

    def _comprehension(self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp) -> None:
        # The first iterable is evaluated in the enclosing scope; everything else in the comprehension's own.
        self.visit(node.generators[0].iter)
        self._push("comprehension")
        for i, generator in enumerate(node.generators):
            if i:
                self.visit(generator.iter)
            self.visit(generator.target)
            for condition in generator.ifs:
                self.visit(condition)
        for part in (node.key, node.value) if isinstance(node, ast.DictComp) else (node.elt,):
            self.visit(part)
        self._pop()

    visit_ListComp = visit_SetComp = visit_GeneratorExp = visit_DictComp = _comprehension

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            if isinstance(target, ast.Name):
                self.assigned_targets.add(id(target))
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if isinstance(node.target, ast.Name) and node.value is not None:
            self.assigned_targets.add(id(node.target))
        self.generic_visit(node)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        # A walrus in a comprehension binds in the enclosing function, not in the comprehension.
        scope = self.scope
        while scope.kind == "comprehension" and scope.parent is not None:
            scope = scope.parent
        scope.bind(node.target.id, node.target, "assign")
        self.assigned_targets.add(id(node.target))
        self.visit(node.value)

    def visit_Name(self, node: ast.Name) -> None:
        if isinstance(node.ctx, ast.Load):
            self.scope.reads.append(node)
        elif isinstance(node.ctx, ast.Store):
            self.scope.bind(node.id, node, "assign" if id(node) in self.assigned_targets else "other")
        else:  # del x: the name was bound somewhere; count it as a read
            self.scope.reads.append(node)

    def visit_For(self, node: ast.For | ast.AsyncFor) -> None:
        for name in ast.walk(node.target):
            if isinstance(name, ast.Name):
                self.scope.bind(name.id, name, "loop")
        self.visit(node.iter)
        for statement in node.body + node.orelse:
            self.visit(statement)

    visit_AsyncFor = visit_For

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        if node.name:
            self.scope.bind(node.name, node, "other")
        self.generic_visit(node)

    def visit_MatchAs(self, node: ast.MatchAs) -> None:
        if node.name:
            self.scope.bind(node.name, node, "other")
        self.generic_visit(node)

    def visit_MatchStar(self, node: ast.MatchStar) -> None:
        if node.name:
            self.scope.bind(node.name, node, "other")

    def visit_MatchMapping(self, node: ast.MatchMapping) -> None:
        if node.rest:
            self.scope.bind(node.rest, node, "other")
        self.generic_visit(node)


def _resolve(scope: Scope, name: str, module: Scope) -> Binding | None | bool:
    """The binding ``name`` refers to from ``scope``; True for a builtin; None when unknown."""
    if name in scope.declared_global:
        scope = module
    current: Scope | None = scope
    first = True
    while current is not None:
        # Class bodies are visible only to code directly in them, not to nested functions.
        if (first or current.kind != "class") and name in current.bindings:
            return current.bindings[name][-1]
        first = False
        current = current.parent
    return True if name in _BUILTINS or name in _MODULE_NAMES else None


def _all_names(module: Scope, tree: ast.Module) -> set[str]:
    """Names listed in ``__all__``: exported, so an import of them is used."""
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            if isinstance(node.value, ast.List | ast.Tuple):
                names |= {e.value for e in node.value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
    return names


_DATA = (ast.List, ast.Dict, ast.Set, ast.Tuple, ast.Constant, ast.ListComp, ast.DictComp, ast.SetComp, ast.JoinedStr)


def _not_callable(binding: Binding, values: Mapping[int, ast.AST]) -> bool:
    """Whether the binding surely holds plain data (a list, a number, a loop item), which cannot be called."""
    if binding.kind in ("param", "loop"):
        return binding.kind == "loop"
    value = values.get(id(binding.node))
    return isinstance(value, _DATA) or isinstance(value, ast.BinOp)


_SUGGESTIONS = 30  # unknown names checked for a near miss; past that the code is not a typo away from running


def _undefined(read: ast.Name, known: list[str]) -> Finding:
    """A misspelling of a known name is a bug; any other unknown name may come from code the snippet leaves
    out (a helper, a global), so it is reported as a warning, not as the bug."""
    similar = [k for k in known if abs(len(k) - len(read.id)) <= 2][:400]
    close = difflib.get_close_matches(read.id, similar, n=1, cutoff=0.75)
    if close:
        return finding(
            read,
            "undefined-name",
            f"undefined name '{read.id}' (NameError): did you mean '{close[0]}'?",
            f"correct the spelling to '{close[0]}'",
        )
    return finding(
        read,
        "undefined-name",
        f"'{read.id}' is not defined in this code: a NameError, unless it comes from code not shown here",
        f"define or import '{read.id}' before this line",
        severity="warning",
        category="practice",
    )


def check_names(tree: ast.Module) -> list[Finding]:
    """Findings about names: undefined-name, unused-import, unused-variable, shadowed-builtin."""
    builder = _ScopeBuilder()
    builder.visit(tree)
    module = builder.module
    findings: list[Finding] = []
    any_star = any(s.star_import for s in builder.scopes)
    reported: set[str] = set()
    calls = {id(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    known = sorted({name for s in builder.scopes for name in s.bindings} | (_BUILTINS - _SHADOW_OK))
    for scope in builder.scopes:
        for read in scope.reads:
            target = _resolve(scope, read.id, module)
            if isinstance(target, Binding):
                target.used = True
                if id(read) in calls and target.called_at is None:
                    target.called_at = read.lineno
            elif target is None and not any_star and read.id not in reported:
                reported.add(read.id)  # once per name: a misspelling used ten times is one mistake
                findings.append(_undefined(read, known if len(reported) <= _SUGGESTIONS else []))
    exported = _all_names(module, tree)
    values = {id(t): node.value for node in ast.walk(tree) if isinstance(node, ast.Assign) for t in node.targets}
    for scope in builder.scopes:
        for name, bindings in scope.bindings.items():
            used = any(b.used for b in bindings) or scope.kind == "module" and name in exported
            first = bindings[0]
            where = first.node if hasattr(first.node, "lineno") else (1, 1)
            if first.kind == "import" and not used:
                findings.append(
                    finding(where, "unused-import", f"'{name}' is imported but never used", "remove the import")
                )
            if scope.kind == "function" and not used and not name.startswith("_"):
                if all(b.kind == "assign" for b in bindings) and name not in scope.declared_nonlocal:
                    findings.append(
                        finding(
                            where,
                            "unused-variable",
                            f"local variable '{name}' is assigned but never used",
                            "remove the assignment, or use the value (a misspelt name or a missing return?)",
                        )
                    )
            if name in _BUILTINS and name not in _SHADOW_OK and scope.kind != "class" and not name.startswith("__"):
                called = [b for b in bindings if b.called_at and _not_callable(b, values)]
                if called:
                    call_line = called[0].called_at
                    findings.append(
                        finding(
                            where,
                            "shadowed-builtin",
                            f"'{name}' shadows the builtin {name}(), so the call {name}(...) on line {call_line} "
                            f"calls this value instead: TypeError ('{name}' object is not callable)",
                            f"rename the variable, e.g. '{name}_' or a name that says what it holds",
                            severity="error",
                            category="bug",
                        )
                    )
                elif first.kind != "import":
                    findings.append(
                        finding(
                            where,
                            "shadowed-builtin",
                            f"'{name}' shadows the builtin {name}(); code below that calls {name}() gets this "
                            "value instead",
                            f"rename it, e.g. '{name}_' or a name that says what it holds",
                        )
                    )
    return findings
