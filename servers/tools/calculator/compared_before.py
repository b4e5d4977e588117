"""An amount worked back from one said to be a percentage more or less than it: 'This year's 600 units is 20% more
than last year. How many last year?' → 600 ÷ 1.2 = 500.

The story gives one amount and says it is a percentage more (or higher, up on) or less (lower, fewer, down on) than
something named after 'than' ('last year', 'shop B's price', 'what number'); the question asks about that same
thing ('how many last year', "what's shop B's price"), or the comparison itself asks ('600 is 20% more than what?').
Since the percentage is of the thing compared with, it is found by dividing: amount ÷ (1 ± percentage). The amount
must come before the percentage; a question that asks anything else (a difference, a total, this year again)
declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import Quantity, currency, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_MORE = frozenset("more higher greater bigger larger up".split())
_LESS = frozenset("less lower fewer smaller down cheaper".split())
_THAN = frozenset({"than", "on", "from"})
_ASKS = (("how", "many"), ("how", "much"), ("what", "was"), ("what", "were"), ("what's",), ("whats",), ("what", "is"),
         ("what", "does"), ("what", "did"), ("what", "do"))  # fmt: skip
_SPOILERS = frozenset(
    "more less fewer difference total together both altogether and plus change increase decrease percent percentage "
    "each per average this now then after before combined sum".split()
)
"""Words in the question that ask for something other than the thing compared with."""
_ENDS = frozenset({".", "?", "!", ";", ","})
_QUESTION_FILLERS = frozenset("how many much what was were is it they did do we i you the in of that there be".split())


def solve_compared_before(tokens: list[Token], start: int) -> Solution | None:
    """The amount compared with; None unless the request is exactly that."""
    numbered = [k for k in range(start, len(tokens)) if tokens[k].kind == "number"]
    if len(numbered) != 2 or any(t.kind in ("clock", "date", "ordinal") for t in tokens[start:]):
        return None
    amount_at, percent_at = numbered
    after = percent_at + 1
    if tokens[after].text != "%" and tokens[after].word != "percent":
        return None
    way = tokens[after + 1].word
    sign = 1 if way in _MORE else -1 if way in _LESS else 0
    if not sign or tokens[after + 2].word not in _THAN:
        return None
    reference: list[str] = []
    k = after + 3
    while tokens[k].kind == "word" and tokens[k].text not in _ENDS and len(reference) < 5:
        reference.append(tokens[k].word)
        k += 1
    named = " ".join(t.text for t in tokens[after + 3 : k])  # 'shop B', as written
    if not reference or tokens[k].kind != "end" and tokens[k].text not in _ENDS:
        return None
    if not _asked_of(tokens, start, k, reference):
        return None
    amount = _amount(tokens, amount_at)
    rate = Fraction(tokens[percent_at].value) / 100
    if amount is None or not 0 < rate < 10 or sign < 0 and rate >= 1:
        return None
    factor = 1 + sign * rate
    before = Quantity(numbers.checked(Fraction(amount.value) / factor), amount.measure)
    step = f"{show(amount, exact=True)} is {numbers.format_number(factor)} × {named}: "
    step += f"{show(amount, exact=True)} ÷ {numbers.format_number(factor)} = {show(before, exact=True)}"
    solution = answer_for(
        before, "amount before a percentage change", f"{show(amount)} / {numbers.format_number(factor)}", [step]
    )
    solution.notes.append(f"the percentage is of {named}, so the amount is divided by {numbers.format_number(factor)}")
    return solution


def _amount(tokens: list[Token], at: int) -> Quantity | None:
    """The amount as said: a plain number, or money with its sign before it."""
    if at > 0 and tokens[at - 1].kind == "currency":
        return Quantity(Fraction(tokens[at].value), currency(tokens[at - 1].value))
    return Quantity(Fraction(tokens[at].value))


def _asked_of(tokens: list[Token], start: int, end: int, reference: list[str]) -> bool:
    """The comparison itself asks ('... than what?', '... than what number') or the question after it asks about
    the thing named after 'than', and nothing else."""
    if reference[0] == "what" and tokens[end].kind == "end":
        return len(reference) <= 2
    ask = question_start(tokens, start)
    if ask <= end:
        return False
    asked = [t.word for t in tokens[ask:-1] if t.kind == "word"]
    opening = next((len(p) for p in _ASKS if asked[: len(p)] == list(p)), 0)
    if not opening or set(asked) & _SPOILERS:
        return False
    rest = asked[opening:]
    width = len(reference)
    spots = [j for j in range(len(rest) - width + 1) if rest[j : j + width] == reference]
    if not spots:
        return False
    others = rest[: spots[0]] + rest[spots[0] + width :]
    told = {t.word for t in tokens[start:end] if t.kind == "word"}
    return all(w in told or w in _QUESTION_FILLERS or w in _SOLD for w in others)


_SOLD = frozenset("sell sold make made earn earned get got have had spend spent pay paid cost charge charged".split())
"""Verbs the question may ask with in another form than the story's ('did we sell' of 'we sold')."""
