"""End tokens added after a request's own, so a reader can look a few tokens ahead of any token without running off
the list: the request still ends at its first end token, and nothing after it is read."""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

PAD = 10


def padded(tokens: list[Token], more: int = PAD) -> list[Token]:
    """``tokens`` with ``more`` copies of its end token after it (a new list; the request's tokens are untouched)."""
    last = tokens[-1]
    return [*tokens, *([Token("end", "", last.start)] * more)]


def request_window(tokens: list[Token], start: int, most: int) -> tuple[list[Token], int] | None:
    """``tokens`` padded, and where the request ends; None when it runs on for more than ``most`` tokens from
    ``start`` (a reader of one short word problem leaves a longer request to the others)."""
    tokens = padded(tokens)
    end = next(k for k, t in enumerate(tokens) if t.kind == "end")
    return None if end - start > most else (tokens, end)
