"""A figure on its own asks nothing: '42', '£318', '180°C', '25%' sent alone are declined, not echoed back.

A part of a form cut away from its question ('Hours: 42.' of 'Hours: 42. Rate: £15.75. Gross pay?') reaches the
calculator as its figure alone; answering it with the same figure reports a step done that worked nothing out.
A request asks something once it holds any word that is not a unit, an operation, or a second figure: 'what is
42?' and 'two and a half million' are read as before.
"""

from __future__ import annotations

from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_MARKS = frozenset({".", "°", "%"})


def refuse_lone_figure(request: str, written: list[Token]) -> None:
    """Raise ToolInputError when ``request`` (``written``: its tokens) is one figure, with at most its currency and
    unit, and nothing else."""
    tokens = [t for t in written if t.kind != "end"]
    figures = [t for t in tokens if t.kind == "number"]
    if len(figures) == 1 and all(_part_of_figure(t) for t in tokens):
        raise ToolInputError(f"'{request.strip()}' gives a figure and asks nothing of it; say what to work out")


def _part_of_figure(token: Token) -> bool:
    return (
        token.kind in ("number", "currency")
        or token.text in _MARKS
        or token.kind == "word"
        and lookup(token.word) is not None
    )
