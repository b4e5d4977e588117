"""Change due: what is left of a note handed over after a purchase told as a story.

"I bought 3 notebooks at $2.75 each and 2 pens at $1.40 each, and paid with a $20 bill. How much change should I
get?" — the one amount handed over ('paid with a $20 bill', 'handed over £50', 'gave the cashier a $50 note') is
set apart, the rest of the story is read as a purchase (``purchases``) for its total, and the change is the amount
handed over less that total. A second amount handed over, a story the purchase reader cannot account for, people
sharing, or a total more than the amount handed over: declined.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.givens import Given, read_givens
from servers.tools.calculator.purchases import purchase_total
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_words
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_HANDING = frozenset("paid pay paying handed hand handing gave give giving tendered".split())
_SAID = frozenset("change back note notes bill gave handed".split())
"""Words of handing over and of change, accounted for here rather than spoiling the purchase."""


def solve_change_due(tokens: list[Token], start: int) -> Solution | None:
    """The change from the amount handed over for a purchase; None when the request is not that."""
    asked = question_words(tokens, start)
    if "change" not in asked or not (has_phrase(asked, "how much") or {"what", "what's", "whats"} & set(asked)):
        return None
    givens = read_givens(tokens, start)
    handed = [g for g in givens if _handed(g)]
    if len(handed) != 1:
        return None
    note = handed[0]
    bought = purchase_total(tokens, start, [g for g in givens if g is not note], _SAID)
    if bought is None or bought.result is None or note.quantity.measure is None:
        return None
    if bought.unit != (note.quantity.measure.dimension.removeprefix("money ")):
        return None  # the note in another currency than the goods
    total, paid = Fraction(bought.result), Fraction(note.quantity.value)
    if total > paid:
        raise ToolInputError(
            f"the purchase comes to {bought.answer.removesuffix(' in total')}, more than was handed over"
        )
    change = Quantity(paid - total, note.quantity.measure)
    steps = [
        *bought.steps,
        f"change: {show(note.quantity)} − {show(Quantity(total, note.quantity.measure))} = {show(change)}",
    ]
    return answer_for(
        change, "change due", f"{show(note.quantity)} - ({bought.expression})", steps, suffix=" in change"
    )


def _handed(g: Given) -> bool:
    """'paid with a $20 bill', 'handed over £50', 'gave the cashier a $50 note': money handed over, not spent."""
    return (
        is_money(g.quantity.measure) and bool(set(g.before) & _HANDING) and g.before[-1] in ("with", "a", "an", "over")
    )
