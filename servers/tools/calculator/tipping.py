"""The tip someone left, as a percentage of the bill: 'I left $9 on a $60 lunch bill. What percent tip is that?'

The two amounts are told the ways people tell them — the tip left, tipped, given or named ('a $12 tip', '£9 as a
tip'), the bill it was left on ('on a $60 bill', 'the meal was £60') — in one currency, and the question asks for a
percentage. The frame accounts for every word, so a third amount, a split or another question is not answered here.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import Frame, Slot
from servers.tools.calculator.grammar import NotUnderstood
from servers.tools.calculator.quantities import show
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_MEALS = (
    "bill", "check", "cheque", "tab", "meal", "lunch", "dinner", "breakfast", "brunch", "food", "order", "delivery",
    "haircut", "taxi", "cab", "ride", "fare", "total",
)  # fmt: skip
_GIVEN_TO = tuple(
    f"{verb} {the} {who}"
    for verb in ("gave", "left", "tipped", "paid", "give", "leave", "tip")
    for the in ("the", "our", "my")
    for who in ("driver", "waiter", "waitress", "server", "barber", "hairdresser", "courier", "bartender", "guide")
)
"""'I gave the driver $4': who the tip went to, between the verb and the amount."""
_TIP = Frame(
    slots=(
        Slot("tip", "amount", ("left", "tipped", "tip of", "tip was", "tip is", "tip", "gave", "leave", "leaving",
             "tipping", "added", "add", "adding", "paid", *_GIVEN_TO), ("tip", "as a tip", "as tip", "as the tip",
             "in tips", "tip on top"), bare=False),
        Slot("bill", "amount", ("on", "for", "bill of", "of", "was", "is", "came to", "comes to", "come to", "cost",
             "costs"), _MEALS, bare=False),
    ),
    fillers=frozenset(
        "i we i'm we're my our me us the a an what what's whats percent percentage tip tipped is was that this it "
        "did do does how much of as for on and so just when then".split()
    ) | frozenset(_MEALS),
    verbs=("was", "is", "came to", "comes to", "cost", "costs"),
)  # fmt: skip


def solve_tip_percent(tokens: list[Token], start: int) -> Solution | None:
    """The tip as a percentage of the bill it was left on; None unless the request is exactly that."""
    asked = question_words(tokens, start)
    if not ({"percent", "percentage"} & set(asked) or any(t.text == "%" for t in tokens[start:])):
        return None
    if sum(t.word in ("what", "what's", "whats", "how") for t in tokens[start:]) > 1:
        return None  # a second question ('... and what's the total?') asks more than the percentage
    try:
        reading = _TIP.read(tokens, start)
    except NotUnderstood:
        return None
    values = reading.values
    if set(values) != {"tip", "bill"}:
        return None
    tip, bill = values["tip"], values["bill"]
    if tip.measure != bill.measure or bill.value <= 0 or tip.value < 0:
        return None  # a tip in one currency on a bill in another is not a percentage of it
    share = numbers.checked(Fraction(tip.value) / Fraction(bill.value) * 100)
    shown = numbers.format_number(numbers.round_half_up(share, 2))
    step = f"{show(tip, exact=True)} ÷ {show(bill, exact=True)} × 100 = {numbers.format_number(share)}%"
    solution = Solution(f"{shown}% tip", share, "tip percentage", f"{tip.value} / {bill.value} * 100", [step], "%")
    if numbers.round_half_up(share, 2) != share:
        solution.exact = numbers.format_number(share)
    return solution
