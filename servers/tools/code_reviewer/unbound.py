"""Variables read before they surely have a value: UnboundLocalError and NameError waiting to happen.

A name assigned anywhere in a function is local to the whole function; reading it on a path where no
assignment has run raises UnboundLocalError. The analysis follows each function body (and the module's
top-level code) statement by statement, carrying the set of names that are *definitely* assigned: an ``if``
keeps what both branches assign (a branch that returns or raises does not count), a loop body may run zero
times, an ``except`` clause starts from what was assigned before the ``try``, and ``break`` carries its own
state to the end of the loop.

- ``used-before-assignment`` (error): no assignment to the name comes before the read on any path, e.g.
  ``count += 1`` in a function meant to update a global ``count``.
- ``possibly-unbound`` (warning): assigned on some paths but not all, e.g. set in ``if``/``elif`` branches
  with no ``else``, or only inside a ``try``.
- ``misspelt-name`` (error): a name only ever updated in place (``totl += 1``), never given a first value, that
  is one slip from a variable the function does have (``total``): the variable meant is never updated, so it
  keeps its first value ("my counter always returns 0"), and the line raises UnboundLocalError when it runs.

To keep false alarms rare it is lenient where Python code is usually fine: a read inside a loop of a name the
loop itself assigns (a value carried from the previous pass) is not reported, unless nothing but updates in place
ever assign it (``totl += 1`` has no previous pass to carry a value from), a ``for`` target counts as
assigned after its loop, reads inside nested functions and lambdas (which run later) are not followed, and
each name is reported once.
"""

from __future__ import annotations

import ast
import builtins
import difflib
import re

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.flow import is_exit_call
from servers.tools.code_reviewer.source import Code, Finding, own_nodes

State = frozenset[str] | None  # the names definitely assigned; None where control cannot be
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
_BUILTINS = frozenset(dir(builtins))
_ENVIRONMENT = re.compile(r"\b(?:sys\.version_info|sys\.platform|os\.name|TYPE_CHECKING|platform\.|hasattr)\b")


def _join(states: list[State]) -> State:
    live = [s for s in states if s is not None]
    if not live:
        return None
    result = live[0]
    for state in live[1:]:
        result &= state
    return result


def _target_names(target: ast.AST) -> list[ast.Name]:
    if isinstance(target, ast.Name):
        return [target]
    if isinstance(target, ast.Tuple | ast.List):
        return [n for e in target.elts for n in _target_names(e)]
    if isinstance(target, ast.Starred):
        return _target_names(target.value)
    return []


