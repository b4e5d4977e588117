"""Readers tried in turn: the first that reads a request in full answers it.

A reader returns a ``Solution``, returns None when the request is not of its kind, or raises ``NotUnderstood`` or a
``ToolInputError`` when it is of its kind but cannot be answered as read; in a list of readers tried in turn the
last two mean the same as None, and the next reader is tried.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from servers.tools.calculator.reader import NotUnderstood
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

Reader = Callable[[list[Token], int], Solution | None]


def first_reading(readers: Iterable[Reader], tokens: list[Token], start: int) -> Solution | None:
    """The solution of the first of ``readers`` that reads ``tokens[start:]`` in full, or None."""
    for reader in readers:
        try:
            solution = reader(tokens, start)
        except (NotUnderstood, ToolInputError):
            continue
        if solution is not None:
            return solution
    return None
