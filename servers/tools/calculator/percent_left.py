"""What is left of one amount once a percentage of it is taken away: 'Take 48,750 and subtract 12.5% of it. What's
left?' → 48,750 − 12.5% × 48,750 = 42,656.25; 'knock 15% off 2,400, what remains' → 2,040.

The request gives one amount and one percentage under 100%, nothing else. Every word of the story must be a word of
taking away ('subtract', 'knock ... off', 'take out', 'deduct', 'minus') or of pointing back at the amount ('of
it', 'from'), and the question must ask what remains ('what's left', 'how much remains'). Any other word (a
percentage added, 'twice', 'each', a second amount, a question about the part taken) declines: it is another
problem, answered or declined by its own reader.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import givens_or_none
from servers.tools.calculator.money import percent
from servers.tools.calculator.quantities import Quantity, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_TAKING = frozenset(
    "subtract subtracting subtracted knock knocking knocked remove removing removed deduct deducting deducted "
    "minus less".split()
)
"""Verbs that take the percentage away from the amount ('take' alone may also start with the amount, so it needs
'off', 'out' or 'away' beside it, or one of these)."""
_TAKE = frozenset("take takes taking took taken".split())
_TAKE_WITH = frozenset("off out away".split())
_STORY = (
    _TAKING
    | _TAKE
    | _TAKE_WITH
    | frozenset("of it from and then after if i you we start starting with the once had was".split())
)
"""Every word the story may hold besides its two numbers: taking away, and pointing back at the amount."""
_REST = frozenset("left remains remain remaining leftover".split())
_QUESTION = _REST | frozenset("what what's whats is how much does do that leave leaves i we you have over".split())


def solve_percent_left(tokens: list[Token], start: int) -> Solution | None:
    """The amount less the percentage of it taken away; None unless the request is exactly that."""
    givens = givens_or_none(tokens, start)
    if givens is None or len(givens) != 2:
        return None
    rates = [g for g in givens if g.quantity.percent]
    amounts = [g for g in givens if not g.quantity.percent]
    if len(rates) != 1 or len(amounts) != 1 or not 0 < rates[0].quantity.value < 1:
        return None
    measure = amounts[0].quantity.measure
    if measure is not None and measure.per is not None:
        return None  # a rate ('£12 an hour') less a percentage is another story
    ask = question_start(tokens, start)
    inside = {i for g in givens for i in range(g.start, g.end)}
    if ask <= max(g.end for g in givens) - 1:
        ask = start  # one question holding the numbers: 'How much is left of £2,000 after 15% is taken off?'
    story = [t.word for i, t in enumerate(tokens[start:ask], start) if t.kind == "word" and i not in inside]
    asked = [t.word for i, t in enumerate(tokens[ask:], ask) if t.kind == "word" and i not in inside]
    if ask == start:
        story, asked = [w for w in asked if w not in _QUESTION], [w for w in asked if w in _QUESTION]
    if not set(story) <= _STORY or not set(asked) <= _QUESTION or not _REST & set(asked):
        return None
    if not (_TAKING & set(story) or _TAKE & set(story) and _TAKE_WITH & set(story)):
        return None
    rate, amount = rates[0].quantity, amounts[0].quantity
    part = Fraction(rate.value) * Fraction(amount.value)
    rest = Quantity(numbers.checked(Fraction(amount.value) - part), amount.measure)
    steps = [
        f"{percent(rate)} of {show(amount, exact=True)} = {show(Quantity(part, amount.measure), exact=True)}",
        f"{show(amount, exact=True)} - {show(Quantity(part, amount.measure), exact=True)} = {show(rest, exact=True)}",
    ]
    solution = answer_for(rest, "percentage taken away", f"{show(amount)} - {percent(rate)}", steps)
    solution.notes.append("what is left of the amount once the percentage of it is taken away")
    return solution
