"""A cursor over the calculator's tokens, shared by the arithmetic grammar and the word-problem readers.

It reads words and symbols by exact match only (``at``, ``take``), records where reading failed
(``NotUnderstood``), and bounds nesting (``MAX_DEPTH``) so deeply nested input is refused rather than
exhausting the interpreter's stack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

MAX_DEPTH = 60  # levels of nesting; each costs up to ~8 Python frames, well inside the interpreter's limit

T = TypeVar("T")


class NotUnderstood(Exception):
    """The grammar could not account for the token at ``position``; ``expected`` says what would have fit."""

    def __init__(self, position: int, expected: str) -> None:
        super().__init__(expected)
        self.position = position
        self.expected = expected


class TokenReader:
    """Reads ``tokens`` from ``start``; ``variables`` are the letters an equation solves for."""

    def __init__(
        self, tokens: list[Token], start: int = 0, *, variables: frozenset[str] = frozenset(), relations: bool = True
    ) -> None:
        self.tokens = tokens
        self.i: int = start
        self.variables = variables
        self.relations = relations  # 'of', 'more than', 'off' after a value; a word problem reads those itself
        self.depth: int = 0

    def peek(self, ahead: int = 0) -> Token:
        index = self.i + ahead
        return self.tokens[index] if index < len(self.tokens) else self.tokens[-1]

    def at(self, *words: str) -> bool:
        first = self.peek()
        if first.text != words[0] and first.word != words[0]:  # the common case, kept cheap
            return False
        return all(self.peek(k).word == w or self.peek(k).text == w for k, w in enumerate(words))

    def take(self, *words: str) -> bool:
        if self.at(*words):
            self.i += len(words)
            return True
        return False

    def take_any(self, phrases: Iterable[tuple[str, ...]]) -> tuple[str, ...] | None:
        for phrase in phrases:
            if self.take(*phrase):
                return phrase
        return None

    def fail(self, expected: str) -> NotUnderstood:
        return NotUnderstood(self.i, expected)

    def at_end(self) -> bool:
        return self.peek().kind == "end"

    def _nested(self, rule: Callable[[], T]) -> T:
        self._enter()
        node = rule()
        self.depth -= 1
        return node

    def _enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ToolInputError("the expression nests too deeply (parentheses, powers or functions inside each other)")
