"""Finding the code in a request, and turning what was pasted back into source.

A request is the user's words with the code somewhere in them: in a ``` fence (the first non-empty one; how
many there were is counted), after a colon, on the lines after a sentence, inline in `backticks`, or starting
mid-sentence ("find the bug in def f(x): ..."). Each line outside a fence is classed as prose or code: code
parses as Python on its own (or as a block opener), is indented, looks like a Python statement that may hold
the very syntax error asked about, or looks like another language's code. The code runs from the first code
line to the last; the words around it are the question.

Code pasted from a REPL (``>>>`` prompts and output lines) or with an editor's line-number gutter is turned
back into source, unless it already parses as it is.
"""

from __future__ import annotations

import itertools
import re
import textwrap

from servers.tools.code_reviewer.source import MAX_LINES, syntax_problem

FENCE = re.compile(r"```(?:(?P<tag>[\w+#.-]*)[ \t]*\n)?(?P<body>.*?)```", re.S)  # a tag only before a newline
_OPENFENCE = re.compile(r"```(?P<tag>[\w+#.-]*)[ \t]*\n(?P<body>.*)$", re.S)
_INLINE = re.compile(r"`([^`\n]{1,400})`")
# A Python statement that may hold the very syntax error the user asks about, so it need not parse.
_PYTHON_LINE = re.compile(
    r"^\s*(?:(?:def|class|for|while|if|elif|with|except|return|raise|lambda|print|assert|del|async|await)\b.*[()\[\]=]|"
    r"(?:import|from)\s+[\w.]+|(?:else|try|finally)\s*:|(?:pass|break|continue)\s*$|return\s*[\w.]*\s*$)"
)
# Lines of other languages (and Python comments) that do not parse as Python on their own.
_OTHER_CODE = re.compile(
    r"^\s*(?://|/\*|#include\b|#!|function\b|const |let |var |public |private |package |func |fn |using |"
    r"SELECT\b|INSERT\b|UPDATE\b|DELETE\b|[{}\])]|<\w"
    # SQL typed in lower case, and a shell command on a $variable ("rm -rf $DIR/*")
    r"|(?i:delete\s+from|update\s+[\w.\"`]{1,60}\s+set|insert\s+into|drop\s+table|truncate\s+table)\b"
    r"|(?:sudo\s+)?(?:rm|cp|mv|chmod|chown|mkdir|rmdir|cd|find|tar|rsync)\s[^\n$]{0,200}\$\{?[A-Za-z_0-9])"
    r"|[{};]\s*$"
)
_KEYWORD = re.compile(r"\b(?:def|class|import|from|for|while|if|return|print|lambda|async|with|try)\b")
_PROSE_WORD = re.compile(r"[A-Za-z']+")
_CODE_MARK = re.compile(r"[=(){}\[\];]|->|\b(?:def|return|import)\b|\$\{?[A-Za-z_]")  # $name: a shell variable
_PROMPT = re.compile(r"^(?:>>>|\.\.\.)(?: |$)")
_GUTTER = re.compile(r"^[ \t]*(\d{1,5})(?:[:.|)][ \t]?|[ \t])")
_EDGE_LINES = 200


def split_code(request: str) -> tuple[str, str, str | None, int]:
    """(the words, the code, the fence tag, how many code blocks) of a request; the words hold "[code]" where
    the code was, or "[snippet]" for code quoted inline in a sentence."""
    fences = [m for m in FENCE.finditer(request) if m.group("body").strip()]
    if fences:
        words = FENCE.sub(" [code] ", request)
        return words, fences[0].group("body").strip("\n"), fences[0].group("tag"), len(fences)
    unclosed = _OPENFENCE.search(request)
    if unclosed and unclosed.group("body").strip():
        return request[: unclosed.start()], unclosed.group("body").strip("\n"), unclosed.group("tag"), 1
    lines = request.strip().splitlines()
    head, colon, tail = lines[0].partition(":") if lines else ("", "", "")
    if colon and _is_prose(head) and tail.strip() and _looks_like_code(tail):
        lines = [head + ":", tail.strip(), *lines[1:]]
    kinds = _line_kinds(lines)
    code_lines = [i for i, kind in enumerate(kinds) if kind == "code"]
    if code_lines:
        first, last = code_lines[0], code_lines[-1]
        body = textwrap.dedent("\n".join(lines[first : last + 1]))
        if _looks_like_code(body):
            words = "\n".join(lines[:first] + ["[code]"] + lines[last + 1 :])
            return words, body, None, 1
    inline = _inline_code(request)
    if inline:
        quoted = f"`{inline}`" in request
        words = request.replace(f"`{inline}`", " [snippet] ", 1) if quoted else request.replace(inline, " [code] ", 1)
        return words, inline, None, 1
    return request, "", None, 0


