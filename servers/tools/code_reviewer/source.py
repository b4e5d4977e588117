"""Getting Python source out of what the caller sent, and parsing it.

Callers send bare code, code in a Markdown fence, or a whole request ("Review this function: def f(): ...").
``extract_code`` returns the code; ``parse_python`` turns it into an ``ast`` tree, or raises a ToolInputError
that names the line and column of the syntax error, which is also how code in another language is reported.
"""

from __future__ import annotations

import ast
import re
import warnings
from dataclasses import dataclass
from typing import Literal

from servers.tools.inputs import ToolInputError, require_text

Severity = Literal["error", "warning", "info"]

MAX_CODE_CHARS = 100_000
_INSTRUCTION = re.compile(r"^[A-Za-z][A-Za-z ,'/-]*$")
# A language tag counts only when a newline follows it: in "```def f(): ...```" the "def" is code.
_FENCE = re.compile(r"```(?:[\w+-]*[ \t]*\n)?(.*?)```", re.S)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in the code: where, which rule, what is wrong and how bad it is."""

    line: int
    column: int
    rule: str
    message: str
    severity: Severity


@dataclass(frozen=True, slots=True)
class SyntaxProblem:
    line: int
    column: int
    message: str

    def describe(self) -> str:
        return f"line {self.line}, column {self.column}: {self.message}"


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
    try:
        _parse(code)
    except SyntaxError as exc:
        return SyntaxProblem(exc.lineno or 1, exc.offset or 1, exc.msg or "invalid syntax")
    except (ValueError, RecursionError, MemoryError) as exc:  # NUL bytes, absurd nesting
        return SyntaxProblem(1, 1, f"cannot parse: {exc}")
    return None


def parse_python(code: str) -> ast.Module:
    """The syntax tree of ``code``, or a ToolInputError naming the line and column of the syntax error."""
    problem = syntax_problem(code)
    if problem is not None:
        raise ToolInputError(f"the code is not valid Python: {problem.describe()}")
    return _parse(code)


def _parse(code: str) -> ast.Module:
    # Code under review may contain invalid escape sequences ("\d"); compiling it must not emit a warning,
    # which would otherwise surface in the server's log (and fail a test run that treats warnings as errors).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ast.parse(code)
