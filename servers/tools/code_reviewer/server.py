"""The code reviewer's tools over MCP: syntax check, lint, complexity and a full review of Python code.

Code that is not valid Python is a tool error naming the line and column of the syntax error for ``lint`` and
``complexity``; ``check_syntax`` reports it as a result (``valid: false``) because that is its answer, and
``review`` reports it as a ``syntax-error`` finding.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from mcp.server import MCPServer
from pydantic import BaseModel, Field

from servers.tools.code_reviewer import complexity as cc
from servers.tools.code_reviewer.rules import other_rules, sql_injection
from servers.tools.code_reviewer.scopes import check_names
from servers.tools.code_reviewer.source import Finding, extract_code, parse_python, syntax_problem

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
_COMPLEX = 10  # above this a function gets a finding: grade C or worse

CodeParam = Annotated[str, Field(description="Python source code (a fenced code block is fine)")]


class SyntaxCheck(BaseModel):
    answer: str
    valid: bool
    line: int | None = Field(default=None, description="Line of the syntax error (1-based)")
    column: int | None = Field(default=None, description="Column of the syntax error (1-based)")
    message: str | None = None


class FindingItem(BaseModel):
    line: int
    column: int
    rule: str = Field(description="Rule id, e.g. sql-injection, unused-import, bare-except")
    message: str
    severity: Literal["error", "warning", "info"]


class Review(BaseModel):
    answer: str = Field(description="One line: how many problems of each severity")
    findings: list[FindingItem]
    errors: int
    warnings: int
    infos: int


class FunctionItem(BaseModel):
    name: str
    line: int
    complexity: int
    grade: str = Field(description="A (1-5, simple) to F (41+, untestable)")


class Complexity(BaseModel):
    answer: str
    functions: list[FunctionItem]
    average: float
    maximum: int
    module: int = Field(description="Complexity of the top-level code outside functions")


def _lint(code: str) -> list[Finding]:
    tree = parse_python(code)
    findings = check_names(tree) + sql_injection(tree) + other_rules(tree)
    return sorted(findings, key=lambda f: (f.line, _SEVERITY_ORDER[f.severity], f.column, f.rule))


def _review(findings: list[Finding]) -> Review:
    counts = {s: sum(f.severity == s for f in findings) for s in _SEVERITY_ORDER}
    if findings:
        worst = (
            findings[0] if findings[0].severity == "error" else min(findings, key=lambda f: _SEVERITY_ORDER[f.severity])
        )
        answer = (
            f"{len(findings)} finding(s): {counts['error']} error(s), {counts['warning']} warning(s), "
            f"{counts['info']} info. First to fix: line {worst.line}: {worst.message} [{worst.rule}]"
        )
    else:
        answer = "No problems found."
    items = [FindingItem(**{k: getattr(f, k) for k in FindingItem.model_fields}) for f in findings]
    return Review(
        answer=answer,
        findings=items,
        errors=counts["error"],
        warnings=counts["warning"],
        infos=counts["info"],
    )


def create_server(data_dir: Path | None = None) -> MCPServer:
    mcp = MCPServer("accord-code-reviewer", instructions="Static review of Python code: syntax, lint, complexity.")

    @mcp.tool()
    def review(code: CodeParam) -> Review:
        """Review code: find bugs, security problems (SQL injection, eval), bad practices and overly complex
        functions, each with its line number, rule, message and severity. A full code review of Python."""
        source = extract_code(code)
        problem = syntax_problem(source)
        if problem is not None:
            return _review([Finding(problem.line, problem.column, "syntax-error", problem.message, "error")])
        findings = _lint(source)
        for function in cc.measure(parse_python(source)):
            if function.complexity > _COMPLEX:
                findings.append(
                    Finding(
                        function.line,
                        1,
                        "high-complexity",
                        f"'{function.name}' has cyclomatic complexity {function.complexity} (grade "
                        f"{function.grade}); split it into smaller functions",
                        "warning",
                    )
                )
        return _review(sorted(findings, key=lambda f: (f.line, _SEVERITY_ORDER[f.severity], f.column)))

    @mcp.tool()
    def check_syntax(code: CodeParam) -> SyntaxCheck:
        """Check whether Python code is syntactically valid; if not, give the line and column of the syntax
        error (does it compile / parse?)."""
        problem = syntax_problem(extract_code(code))
        if problem is None:
            return SyntaxCheck(answer="The code is valid Python.", valid=True)
        return SyntaxCheck(
            answer=f"Syntax error at {problem.describe()}",
            valid=False,
            line=problem.line,
            column=problem.column,
            message=problem.message,
        )

    @mcp.tool()
    def lint(code: CodeParam) -> Review:
        """Lint Python code: undefined names, unused imports and variables, bare except, mutable default
        arguments, SQL injection, eval/exec and shadowed builtins, with line numbers and severities."""
        return _review(_lint(extract_code(code)))

    @mcp.tool()
    def complexity(code: CodeParam) -> Complexity:
        """Measure the cyclomatic complexity of each Python function and method (how many paths through it),
        graded A (simple) to F; find functions that are too complex and need refactoring."""
        tree = parse_python(extract_code(code))
        functions = [
            FunctionItem(name=f.name, line=f.line, complexity=f.complexity, grade=f.grade) for f in cc.measure(tree)
        ]
        module = cc.module_complexity(tree)
        if functions:
            worst = max(functions, key=lambda f: f.complexity)
            average = round(sum(f.complexity for f in functions) / len(functions), 2)
            answer = (
                f"{len(functions)} function(s), average complexity {average}; most complex: {worst.name} "
                f"(line {worst.line}) at {worst.complexity}, grade {worst.grade}"
            )
        else:
            average, answer = 0.0, f"No functions; the top-level code has complexity {module}."
        return Complexity(
            answer=answer,
            functions=functions,
            average=average,
            maximum=max((f.complexity for f in functions), default=0),
            module=module,
        )

    return mcp