def clean_code(code: str) -> str:
    """Code as pasted from a REPL (">>> " prompts, output lines) or an editor (a line-number gutter), made
    into source. Code that parses as it is stays as it is."""
    if not code.strip() or code.count("\n") >= MAX_LINES or syntax_problem(code) is None:
        return code
    lines = code.splitlines()
    filled = [line for line in lines if line.strip()]
    if _PROMPT.match(filled[0]):
        return "\n".join(_PROMPT.sub("", line, count=1) for line in lines if _PROMPT.match(line))
    gutters = [_GUTTER.match(line) for line in filled]
    numbers = [int(m.group(1)) for m in gutters if m]
    rising = all(a < b for a, b in zip(numbers, numbers[1:], strict=False))
    if len(filled) >= 2 and len(numbers) == len(filled) and rising:
        return textwrap.dedent("\n".join(_GUTTER.sub("", line, count=1) for line in lines))
    return code


def _inline_code(request: str) -> str | None:
    """Code in `backticks`, or code that starts mid-sentence ("Find the bug in def f(x): return x + 1")."""
    spans = [s for s in _INLINE.findall(request) if _CODE_MARK.search(s)]
    if spans:
        return max(spans, key=len)
    for match in itertools.islice(_KEYWORD.finditer(request), 8):
        candidate = request[match.start() :].strip()
        if syntax_problem(candidate) is None and _CODE_MARK.search(candidate):
            return candidate
    return None


def _is_prose(text: str) -> bool:
    words = _PROSE_WORD.findall(text)
    return len(words) >= 1 and not _CODE_MARK.search(text) and len(text) <= 200


def _looks_like_code(text: str) -> bool:
    return bool(_CODE_MARK.search(text)) or syntax_problem(text.strip()) is None and len(text.split()) <= 2


def _line_kinds(lines: list[str]) -> list[str]:
    """Each line's kind. Prose sits before and after the code, so in a long paste only the first and last
    screens are read line by line, and what lies between is taken as code."""
    if len(lines) <= 2 * _EDGE_LINES:
        return [_line_kind(line) for line in lines]
    middle = ["code"] * (len(lines) - 2 * _EDGE_LINES)
    return [_line_kind(x) for x in lines[:_EDGE_LINES]] + middle + [_line_kind(x) for x in lines[-_EDGE_LINES:]]


def _line_kind(line: str) -> str:
    if _PROMPT.match(line):
        return "code"  # pasted from a REPL; clean_code takes the prompts off
    gutter = _GUTTER.match(line)
    if gutter and line[gutter.end() :].strip() and _plain_kind(line[gutter.end() :]) == "code":
        return "code"  # an editor's line number before a line of code; clean_code takes the numbers off
    return _plain_kind(line)


def _plain_kind(line: str) -> str:
    stripped = line.strip()
    if not stripped:
        return "blank"
    if _sentence(stripped):
        return "prose"
    if line[:1] in (" ", "\t") or _OTHER_CODE.search(line) or _PYTHON_LINE.match(line) or stripped.startswith("#"):
        return "code"
    if re.fullmatch(r"[A-Za-z]+[.!?]?", stripped):
        return "prose"  # "Thanks" parses as a name; it is not code
    if syntax_problem(stripped) is None or syntax_problem(stripped + "\n    pass") is None:
        return "code"
    return "prose"


def _sentence(text: str) -> bool:
    """A line of prose: several words, ending like a sentence, with no code punctuation."""
    words = _PROSE_WORD.findall(text)
    return len(words) >= 4 and text[-1:] in ".?!:" and not re.search(r"[=(){}\[\];]", text)