def _pattern_names(pattern: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(pattern):
        if isinstance(node, ast.MatchAs | ast.MatchStar) and node.name:
            names.add(node.name)
        elif isinstance(node, ast.MatchMapping) and node.rest:
            names.add(node.rest)
    return names


def _comprehension_targets(code: Code, scope: ast.AST) -> set[int]:
    return {
        id(name)
        for comp in code.own(scope)
        if isinstance(comp, _COMPREHENSIONS)
        for generator in comp.generators
        for name in _target_names(generator.target)
    }


def local_names(code: Code, scope: ast.AST) -> set[str]:
    """The names ``scope`` (a function or the module) binds, and so owns everywhere inside it."""
    return set(code.memo(("locals", id(scope)), lambda: _local_names(code, scope)))


def _local_names(code: Code, scope: ast.AST) -> frozenset[str]:
    inner = _comprehension_targets(code, scope)
    names: set[str] = set()
    declared: set[str] = set()
    for node in code.own(scope):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load) and id(node) not in inner:
            names.add(node.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names |= {(a.asname or a.name).split(".")[0] for a in node.names if a.name != "*"}
        elif isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
        elif isinstance(node, ast.MatchAs | ast.MatchStar | ast.MatchMapping):
            names |= _pattern_names(node)
        elif isinstance(node, ast.Global | ast.Nonlocal):
            declared |= set(node.names)
    # A name a nested function declares nonlocal may be assigned by that function: not ours to judge (any
    # nonlocal declaration in the code counts, which errs on the side of saying nothing).
    closures = {n for node in code.nodes(ast.Nonlocal) for n in node.names}
    return frozenset(names - declared - closures)


def _bound_in(statements: list[ast.stmt]) -> set[str]:
    names: set[str] = set()
    for statement in statements:
        for node in [statement, *own_nodes(statement)]:
            if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
                names.add(node.id)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names.add(node.name)
    return names


class _Walker:
    def __init__(
        self, scope: ast.Module | ast.FunctionDef | ast.AsyncFunctionDef, locals_: set[str], updated: set[str]
    ) -> None:
        self.scope = scope
        self.locals = locals_
        self.updated = updated  # names only ever updated in place ("totl += 1"): no pass gives them a value
        self.assigned_at: dict[str, list[int]] = {}
        self.reported: set[str] = set()
        self.carried: list[set[str]] = []
        self.breaks: list[list[State]] = []
        self.suppressed = 0  # inside "try: name except NameError:", the idiom that tests whether a name exists
        self.findings: list[Finding] = []

    # -- reads -----------------------------------------------------------------------------------------

    def read(self, expression: ast.AST | None, state: frozenset[str]) -> frozenset[str]:
        """Check every name ``expression`` reads; returns ``state`` plus names its walrus operators bind."""
        if expression is None:
            return state
        bound: set[str] = set()
        # A stack of (node, names hidden by a comprehension), popped in evaluation order, so that a walrus
        # binds before the reads that follow it.
        stack: list[tuple[ast.AST | str, frozenset[str]]] = [(expression, frozenset())]
        while stack:
            node, hidden = stack.pop()
            if isinstance(node, str):  # the marker a walrus leaves: its target is bound from here on
                bound.add(node)
                continue
            children: list[tuple[ast.AST | str, frozenset[str]]] = []
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                if node.id not in hidden and not self.suppressed:
                    self.check(node, state | bound)
            elif isinstance(node, ast.NamedExpr):
                self.assign(node.target.id, node)
                children = [(node.value, hidden), (node.target.id, hidden)]
            elif isinstance(node, ast.Lambda):
                children = [(d, hidden) for d in node.args.defaults + [d for d in node.args.kw_defaults if d]]
            elif isinstance(node, _COMPREHENSIONS):
                inner = hidden | {n.id for g in node.generators for n in _target_names(g.target)}
                children = [(node.generators[0].iter, hidden)]
                for i, generator in enumerate(node.generators):
                    if i:
                        children.append((generator.iter, inner))
                    children += [(c, inner) for c in generator.ifs]
                parts = (node.key, node.value) if isinstance(node, ast.DictComp) else (node.elt,)
                children += [(p, inner) for p in parts]
            else:
                children = [(child, hidden) for child in ast.iter_child_nodes(node)]
            stack.extend(reversed(children))
        return state | bound

    def check(self, name: ast.Name, state: frozenset[str]) -> None:
        if name.id not in self.locals or name.id in state or name.id in self.reported:
            return
        if name.id not in self.updated and any(name.id in carried for carried in self.carried):
            return  # assigned later in the same loop: a value from the previous pass
        self.reported.add(name.id)
        scope = self.scope
        module = isinstance(scope, ast.Module)
        error = "NameError" if module else "UnboundLocalError"
        lines = self.assigned_at.get(name.id)
        meant = self._meant(name.id) if name.id in self.updated else None
        if meant is not None:
            self.findings.append(
                finding(
                    name,
                    "misspelt-name",
                    f"'{name.id}' on line {name.lineno} looks like a misspelling of '{meant}': '{meant}' is never "
                    f"updated there, so it keeps its first value, and '{name.id}' has no value of its own, so the "
                    f"line raises {error} when it runs",
                    f"write '{meant}' instead of '{name.id}'",
                )
            )
        elif lines and name.id not in self.updated:
            where = ", ".join(str(n) for n in sorted(set(lines))[:4])
            self.findings.append(
                finding(
                    name,
                    "possibly-unbound",
                    f"'{name.id}' may have no value on line {name.lineno}: it is assigned only on some paths "
                    f"(line {where}), so on the others this line raises {error}",
                    f"give '{name.id}' a value on every path (an else branch, or a default before the if/try)",
                )
            )
        elif module:
            self.findings.append(
                finding(
                    name,
                    "used-before-assignment",
                    f"'{name.id}' is read on line {name.lineno} before the code below assigns it (NameError)",
                    f"move the assignment of '{name.id}' above this line",
                )
            )
        else:
            self.findings.append(
                finding(
                    name,
                    "used-before-assignment",
                    f"'{name.id}' is read on line {name.lineno} before anything assigns it; because "
                    f"'{scope.name}' assigns '{name.id}' too, it is a local variable there "
                    "(UnboundLocalError)",
                    f"assign '{name.id}' first, or declare 'global {name.id}' if you meant the module's variable",
                )
            )

    def _meant(self, name: str) -> str | None:
        """The one other local name ``name`` is a slip of ("totl" for "total"), or None."""
        others = sorted(self.locals - self.updated - {name})
        close = difflib.get_close_matches(name, others, n=2, cutoff=0.75)
        return close[0] if len(close) == 1 else None

    def assign(self, name: str, node: ast.AST) -> None:
        self.assigned_at.setdefault(name, []).append(getattr(node, "lineno", 0))

    def bind(self, target: ast.AST, state: frozenset[str]) -> frozenset[str]:
        for part in ast.walk(target):
            if isinstance(part, ast.Attribute | ast.Subscript):
                state = self.read(part.value, state)
                if isinstance(part, ast.Subscript):
                    state = self.read(part.slice, state)
        names = {n.id for n in _target_names(target)}
        for name in _target_names(target):
            self.assign(name.id, name)
        return state | names

    # -- statements ------------------------------------------------------------------------------------

    def block(self, statements: list[ast.stmt], state: State) -> State:
        for statement in statements:
            if state is None:
                return None
            state = self.statement(statement, state)
        return state

    def statement(self, node: ast.stmt, state: frozenset[str]) -> State:  # noqa: C901 - one case per statement
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            parts = node.decorator_list + (
                node.bases + [k.value for k in node.keywords]
                if isinstance(node, ast.ClassDef)
                else node.args.defaults + [d for d in node.args.kw_defaults if d]
            )
            for part in parts:
                state = self.read(part, state)
            self.assign(node.name, node)
            return state | {node.name}
        if isinstance(node, ast.Return | ast.Raise):
            for part in (node.value,) if isinstance(node, ast.Return) else (node.exc, node.cause):
                state = self.read(part, state)
            return None
        if isinstance(node, ast.Assign):
            state = self.read(node.value, state)
            for target in node.targets:
                state = self.bind(target, state)
            return state
        if isinstance(node, ast.AugAssign):
            if isinstance(node.target, ast.Name) and not self.suppressed:
                self.check(node.target, state)
            state = self.read(node.value, state)
            return self.bind(node.target, state)
        if isinstance(node, ast.AnnAssign):
            if node.value is None:
                return state
            return self.bind(node.target, self.read(node.value, state))
        if isinstance(node, ast.Delete):
            for target in node.targets:
                if isinstance(target, ast.Name) and not self.suppressed:
                    self.check(target, state)
                    state = state - {target.id}
                else:
                    state = self.read(target, state)
            return state
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = {(a.asname or a.name).split(".")[0] for a in node.names if a.name != "*"}
            for name in names:
                self.assign(name, node)
            return state | names
        if isinstance(node, ast.If):
            state = self.read(node.test, state)
            tested = {n.id for n in ast.walk(node.test) if isinstance(n, ast.Name)} | {
                n.value for n in ast.walk(node.test) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            }
            self.carried.append(tested)  # "if 'x' in globals(): use(x)" or "if x: use(x)" read what they tested
            joined = _join([self.block(node.body, state), self.block(node.orelse, state)])
            self.carried.pop()
            if joined is not None and _ENVIRONMENT.search(ast.unparse(node.test)):
                joined |= _bound_in(node.body + node.orelse)  # one branch per platform or version: both define
            return joined
        if isinstance(node, ast.For | ast.AsyncFor | ast.While):
            return self.loop(node, state)
        if isinstance(node, ast.Try | ast.TryStar):
            return self.try_(node, state)
        if isinstance(node, ast.With | ast.AsyncWith):
            for item in node.items:
                state = self.read(item.context_expr, state)
                if item.optional_vars is not None:
                    state = self.bind(item.optional_vars, state)
            return self.block(node.body, state)
        if isinstance(node, ast.Match):
            state = self.read(node.subject, state)
            outcomes: list[State] = []
            for case in node.cases:
                names = _pattern_names(case.pattern)
                for name in names:
                    self.assign(name, case.pattern)
                entered = self.read(case.guard, state | names)
                outcomes.append(self.block(case.body, entered))
            if not any(isinstance(c.pattern, ast.MatchAs) and c.pattern.pattern is None for c in node.cases):
                outcomes.append(state)
            return _join(outcomes)
        if isinstance(node, ast.Break):
            if self.breaks:
                self.breaks[-1].append(state)
            return None
        if isinstance(node, ast.Continue):
            return None
        if isinstance(node, ast.Expr):
            state = self.read(node.value, state)
            return None if is_exit_call(node) else state
        if isinstance(node, ast.Assert):
            state = self.read(node.msg, self.read(node.test, state))
            return None if isinstance(node.test, ast.Constant) and not node.test.value else state
        return state  # pass, global, nonlocal

    def loop(self, node: ast.For | ast.AsyncFor | ast.While, state: frozenset[str]) -> State:
        if isinstance(node, ast.While):
            state = self.read(node.test, state)
            entry, targets = state, frozenset[str]()
        else:
            state = self.read(node.iter, state)
            targets = frozenset(n.id for n in _target_names(node.target))
            for name in _target_names(node.target):
                self.assign(name.id, name)
            entry = state | targets
        self.carried.append(_bound_in(node.body) | targets)
        self.breaks.append([])
        self.block(node.body, entry)
        breaks = self.breaks.pop()
        self.carried.pop()
        forever = isinstance(node, ast.While) and isinstance(node.test, ast.Constant) and bool(node.test.value)
        normal: State = None if forever else self.block(node.orelse, entry)
        return _join([normal, *breaks])

    def try_(self, node: ast.Try | ast.TryStar, state: frozenset[str]) -> State:
        probing = any(h.type is not None and "NameError" in ast.unparse(h.type) for h in node.handlers)
        self.suppressed += probing
        body = self.block(node.body, state)
        self.suppressed -= probing
        outcomes = [self.block(node.orelse, body) if body is not None else None]
        for handler in node.handlers:
            start = self.read(handler.type, state)
            if handler.name:
                self.assign(handler.name, handler)
                start = start | {handler.name}
            end = self.block(handler.body, start)
            outcomes.append(end - {handler.name} if end is not None and handler.name else end)
        result = _join(outcomes)
        if not node.finalbody:
            return result
        final = self.block(node.finalbody, state)
        if final is None:
            return None
        return None if result is None else result | (final - state)


def unbound_names(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    starred = any(a.name == "*" for node in code.nodes(ast.ImportFrom) for a in node.names)
    for scope in [code.tree, *code.functions()]:
        if starred and isinstance(scope, ast.Module):
            continue  # "from x import *" may define any name at module level
        names = local_names(code, scope)
        if isinstance(scope, ast.Module):
            names -= _BUILTINS  # a module-level read falls back to the builtin of that name
        walker = _Walker(scope, names, _updated_only(code, scope) & names)
        start: frozenset[str] = frozenset()
        if isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
            args = scope.args
            every = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
            start = frozenset(a.arg for a in every if a)
        walker.block(scope.body, start)
        findings += walker.findings
    return findings


def _updated_only(code: Code, scope: ast.AST) -> set[str]:
    """The names ``scope`` binds only by updating them in place ("totl += 1"), never by giving them a value."""
    updated = {n.target.id for n in code.own(scope) if isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name)}
    augmented = {id(n.target) for n in code.own(scope) if isinstance(n, ast.AugAssign)}
    given = {
        n.id
        for n in code.own(scope)
        if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load) and id(n) not in augmented
    }
    args = getattr(scope, "args", None)
    params = {a.arg for a in ast.walk(args) if isinstance(a, ast.arg)} if args is not None else set[str]()
    return updated - given - params
