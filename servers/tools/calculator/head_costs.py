"""A group's cost at a price per head plus shared costs, in total and per head: 'School trip maths: museum entry is
£6.50 per child for 42 children (adults go free) and the coach is £380. What is the total cost, and what does it
work out at per child?' → 42 × £6.50 = £273; + £380 = £653; £653 ÷ 42 = £15.55 per child.

The request gives one price per head ('£6.50 per child', '$12 a head', '€8 per person'), one count of the people
it is paid for ('42 children', '30 pupils') and one or more shared costs, each named as a thing hired or booked
('the coach is £380', 'a guide for £90', 'venue hire £250'). Those said to go free ('adults go free', 'teachers
free') pay nothing and are not counted. The question asks the total, the cost per head, or both; per head is the
whole shared among the people counted. A second price per head, a discount, a percentage, an unnamed amount (which
could be anyone's price) or a free place not said of others declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Measure, Quantity, is_money, show
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_HEADS = frozenset("child person head pupil student kid guest adult member player visitor delegate".split())
_SHARED = frozenset(
    "coach bus minibus transport travel taxi train guide venue hall room hire rental booking parking insurance "
    "driver".split()
)
_FREE_OF = frozenset("adults adult teachers teacher staff helpers carers parents leaders under-5s babies".split())
_SPOILERS = frozenset("discount off % split except minus refund deposit tip tips tax vat".split())
_PER_HEAD_ASKED = (("per", "child"), ("per", "person"), ("per", "head"), ("per", "pupil"), ("per", "student"),
                   ("each",), ("a", "head"), ("per", "kid"), ("per", "guest"))  # fmt: skip


def solve_head_costs(tokens: list[Token], start: int) -> Solution | None:
    """The total and the cost per head of a group's trip; None unless the request is exactly that."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if set(words) & _SPOILERS or any(t.text == "%" for t in tokens[start:]) or not _free_said_of_others(words):
        return None
    givens = givens_or_none(tokens, start)
    if not givens:
        return None
    heads = [g for g in givens if _per_head(g)]
    people = [g for g in givens if not is_money(g.quantity.measure) and g.noun == "people"]
    shared = [g for g in givens if g not in heads and is_money(g.quantity.measure)]
    if len(heads) != 1 or len(people) != 1 or not shared or len(heads) + len(people) + len(shared) != len(givens):
        return None
    if not all(_shared(g) for g in shared):
        return None  # an amount not said to be shared ('adults £10') could be anyone's price
    price = heads[0].quantity
    assert price.measure is not None
    money = Measure(price.measure.name, price.measure.dimension, Fraction(1), price.measure.symbol)
    if any(g.quantity.measure is None or g.quantity.measure.dimension != money.dimension for g in shared):
        return None
    count = Fraction(people[0].quantity.value)
    if count <= 0 or count.denominator != 1:
        return None
    asked = question_words(tokens, start)
    said = next((" ".join(p) for p in _PER_HEAD_ASKED if _phrase(asked, p)), "")
    per_head = bool(said)
    total_asked = bool({"total", "altogether", "overall", "whole"} & set(asked))
    if not per_head and not total_asked:
        return None

    def shown(value: Fraction) -> str:
        return show(Quantity(value, money), exact=True)

    entry = count * Fraction(price.value)
    costs = [Fraction(g.quantity.value) for g in shared]
    total = entry + sum(costs, Fraction(0))
    each = total / count
    n = numbers.format_number
    steps = [
        f"{n(count)} × {shown(Fraction(price.value))} = {shown(entry)}",
        f"{shown(entry)} + {' + '.join(shown(c) for c in costs)} = {shown(total)}",
    ]
    if per_head:
        steps.append(f"{shown(total)} ÷ {n(count)} = {shown(each)}")
    whole = show(Quantity(total, money))
    per = f"{show(Quantity(each, money))} {said}"
    if per_head and total_asked:
        answer, result = f"{whole} in total; {per}", numbers.round_half_up(each, 2)
    elif per_head:
        answer, result = per, numbers.round_half_up(each, 2)
    else:
        answer, result = whole, total
    solution = Solution(answer, result, "group cost per head", f"({n(count)} * {n(Fraction(price.value))} + "
                        f"{' + '.join(n(c) for c in costs)}) / {n(count)}", steps)  # fmt: skip
    solution.values = {"total": total, "per_head": numbers.round_half_up(each, 2)}
    if per_head and numbers.round_half_up(each, 2) != each:
        solution.notes.append(f"per head is rounded to the cent; exactly {n(each)}")
    if "free" in words:
        solution.notes.append("those who go free pay nothing and are not counted in the per-head share")
    return solution


def _per_head(given: Given) -> bool:
    """'£6.50 per child', '$12 a head', '€8 each': a price paid for every one of the group."""
    if not is_money(given.quantity.measure):
        return False
    after = given.after
    return given.per_each or len(after) >= 2 and after[0] in ("per", "a") and after[1] in _HEADS


def _shared(given: Given) -> bool:
    """'the coach is £380', '£90 for a guide': an amount named as a thing hired or booked for the group."""
    return bool(set(given.before) & _SHARED) or given.after[:1] == ("for",) and bool(set(given.after[1:3]) & _SHARED)


def _free_said_of_others(words: list[str]) -> bool:
    """'free' only as 'adults go free', 'teachers free': others than the people priced, who pay nothing."""
    for k, word in enumerate(words):
        if word == "free" and not set(words[max(0, k - 3) : k]) & _FREE_OF:
            return False
    return True


def _phrase(words: list[str], phrase: tuple[str, ...]) -> bool:
    width = len(phrase)
    return any(tuple(words[k : k + width]) == phrase for k in range(len(words) - width + 1))
