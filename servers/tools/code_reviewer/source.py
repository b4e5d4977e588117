"""Python source as the checks see it: parsed once, indexed once, with limits that keep a review fast.

``extract_code`` pulls the code out of what an MCP client sent (bare code, a Markdown fence, or a one-line
instruction followed by the code). ``Code.parse`` turns source into an indexed syntax tree, or raises a
ToolInputError naming the line and column of the syntax error. Every check reads the same ``Code``: the tree,
its nodes grouped by type and each node's parent, so a review walks the tree once, not once per rule.

Limits: code over ``MAX_CODE_CHARS`` or ``MAX_LINES``, with more than ``MAX_NODES`` syntax nodes, or nested deeper than
``MAX_DEPTH`` is refused before any rule runs (the rules recurse over the tree, and deeply nested input is how
a parser or a recursive visitor is made to fail). ``ast.parse`` itself raises RecursionError or MemoryError
on some absurd inputs; those are caught and reported as "cannot parse", never let through.
"""

from __future__ import annotations

import ast
import functools
import re
import warnings
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, cast

from servers.tools.inputs import ToolInputError, require_text

Severity = Literal["error", "warning", "info"]
_T = TypeVar("_T")
_N = TypeVar("_N", bound=ast.AST)

MAX_CODE_CHARS = 100_000
MAX_NODES = 15_000
MAX_LINES = 2_500
MAX_DEPTH = 120
_INSTRUCTION = re.compile(r"^[A-Za-z][A-Za-z ,'/-]*$")
# A language tag counts only when a newline follows it: in "```def f(): ...```" the "def" is code.
_FENCE = re.compile(r"```(?:[\w+#.-]*[ \t]*\n)?(.*?)```", re.S)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in the code: where, which rule, what is wrong, how bad it is and how to fix it.

    ``category`` says what kind of problem it is: ``bug`` (the code misbehaves), ``security``, ``practice``
    (works, but is fragile or unidiomatic), ``edge`` (fails only on some inputs, such as an empty list),
    ``complexity``, ``refactor`` or ``performance`` (suggestions, reported when asked for)."""

    line: int
    column: int
    rule: str
    message: str
    severity: Severity
    hint: str = ""
    category: str = "practice"

    def describe(self) -> str:
        hint = f" Fix: {self.hint}" if self.hint else ""
        return f"line {self.line}: {self.message} [{self.rule}, {self.severity}].{hint}"


@dataclass(frozen=True, slots=True)
class SyntaxProblem:
    line: int
    column: int
    message: str
    parser_gave_up: bool = False  # RecursionError or MemoryError inside the parser: not a mistake in the code

    def describe(self) -> str:
        return f"line {self.line}, column {self.column}: {self.message}"


@dataclass(eq=False)
class Code:
    """Parsed source with its nodes indexed by type and by parent."""

    source: str
    tree: ast.Module
    by_type: defaultdict[type[ast.AST], list[ast.AST]] = field(default_factory=lambda: defaultdict(list))
    parents: dict[int, ast.AST] = field(default_factory=dict[int, ast.AST])
    _memo: dict[Hashable, Any] = field(default_factory=dict[Hashable, Any])  # each value has its compute's type

    @classmethod
    def parse(cls, source: str, tree: ast.Module | None = None) -> Code:
        """The indexed tree of ``source``; a ToolInputError when it is not valid Python or is too big to review."""
        if source.count("\n") >= MAX_LINES:
            raise ToolInputError(
                f"the code is too long to review: over {MAX_LINES:,} lines; send one module or function"
            )
        parsed = tree if tree is not None else try_parse(source)
        if isinstance(parsed, SyntaxProblem):
            raise ToolInputError(f"the code is not valid Python: {parsed.describe()}")
        code = cls(source, parsed)
        code._index()
        return code

    def _index(self) -> None:
        # One iterative walk: the node count and nesting depth are checked before any recursive rule runs.
        stack: list[tuple[ast.AST, int]] = [(self.tree, 0)]
        count = 0
        while stack:
            node, depth = stack.pop()
            count += 1
            if count > MAX_NODES:
                raise ToolInputError(
                    f"the code is too big to review: over {MAX_NODES:,} syntax nodes; send one module or function"
                )
            if depth > MAX_DEPTH:
                raise ToolInputError(
                    f"the code nests over {MAX_DEPTH} levels deep (line {getattr(node, 'lineno', 1)}); I review "
                    "code nested less deeply than that"
                )
            self.by_type[type(node)].append(node)
            for child in ast.iter_child_nodes(node):
                self.parents[id(child)] = node
                stack.append((child, depth + 1))
        for nodes in self.by_type.values():
            nodes.sort(key=lambda n: (getattr(n, "lineno", 0), getattr(n, "col_offset", 0)))

    def nodes(self, *types: type[_N]) -> list[_N]:
        """Every node of the given types, in source order."""
        # by_type files each node under its own type, so every node found under ``t`` is a ``t``.
        if len(types) == 1:
            return cast(list[_N], list(self.by_type.get(types[0], ())))
        found = cast(list[_N], [n for t in types for n in self.by_type.get(t, ())])
        return sorted(found, key=lambda n: (getattr(n, "lineno", 0), getattr(n, "col_offset", 0)))

    def parent(self, node: ast.AST) -> ast.AST | None:
        return self.parents.get(id(node))

    def ancestors(self, node: ast.AST) -> Iterator[ast.AST]:
        current = self.parents.get(id(node))
        while current is not None:
            yield current
            current = self.parents.get(id(current))

    def scope_of(self, node: ast.AST) -> ast.AST:
        """The function, lambda or module whose code ``node`` is part of."""
        for ancestor in self.ancestors(node):
            if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.Module):
                return ancestor
        return self.tree

    def functions(self) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
        return self.memo("functions", lambda: self.nodes(ast.FunctionDef, ast.AsyncFunctionDef))

    def own(self, scope: ast.AST) -> list[ast.AST]:
        """``own_nodes(scope)`` as a list, computed once: rules that look at a whole scope per finding stay linear."""
        return self.memo(("own", id(scope)), lambda: list(own_nodes(scope)))

    def memo(self, key: Hashable, compute: Callable[[], _T]) -> _T:
        """A value derived from the tree, computed on first use and kept for the other rules."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]


