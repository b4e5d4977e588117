"""One share taken first, the rest split equally among the others: 'Rent is $2,150 a month. I pay 40% and the other
two split the rest equally. How much does each of the other two pay?' → ($2,150 − 40%) ÷ 2 = $645.

The story gives a whole amount (money, or money a month), the share one person takes (a percentage of it or an
amount), how many others share what is left ('the other two', 'my three flatmates'), and says the rest is split
('split the rest', 'share what's left', 'divide the remainder'). A count of everyone ('Three of us share a flat')
and the count said again in the question ('each of the other two') must agree with it. The question asks for one
of the others' shares. Anything else — a second amount, a share that is not equal, a bill on top — declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import PEOPLE, Given, givens_or_none
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_start, question_words
from servers.tools.calculator.tokens import Token

_REST = ("the rest", "what's left", "whats left", "what is left", "the remainder", "the remaining", "the remaining "
         "amount", "the remaining rent", "what remains")  # fmt: skip
_SPLIT = frozenset("split splits splitting share shares sharing divide divides dividing".split())
_FIRST_PERSON = frozenset("i me my i'm i've".split())
_WE = frozenset("we us our everyone everybody".split())
_TAKES = frozenset("pay pays paying cover covers covering take takes taking contribute put".split())
_EACH = ("each", "apiece", "per person", "each of them", "each of the others", "each of the other", "each one")
_SPOILERS = frozenset(
    "tax tip deposit plus extra more less than except minus bills utilities fee fees discount double twice half "
    "not unequally proportion proportionally ratio".split()
)
"""Words that make the shares unequal or add to the whole: the reading would leave them out."""


def solve_rest_shared(tokens: list[Token], start: int) -> Solution | None:
    """Each other person's share of what is left after one share is taken; None unless the request is exactly that."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if not any(has_phrase(words, p) for p in _REST) or not _SPLIT & set(words):
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    fraction, said = _fraction_taken(tokens, start)
    inside = {i for g in givens for i in range(g.start, g.end)} | set(said)
    outside = {t.word for i, t in enumerate(tokens[start:], start) if t.kind == "word" and i not in inside}
    if outside & _SPOILERS:
        return None
    asked = question_words(tokens, start)
    if not any(has_phrase(asked, p) for p in _EACH) or (_FIRST_PERSON | _WE) & set(asked):
        return None  # 'how much do I pay', 'what does each of us pay': not one of the others' equal shares
    taken = [g for g in givens if _taken(g)]
    wholes = [g for g in givens if is_money(g.quantity.measure) and g not in taken]
    others = [g for g in givens if _others(g, tokens, start)]
    if len(wholes) != 1 or len(taken) + (fraction is not None) != 1 or len(others) != 1:
        return None
    whole, count = wholes[0], others[0]
    n = Fraction(count.quantity.value)
    rest_of = [g for g in givens if g not in (whole, *taken, count)]
    if not all(_restates(g, n, tokens, start) for g in rest_of):
        return None  # a number the reading would leave out, or a count of everyone that does not add up
    total = Fraction(whole.quantity.value)
    if fraction is not None:
        mine = total * fraction
    else:
        share = taken[0].quantity
        mine = total * Fraction(share.value) if share.percent else Fraction(share.value)
    if n < 1 or not 0 <= mine <= total:
        return None
    each = numbers.checked((total - mine) / n)
    measure = whole.quantity.measure
    q, left = Quantity(each, measure), Quantity(total - mine, measure)
    steps = [
        f"{show(whole.quantity, exact=True)} − {show(Quantity(mine, measure), exact=True)} = "
        f"{show(left, exact=True)} left",
        f"{show(left, exact=True)} ÷ {numbers.format_number(n)} = {show(q, exact=True)} each",
    ]
    expression = f"({show(whole.quantity)} - {show(Quantity(mine, measure))}) / {numbers.format_number(n)}"
    solution = answer_for(q, "the rest shared", expression, steps, suffix=" each")
    solution.values = {"taken": mine, "rest": total - mine, "each": each}
    return solution


_FRACTIONS = (
    (("half",), Fraction(1, 2)), (("a", "third"), Fraction(1, 3)), (("one", "third"), Fraction(1, 3)),
    (("a", "quarter"), Fraction(1, 4)), (("one", "quarter"), Fraction(1, 4)), (("a", "fifth"), Fraction(1, 5)),
)  # fmt: skip


def _fraction_taken(tokens: list[Token], start: int) -> tuple[Fraction | None, range]:
    """'I pay half', 'I cover a third': the share taken first said as a fraction, and where its words are."""
    for k in range(start, len(tokens) - 3):
        if tokens[k].word in _FIRST_PERSON and tokens[k + 1].word in _TAKES:
            for phrase, share in _FRACTIONS:
                if all(tokens[k + 2 + m].word == w for m, w in enumerate(phrase)):
                    return share, range(k + 2, k + 2 + len(phrase))
    return None, range(0)


def _taken(g: Given) -> bool:
    """'I pay 40%', 'I cover $850': the share one person takes first, said of themselves."""
    q = g.quantity
    if not (q.percent and 0 < q.value < 1 or is_money(q.measure)):
        return False
    before = g.before[-3:]
    return bool(_FIRST_PERSON & set(before)) and bool(_TAKES & set(before))


def _others(g: Given, tokens: list[Token], start: int) -> bool:
    """'the other two', 'my two flatmates', 'the other 3 people': how many share what is left."""
    q = g.quantity
    if q.measure is not None or q.percent or g.start >= question_start(tokens, start):
        return False
    counted = g.noun in PEOPLE or g.noun in _SPLIT
    return counted and (g.before[-1:] == ("other",) or g.before[-1:] == ("my",) and g.noun in PEOPLE)


def _restates(g: Given, n: Fraction, tokens: list[Token], start: int) -> bool:
    """A count said again: everyone ('three of us', one more than the others) or the others in the question."""
    q = g.quantity
    if q.measure is not None or q.percent:
        return False
    if g.start >= question_start(tokens, start):
        return q.value == n and g.before[-1:] == ("other",)
    return q.value == n + 1 and g.noun == "people"
