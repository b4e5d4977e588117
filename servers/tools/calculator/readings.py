"""Readers tried in turn: the first that reads a request in full answers it.

A reader returns a ``Solution``, returns None when the request is not of its kind, or raises ``NotUnderstood`` or a
``ToolInputError`` when it is of its kind but cannot be answered as read; in a list of readers tried in turn the
last two mean the same as None, and the next reader is tried.

A reader that understands a request but finds a figure it needs unsaid ('works 8 hours a day': how many days a
week?) says so with ``say_missing`` before it returns None; when no reader answers, the decline names what is
missing (``missing``) rather than only the words it could not place.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from contextlib import contextmanager
from contextvars import ContextVar

from servers.tools.calculator.reader import NotUnderstood
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

Reader = Callable[[list[Token], int], Solution | None]

_missing: ContextVar[list[str] | None] = ContextVar("calculator_missing", default=None)


@contextmanager
def noting_missing() -> Generator[None]:
    """Keep what readers say is missing while one request is solved."""
    token = _missing.set([])
    try:
        yield
    finally:
        _missing.reset(token)


def say_missing(reason: str) -> None:
    """Note that the request, read in full, lacks ``reason``'s figure; no effect outside ``noting_missing``."""
    said = _missing.get()
    if said is not None and reason not in said:
        said.append(reason)


def missing() -> str | None:
    """The first figure a reader said is missing from the request being solved, or None."""
    said = _missing.get()
    return said[0] if said else None


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
