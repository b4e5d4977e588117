"""How many of a count succeed at a named rate: 'Seeds have an 85% germination rate and I sowed 120. How many should
sprout?' → 85% × 120 = 102.

The request gives one percentage named as a rate of succeeding ('an 85% germination rate', 'the pass rate is 92%'),
one whole count of tries, and asks how many (succeed, sprout, pass, hatch ...). The rate's name must be one of doing
(``_SUCCESSES``): a failure, loss or drop-out rate counts the other part, and is not read. Every other word of the
story must be inert or hold the sentence together; the question may name what is counted and one plain verb, and
nothing that turns it round ('fail', 'not', "won't", 'die') or asks for more ('more', 'left', 'each'). The answer is
the expected count, kept exact ('106.25' of 125): a rate says how many on average, not which ones.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import givens_or_none
from servers.tools.calculator.inert import ARITHMETIC, inert
from servers.tools.calculator.quantities import Quantity
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_SUCCESSES = frozenset(
    "germination success pass hatch hatching survival attendance response completion conversion turnout occupancy "
    "uptake acceptance approval retention recovery participation win hit reply redemption show-up take-up".split()
)
"""Rates of succeeding: the percentage is of those that do."""
_FRAME = frozenset(
    "have has had an a the and i we they you is are was were of with rate my our their if so at about roughly "
    "expected expect typical typically usually average".split()
)
"""The words that hold the story together around the rate and the count."""
_ASKING = frozenset(
    "how many should will would can could do does might are is we i to expect expected likely probably on average "
    "end up".split()
)
_TURNED = frozenset(
    "not no fail fails failed failing die dies died dead won't don't didn't wont dont never miss missed lose lost "
    "without other rest left remaining more fewer less each per".split()
)
"""Words that turn the question to the other part, or to another sum."""


def solve_success_rate(tokens: list[Token], start: int) -> Solution | None:
    """The count times the success rate; None unless the request is exactly that."""
    givens = givens_or_none(tokens, start)
    if givens is None or len(givens) != 2:
        return None
    rates = [g for g in givens if g.quantity.percent]
    counts = [g for g in givens if not g.quantity.percent]
    if len(rates) != 1 or len(counts) != 1:
        return None
    rate, count = rates[0], counts[0]
    if count.quantity.measure is not None or not 0 < rate.quantity.value <= 1:
        return None
    if not numbers.is_integer(count.quantity.value) or count.quantity.value <= 0:
        return None
    named = _rate_named(tokens, rate.start, rate.end)
    if named is None:
        return None
    ask = question_start(tokens, start)
    if ask <= max(g.end for g in givens) - 1 or tokens[ask].word != "how" or tokens[ask + 1].word != "many":
        return None
    inside = {i for g in givens for i in range(g.start, g.end)}
    for i in range(start, ask):
        word = tokens[i].word
        if i in inside or tokens[i].kind == "symbol" and tokens[i].text in (",", ".", "'"):
            continue
        if tokens[i].kind != "word" or not (word in _FRAME or word == named or inert(tokens[i])):
            return None
    verbs = 0
    for t in tokens[ask + 2 : -1]:
        if t.kind == "symbol" and t.text in ("?", "."):
            continue
        if t.kind != "word" or t.word in _TURNED or t.word.endswith("n't"):
            return None
        if t.word in _ASKING or t.word in ARITHMETIC and t.word not in _TURNED:
            continue
        if not inert(t):
            return None
        verbs += 1
    if verbs > 2:  # 'how many seeds sprout': the thing counted and one verb
        return None
    share = Fraction(rate.quantity.value)
    expected = numbers.checked(share * Fraction(count.quantity.value))
    whole = numbers.format_number(count.quantity.value)
    shown = numbers.format_number(share * 100)
    steps = [f"{shown}% of {whole} = {numbers.format_number(share)} × {whole} = {numbers.format_number(expected)}"]
    solution = answer_for(Quantity(expected), "count at a success rate", f"{shown}% * {whole}", steps)
    solution.notes.append(f"a {named} rate of {shown}% is the share of the {whole} that do, on average")
    return solution


def _rate_named(tokens: list[Token], begin: int, end: int) -> str | None:
    """The success the percentage is the rate of: 'an 85% germination rate', 'a germination rate of 85%', 'the pass
    rate is 92%'; None when it is not named as one."""
    after = tokens[end : end + 2]
    if len(after) == 2 and after[0].word in _SUCCESSES and after[1].word == "rate":
        return after[0].word
    k = begin - 1
    while k >= 1 and tokens[k].word in ("of", "is", "was", "at", "about"):
        k -= 1
    if k >= 1 and tokens[k].word == "rate" and tokens[k - 1].word in _SUCCESSES:
        return tokens[k - 1].word
    return None
