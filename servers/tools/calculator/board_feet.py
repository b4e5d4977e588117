"""Board feet of sawn lumber: 'how many board feet in a 2x10 thats 12 ft long' → 2 in × 10 in × 12 ft ÷ 12 = 20
board feet.

A board foot is a piece 1 inch thick, 12 inches wide and 1 foot long (144 cubic inches). Lumber is sold by its
nominal size ('2x10'), so the nominal inches are used, as a lumber yard counts them (said in the answer). The
request names board feet, one size written thickness x width in inches ('2x10', '2 x 4'), one length in feet ('12
ft', '8 feet', "10'") and perhaps a count of pieces said before the size ('six 2x6s', '6 pieces of 2x4'). Any other
number, a length in another unit or two sizes declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_FEET = frozenset("ft feet foot '".split())
_PIECES = frozenset("pieces boards lengths planks studs joists of".split())


def solve_board_feet(tokens: list[Token], start: int) -> Solution | None:
    """The board feet of pieces of one nominal size and length; None unless the request is exactly that."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if not any(words[k : k + 2] in (["board", "feet"], ["board", "foot"], ["bd", "ft"]) for k in range(len(words))):
        return None
    size: tuple[Fraction, Fraction] | None = None
    length: Fraction | None = None
    count: Fraction | None = None
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.kind == "number" and tokens[i + 1].word == "x" and tokens[i + 2].kind == "number":
            if size is not None:
                return None
            size = (Fraction(token.value), Fraction(tokens[i + 2].value))
            i += 3 + (tokens[i + 3].word == "s" and tokens[i + 3].attached)  # '2x4s'
            continue
        if token.kind == "number" and (tokens[i + 1].word in _FEET or tokens[i + 1].text == "'"):
            if length is not None:
                return None
            length = Fraction(token.value)
            i += 2
            continue
        if token.kind == "number" and size is None and count is None and _before_size(tokens, i + 1):
            count = Fraction(token.value)
            i += 1
            continue
        if token.kind in ("number", "clock", "date", "ordinal", "currency") or token.text == "%":
            return None
        i += 1
    if size is None or length is None or length <= 0 or min(size) <= 0:
        return None
    pieces = count if count is not None else Fraction(1)
    if pieces.denominator != 1 or pieces <= 0:
        return None
    thick, wide = size
    each = thick * wide * length / 12
    total = each * pieces
    n = numbers.format_number
    steps = [f"{n(thick)} in × {n(wide)} in × {n(length)} ft ÷ 12 = {n(each)} board feet"]
    if count is not None:
        steps.append(f"{n(pieces)} × {n(each)} = {n(total)} board feet")
    expression = f"{n(pieces)} * {n(thick)} * {n(wide)} * {n(length)} / 12"
    solution = Solution(f"{n(total)} board feet", total, "board feet", expression, steps, unit="board feet")
    solution.notes.append("the nominal size is used, as lumber is sold; a board foot is 144 cubic inches")
    return solution


def _before_size(tokens: list[Token], i: int) -> bool:
    """Whether a size follows at ``i``, perhaps after 'pieces of' ('6 pieces of 2x4', 'six 2x6s')."""
    while tokens[i].word in _PIECES:
        i += 1
    return tokens[i].kind == "number" and tokens[i + 1].word == "x"
