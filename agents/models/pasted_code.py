"""Code pasted into a request with no fence: what marks a run of text as a program.

"any bugs here? def f(x): ...", "Keeps falling over, what's up with it:\ndef ...", a long story, a blank line and then
"def weekly_total(days): ...": the offline model must find the program to hand it to a tool. A run of text reads as
code when it shows two different marks of code (braces, a definition, an arrow, a return ...), and as a program's
start when it opens with a definition or a statement that opens programs. Every regex here is linear.
"""

from __future__ import annotations

import re

_SCAN = 20_000  # characters read for marks of code: a program's first screens say whether it is one
_CODE_SIGNS = re.compile(r"[{}]|\bdef \w+\(|\bfunction\b|=>|\breturn\b|\bconst \w+ =|\blet \w+ =|;\s*$", re.M)
# A definition or statement that opens a program: what follows a colon starting so is code, not the ask going on.
_CODE_OPENS = re.compile(
    r"\s*(?:(?:async\s+)?def\s+\w+\s*\(|class\s+\w+|function\s+\w+\s*\(|(?:const|let|var)\s+\w+\s*=|import\s+\w|"
    r"from\s+[\w.]+\s+import\b|#include\b|(?:public|private)\s+\w)"
)
_STORY_BEFORE_CODE = 600  # characters of story before a program pasted after a blank line


def looks_like_code(text: str) -> bool:
    """Two different marks of code (braces, a definition, an arrow, a return...): one alone is ordinary prose."""
    return len({m.group().strip() for m in _CODE_SIGNS.finditer(text[:_SCAN])}) >= 2


def opens_program(text: str) -> bool:
    """Whether ``text`` starts as a program does (a definition, an import, a declaration) and reads as code."""
    return _CODE_OPENS.match(text) is not None and looks_like_code(text)


def code_after_blank_line(text: str) -> str | None:
    """A program pasted after a blank line, however long the story before it ("My nephew knocked this up to total
    our dozens ... What's wrong with it?\\n\\ndef weekly_total(days): ..."); None when no program follows the first
    blank line."""
    blank = text.find("\n\n", 0, _STORY_BEFORE_CODE)
    if blank < 0:
        return None
    tail = text[blank:].strip()
    return tail if opens_program(tail) else None
