"""The code reviewer's tools over MCP.

``review_request`` is the entry point for a request in the user's own words (it takes the whole request, so it
can read what is asked and what the user suspects, and declines what it cannot account for; see ``answers``).
Its ``code`` parameter is required so that a model which cannot find code in a request asks for it rather than
calling the tool without any. ``review``, ``lint``, ``check_syntax`` and ``complexity`` take code a client has
already cut out. Every tool error is a decline with a one-line reason: code that is not valid Python for
``lint`` and ``complexity`` (``check_syntax`` reports it as its answer, ``valid: false``), code too big or
too deeply nested to analyse, and anything ``answers`` declines.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from servers.tools.code_reviewer import complexity as cc
from servers.tools.code_reviewer.analysis import CHECKS, analyse
from servers.tools.code_reviewer.answers import MAX_FINDINGS, MAX_LISTED, Answer, answer
from servers.tools.code_reviewer.questions import Question, read_question
from servers.tools.code_reviewer.risks import plain_risk, said_plainly
from servers.tools.code_reviewer.source import MAX_CODE_CHARS, Code, Finding, extract_code, syntax_problem
from servers.tools.inputs import require_text
from servers.tools.protocol import READ_ONLY, AccordServer

MAX_REQUEST_CHARS = MAX_CODE_CHARS + 20_000
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
    rule: str = Field(description="Rule id, e.g. sql-injection, possibly-unbound, mutable-default")
    message: str
    severity: Literal["error", "warning", "info"]
    category: str = Field(description="bug, security, practice, edge (fails on some inputs), complexity, ...")
    hint: str = Field(description="How to fix it")
    risk: str = Field(
        default="", description="What could go wrong, in one plain sentence for a reader who doesn't code"
    )


class FunctionItem(BaseModel):
    name: str
    line: int
    complexity: int
    grade: str = Field(description="A (1-5, simple) to F (41+, untestable)")


class Review(BaseModel):
    answer: str = Field(description="The answer: each finding with its line, or exactly what was checked")
    language: str
    findings: list[FindingItem]
    errors: int
    warnings: int
    infos: int
    checked: list[str] = Field(description="The families of checks that ran")
    functions: list[FunctionItem] = Field(
        default_factory=list[FunctionItem], description="Complexity per function, when asked"
    )


class Complexity(BaseModel):
    answer: str
    functions: list[FunctionItem]
    average: float
    maximum: int
    module: int = Field(description="Complexity of the top-level code outside functions")


def _item(finding: Finding) -> FindingItem:
    return FindingItem(
        **{k: getattr(finding, k) for k in FindingItem.model_fields if k != "risk"}, risk=plain_risk(finding.rule)
    )


def _function(function: cc.FunctionComplexity) -> FunctionItem:
    return FunctionItem(name=function.name, line=function.line, complexity=function.complexity, grade=function.grade)


def _as_review(result: Answer) -> Review:
    counts = {s: sum(f.severity == s for f in result.findings) for s in ("error", "warning", "info")}
    return Review(
        answer=result.text,
        language=result.language,
        findings=[_item(f) for f in result.findings],
        errors=counts["error"],
        warnings=counts["warning"],
        infos=counts["info"],
        checked=result.checked,
        functions=[_function(f) for f in result.functions],
    )


def create_server(data_dir: Path | None = None) -> AccordServer:
    mcp = AccordServer(
        "accord-code-reviewer",
        instructions=(
            "Static review of Python (and scans of JavaScript, shell scripts and SQL for classic mistakes): bugs, "
            "security, syntax, complexity."
        ),
    )

    @mcp.tool(annotations=READ_ONLY)
    def review_request(
        request: Annotated[str, Field(description="The request in the user's own words")],
        code: Annotated[str, Field(description="The code to review, as it appears in the request")],
    ) -> Review:
        """Answer a request about code as the user wrote it: find the bug, say what is wrong or why it fails,
        review it, check it for security holes (SQL injection, eval, shell commands, secrets), syntax errors or
        complexity, and suggest refactorings or speed-ups, each finding with its line, rule and fix. Declines,
        saying why, what static checks cannot settle offline."""
        text = require_text(request, "request", max_chars=MAX_REQUEST_CHARS)
        return _as_review(answer(read_question(text, code)))

    @mcp.tool(annotations=READ_ONLY)
    def review(code: CodeParam) -> Review:
        """Review code: find bugs, security problems (SQL injection, eval), bad practices and overly complex
        functions, each with its line number, rule, message, severity and fix. A full code review of Python."""
        source = extract_code(code)
        return _as_review(answer(Question(text="review", code=source, blocks=1, intents=frozenset({"review"}))))

    @mcp.tool(annotations=READ_ONLY)
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

    @mcp.tool(annotations=READ_ONLY)
    def lint(code: CodeParam) -> Review:
        """Lint Python code with every rule: undefined and unbound names, unused imports and variables,
        unreachable code, missing returns, endless loops, comparisons that misfire, off-by-one indexing,
        format-string mismatches, mutable defaults, swallowed exceptions, unclosed files, SQL and shell
        injection, eval, unsafe deserialization and hard-coded secrets, with lines, severities and fixes."""
        analysis = analyse(extract_code(code))
        findings = analysis.findings
        counts = {s: sum(f.severity == s for f in findings) for s in ("error", "warning", "info")}
        summary = (
            f"{len(findings)} finding(s): {counts['error']} error(s), {counts['warning']} warning(s), "
            f"{counts['info']} note(s)." + "".join(f"\n- {said_plainly(f)}" for f in findings[:MAX_LISTED])
            if findings
            else "No rule fired. The lint rules cover names, control flow, comparisons, loops, values, definitions, "
            "exception handling and security; they do not judge whether the logic is what you intend."
        )
        return Review(
            answer=summary,
            language="Python",
            findings=[_item(f) for f in findings[:MAX_FINDINGS]],
            errors=counts["error"],
            warnings=counts["warning"],
            infos=counts["info"],
            checked=sorted({family for family, _ in CHECKS} - analysis.skipped),
        )

    @mcp.tool(annotations=READ_ONLY)
    def complexity(code: CodeParam) -> Complexity:
        """Measure the cyclomatic complexity of each Python function and method (how many paths through it),
        graded A (simple) to F; find functions that are too complex and need refactoring."""
        tree = Code.parse(extract_code(code)).tree
        functions = [_function(f) for f in cc.measure(tree)]
        module = cc.module_complexity(tree)
        if functions:
            worst = max(functions, key=lambda f: f.complexity)
            average = round(sum(f.complexity for f in functions) / len(functions), 2)
            text = (
                f"{len(functions)} function(s), average complexity {average}; most complex: {worst.name} "
                f"(line {worst.line}) at {worst.complexity}, grade {worst.grade}"
            )
        else:
            average, text = 0.0, f"No functions; the top-level code has complexity {module}."
        return Complexity(
            answer=text,
            functions=functions,
            average=average,
            maximum=max((f.complexity for f in functions), default=0),
            module=module,
        )

    return mcp
