"""Two figures with only a space between them, where the space may be a thousands mark: 'I bought 2 400 tickets'.

A short whole figure followed by one of exactly three digits, no other figure beside the two, reads as one number
(2,400) as well as two (2 and 400). Where the request settles it ('2 400 birr and ...', '62 000') the figures were
joined as they were read (``written_figures``); a reader that would take the two as a list of numbers asks instead.
A longer run ('tot up 350 275 410 189 92') is a list written with spaces.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token


def unsettled_pair(tokens: list[Token], i: int) -> str | None:
    """The two figures ending at ``i`` as written ('2 400') when they may be one number or two, else None."""
    before, figure = tokens[i - 1], tokens[i]
    if i > 1 and tokens[i - 2].kind == "number" or tokens[i + 1].kind == "number":
        return None
    if before.kind != "number" or figure.kind != "number" or not (before.text.isdigit() and figure.text.isdigit()):
        return None
    return f"{before.text} {figure.text}" if len(before.text) <= 3 and len(figure.text) == 3 else None
