"""Source code handed to the writer with a writing request: the thing a message speaks of, or material it cannot
write from.

A request such as "Review this function and write a short message to my colleague Ben saying I've looked at it"
reaches the writer with the code after its instruction. The message says what its own clause says ("I've looked
at it"); the code is only what "it" is, and nothing of it goes into the text. A request that asks the text to say
something *of* the code ("explaining this function", "saying what it does", "with docs for it") gives nothing to
say but the code itself, and offline the writer does not read code: it declines, naming the code reviewer.
"""

from __future__ import annotations

import re

from servers.tools.inputs import ToolInputError
from servers.tools.writer.briefs import read_brief

# Lines of source code: a definition, an import, a statement ending in a brace or semicolon.
_CODE = re.compile(
    r"^[ \t]*(?:def\s+\w+\s*\(|class\s+\w+\s*[(:]|import\s+[\w.]+[ \t]*$|from\s+[\w.]+\s+import\b|"
    r"function\s+\w+\s*\(|(?:const|let|var)\s+\w+\s*=|#include\b)|[{}][ \t]*$",
    re.M,
)
# A clause that says something by itself: a finite verb ("I've looked at it", "it is fine", "I reviewed it").
_STATES = re.compile(
    r"\b(?:is|are|was|were|will|won't|has|have|had|did|does|can|could|should|must|may|might|looks?|seems?)\b|"
    r"'(?:ve|s|re|ll|d|m)\b|\b(?-i:[a-z])\w+ed\b",
    re.I,
)
# What the code does, what is wrong with it, how it works: a question only reading the code answers.
_ASKS_OF_CODE = re.compile(r"^(?:that\s+)?(?:what|why|how|which|where|whether|if)\b", re.I)


def code_referred(instruction: str, material: str) -> str:
    """``material``, or "" when it is code the instruction's own clause only speaks of ("saying I've looked at
    it"); ToolInputError when it is code the text would have to be written from."""
    if not _CODE.search(material[:5_000]):
        return material
    said = read_brief(instruction).content.strip()
    if said and _STATES.search(said) and not _ASKS_OF_CODE.match(said):
        return ""
    raise ToolInputError(
        "That gives me source code, and offline I compose prose from the points you give, not from code: the "
        "code reviewer reads code; for tests or explanations of it, set ANTHROPIC_API_KEY (or point the writer "
        "at a local model)."
    )
