"""Cyclomatic complexity per function, counted on the syntax tree.

McCabe's number is one plus the number of decision points: each ``if``/``elif``, conditional expression, loop,
``except`` clause, ``case``, comprehension ``for`` and ``if``, and each extra operand of ``and``/``or``.
Nested functions and classes are measured on their own and do not add to the function that contains them.
Grades follow the widely used A-F bands (A: 1-5 simple, B: 6-10, C: 11-20, D: 21-30, E: 31-40, F: 41+)."""

from __future__ import annotations

import ast
from dataclasses import dataclass

_BRANCHES = (
    ast.If,
    ast.IfExp,
    ast.For,
    ast.AsyncFor,
    ast.While,
    ast.ExceptHandler,
    ast.match_case,
    ast.Assert,
)
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)


@dataclass(frozen=True, slots=True)
class FunctionComplexity:
    name: str  # qualified: "Class.method", "outer.inner"
    line: int
    complexity: int
    grade: str


def grade(complexity: int) -> str:
    for limit, letter in ((5, "A"), (10, "B"), (20, "C"), (30, "D"), (40, "E")):
        if complexity <= limit:
            return letter
    return "F"


def _decisions(node: ast.AST) -> int:
    count = 0
    for child in ast.iter_child_nodes(node):
        if isinstance(child, _SCOPES):
            continue  # measured separately
        if isinstance(child, _BRANCHES):
            count += 1
        elif isinstance(child, ast.BoolOp):
            count += len(child.values) - 1
        elif isinstance(child, ast.comprehension):
            count += 1 + len(child.ifs)
        count += _decisions(child)
    return count


def measure(tree: ast.Module) -> list[FunctionComplexity]:
    """Every function and method in ``tree``, in source order, with its complexity."""
    found: list[FunctionComplexity] = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                name = f"{prefix}{child.name}"
                value = 1 + _decisions(child)
                found.append(FunctionComplexity(name, child.lineno, value, grade(value)))
                visit(child, f"{name}.")
            elif isinstance(child, ast.ClassDef):
                visit(child, f"{prefix}{child.name}.")
            else:
                visit(child, prefix)

    visit(tree, "")
    return sorted(found, key=lambda f: f.line)


def module_complexity(tree: ast.Module) -> int:
    """Complexity of the top-level code outside any function (scripts have logic there too)."""
    return 1 + _decisions(tree)
