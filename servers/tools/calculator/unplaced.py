"""What the calculator says when no reading placed a request: the request, the words it could not place, and
what it can do offline instead, in one line."""

from __future__ import annotations

from servers.tools.calculator.grammar import NotUnderstood
from servers.tools.calculator.solution import CAPABILITIES
from servers.tools.calculator.tokens import Token


def not_understood(text: str, tokens: list[Token], failure: NotUnderstood) -> str:
    """One line: the request, the words that could not be placed, and what the calculator can do instead."""
    token = tokens[min(failure.position, len(tokens) - 1)]
    if token.kind == "end":
        before = text[: token.start].rstrip(" ?.!")
        where = f"it ends where {failure.expected} should follow"
        return f"I can't work out {quoted(before or text)}: {where}; {CAPABILITIES}"
    stop = min(len(text), token.start + 40)
    snippet = text[token.start : stop].strip()
    snippet = snippet if stop == len(text) else snippet.rsplit(" ", 1)[0] + " …"
    return f"I can't work out {quoted(text)}: I don't understand {quoted(snippet)} there; {CAPABILITIES}"


def quoted(text: str) -> str:
    text = " ".join(text.split())
    return f"'{text[:80]}…'" if len(text) > 80 else f"'{text}'"
