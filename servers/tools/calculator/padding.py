"""End tokens added after a request's own, so a reader can look a few tokens ahead of any token without running off
the list: the request still ends at its first end token, and nothing after it is read."""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

PAD = 10


def padded(tokens: list[Token], more: int = PAD) -> list[Token]:
    """``tokens`` with ``more`` copies of its end token after it (a new list; the request's tokens are untouched)."""
    last = tokens[-1]
    return [*tokens, *([Token("end", "", last.start)] * more)]
