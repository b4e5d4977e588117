"""The part a percentage takes of one amount, told as a story: "I'm putting 28% aside for tax on £15,225. How much
is that?" → 28% × £15,225 = £4,263; 'card machine takes 1.75% on every sale, took £2,360 on cards this week, how
much have they had off me' → £41.30.

The story gives one percentage and one amount of money, nothing else, and a verb that says the percentage is a
part taken or set aside ('takes', 'charges', 'keeps', 'putting ... aside', 'saving'). The question asks how much
that part is. A percentage added or taken off the price ('20% VAT', '30% off', 'putting it up 4.5%'), a question
about what is left or the total, a share, a second amount or a rate of time declines the reading: those are other
problems, answered (or declined) by their own readers. VAT said of the part itself ('Agent takes 12% of the £1,150
rent plus VAT at 20% on their fee') is added to it; VAT said of anything else, or of nothing, declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.money import percent
from servers.tools.calculator.named_cuts import LEFT_PHRASES
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_start
from servers.tools.calculator.tokens import Token

_TAKES = frozenset(
    "take takes took taking charge charges charged charging keep keeps kept keeping skim skims skimmed deduct "
    "deducts deducted withhold withholds withheld aside".split()
)
"""Verbs that make the percentage a part taken of the amount: the answer is that part, not what remains."""
_SPOILERS = frozenset(
    "off up down increase increases increased decrease rise rises raise raised discount discounted plus add "
    "added adding after before left remaining remain remains rest total altogether new more less each per split "
    "share shared between among includes including inclusive included incl back net gross vat gst tip tips "
    "service top not no without except only if instead twice double half".split()
)
_MINE = frozenset("keep keeps kept keeping get gets got receive receives left home remain remains".split())
"""Words of the question asking what the user is left with, which is the rest, not the part taken."""
_THEIRS = (("off", "me"), ("off", "us"), ("off", "you"))
"""'how much have they had off me': the part taken from the user, said with 'off'."""
_ASKS = ("how much", "what is that", "what's that", "whats that", "what does that come to")


def solve_percent_taken(tokens: list[Token], start: int) -> Solution | None:
    """The percentage taken of the one amount told; None unless the request is exactly that."""
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    vat = _vat_on_part(tokens, givens)
    if vat is not None:
        givens = [g for g in givens if g is not vat[0]]
    if len(givens) != 2:
        return None
    rates = [g for g in givens if g.quantity.percent]
    amounts = [g for g in givens if is_money(g.quantity.measure) and g.quantity.measure.per is None]
    if len(rates) != 1 or len(amounts) != 1 or not 0 < rates[0].quantity.value < 1:
        return None
    ask = question_start(tokens, start)
    if ask <= max(g.end for g in givens) - 1:
        return None  # the question must follow the story, not hold its numbers
    said_of_vat = vat[1] if vat is not None else range(0)
    inside = {i for g in givens for i in range(g.start, g.end)} | set(said_of_vat)
    story = [t.word for i, t in enumerate(tokens[start:ask], start) if t.kind == "word" and i not in inside]
    asked = [t.word for t in tokens[ask:] if t.kind == "word"]
    if not _TAKES & set(story) or not any(has_phrase(asked, p) for p in _ASKS):
        return None
    if _MINE & set(asked) or any(has_phrase(asked, p) for p in LEFT_PHRASES):
        return None  # 'how much do I keep', 'how much comes to me': the rest, not the part taken
    if not _periods(asked) <= _periods(story):
        return None  # 'how much a year' of a monthly rent: another period than the amount's
    theirs = {i for i, w in enumerate(asked) if w == "off" and tuple(asked[i : i + 2]) in _THEIRS}
    said = set(story) | {w for i, w in enumerate(asked) if i not in theirs}
    if said & _SPOILERS or "put" in said and "aside" not in said:
        return None
    rate, amount = rates[0].quantity, amounts[0].quantity
    part = Quantity(numbers.checked(Fraction(rate.value) * Fraction(amount.value)), amount.measure)
    step = f"{percent(rate)} of {show(amount, exact=True)} = {show(part, exact=True)}"
    if vat is None:
        solution = answer_for(part, "percentage of an amount", f"{percent(rate)} * {show(amount)}", [step])
        solution.notes.append("the part the percentage takes of the amount")
        return solution
    tax = vat[0].quantity
    whole = Quantity(numbers.checked(Fraction(part.value) * (1 + Fraction(tax.value))), amount.measure)
    steps = [step, f"{show(part, exact=True)} + {percent(tax)} VAT = {show(whole, exact=True)}"]
    expression = f"{percent(rate)} * {show(amount)} * (1 + {percent(tax)})"
    solution = answer_for(whole, "percentage of an amount", expression, steps)
    solution.notes.append("the part the percentage takes of the amount, with VAT on that part")
    return solution


_PERIODS = {"day": "day", "days": "day", "daily": "day", "week": "week", "weeks": "week", "weekly": "week",
            "fortnight": "fortnight", "month": "month", "months": "month", "monthly": "month", "pcm": "month",
            "quarter": "quarter", "quarterly": "quarter", "year": "year", "years": "year", "yearly": "year",
            "annual": "year", "annually": "year"}  # fmt: skip


def _periods(words: list[str]) -> set[str]:
    """The periods the words name ('monthly rent', 'a year'), as the same few names."""
    return {_PERIODS[w] for w in words if w in _PERIODS}


_ON_PART = frozenset("fee fees commission cut charge it that".split())


def _vat_on_part(tokens: list[Token], givens: list[Given]) -> tuple[Given, range] | None:
    """'plus VAT at 20% on their fee', 'plus 20% VAT on the commission': VAT said of the part taken, and the
    tokens that say so; None when there is none."""
    for g in givens:
        if not g.quantity.percent or not 0 < g.quantity.value < 1:
            continue
        first = g.start - 1
        while first > g.start - 4 and tokens[first].word in ("vat", "at"):
            first -= 1
        if tokens[first].word != "plus" or "vat" not in {t.word for t in tokens[first : g.end + 1]}:
            continue
        last = g.end + (tokens[g.end].word == "vat")
        if tokens[last].word != "on":
            return None  # VAT on what? Said of the rent or the price it would be another problem
        end = last + 1
        while tokens[end].word in ("their", "the", "his", "her", "its", "agent's", "agents"):
            end += 1
        if tokens[end].word not in _ON_PART:
            return None
        return g, range(first, end + 1)
    return None