def own_nodes(scope: ast.AST) -> Iterator[ast.AST]:
    """Nodes of ``scope`` without descending into nested functions, lambdas and classes (scopes of their own)."""
    stack = list(ast.iter_child_nodes(scope))
    while stack:
        node = stack.pop()
        yield node
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            stack.extend(ast.iter_child_nodes(node))


def extract_code(code: str) -> str:
    """The code inside ``code``: the first fenced block, else (when the whole does not parse) the text after a
    one-line instruction such as "Review this function:", else the text as given."""
    text = require_text(code, "code", max_chars=MAX_CODE_CHARS)
    fence = _FENCE.search(text)
    if fence and fence.group(1).strip():
        return fence.group(1).strip("\n")
    if syntax_problem(text) is None:
        return text
    head, sep, tail = text.partition(":")
    # After an instruction the rest is the code, valid or not, so its errors point at the code's own lines.
    if sep and _is_instruction(head) and tail.strip():
        return tail.strip("\n ")
    first, newline, rest = text.partition("\n")
    if newline and _is_instruction(first.rstrip(":.!? ")) and rest.strip():
        return rest
    return text


def _is_instruction(line: str) -> bool:
    """Is ``line`` a sentence about the code ("Review this function") rather than code ("def f(")?"""
    return bool(_INSTRUCTION.match(line.strip())) and len(line.split()) <= 15


def syntax_problem(code: str) -> SyntaxProblem | None:
    """Where and why ``code`` is not valid Python, or None when it parses."""
    parsed = try_parse(code)
    return parsed if isinstance(parsed, SyntaxProblem) else None


@functools.lru_cache(maxsize=4)
def try_parse(code: str) -> ast.Module | SyntaxProblem:
    """The syntax tree of ``code``, or where and why it is not valid Python. Remembered for the last few
    sources: reading a request asks whether its code parses more than once (to find it, to name its language,
    to review it), and the rules only read the tree."""
    try:
        return _parse(code)
    except SyntaxError as exc:
        return SyntaxProblem(exc.lineno or 1, exc.offset or 1, exc.msg or "invalid syntax")
    except (ValueError, RecursionError, MemoryError) as exc:  # NUL bytes, absurd nesting or length
        reason = str(exc) or "it nests too deeply"
        return SyntaxProblem(1, 1, f"cannot parse: {reason}", isinstance(exc, RecursionError | MemoryError))


def _parse(code: str) -> ast.Module:
    # Code under review may contain invalid escape sequences ("\d"); compiling it must not emit a warning,
    # which would otherwise surface in the server's log (and fail a test run that treats warnings as errors).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ast.parse(code)


def node_name(node: ast.AST) -> str:
    """The name an expression stands for: 'total' for ``total``, ``self.total`` and ``row["total"]``; else ""."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
        return node.slice.value
    return ""


def reads(node: ast.AST, name: str) -> bool:
    """Whether ``node`` reads the variable ``name`` anywhere inside it."""
    return any(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load) for n in ast.walk(node))


def parameter_and_number(node: ast.BinOp, params: set[str]) -> tuple[str, float, ast.expr] | None:
    """``(parameter, number, the number's node)`` when ``node`` applies one of ``params`` and a number literal to
    each other ('jin * 1000', '1000 * jin', 'grams / 0.2'), else None."""
    param = next((o.id for o in (node.left, node.right) if isinstance(o, ast.Name) and o.id in params), None)
    for operand in (node.left, node.right):
        value = operand.value if isinstance(operand, ast.Constant) else None
        if param is not None and isinstance(value, int | float) and not isinstance(value, bool):
            return param, float(value), operand
    return None
