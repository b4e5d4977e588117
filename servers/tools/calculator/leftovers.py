"""What is left after buying as many as one can: 'I've got 2,350 gems and each skin costs 480 gems. If I buy as
many skins as I can, how many gems will I have left?' → 2,350 − 4 × 480 = 430.

Two givens of one kind — gems and gems, money and money — the first what one has, the second the price of one;
the request says to buy as many as one can ('as many as I can', 'as many as possible') and asks what is left.
Whole things are bought, so the answer is the remainder. Any other number, or a word that changes the sum ('each
month', 'plus', 'except'), declines: every other word must be one of the story's or inert (``inert``).

The story may also say which amount is held and which is a price in other ways ('With £20 I buy as many £3.50
sandwiches as I can', 'tickets are $7 each', 'how much change do I have left'): ``solve_left_after_buying`` reads
the roles from the words before each amount (held: 'have', 'got', 'with'; a price: 'costs', 'each', 'as many'),
tried among the everyday readers after this one.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import PUNCTUATION, QUESTION_WORDS
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.inert import inert
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_words
from servers.tools.calculator.tokens import Token

_CAN = (("i", "can"), ("we", "can"), ("possible",), ("i", "can", "afford"), ("we", "can", "afford"))
_LEFT = frozenset({"left", "remaining", "leftover", "over"})
_WORDS = frozenset(
    "i i've ive we we've have has got had and each one a an costs cost is are at if buy buying bought as many "
    "can could possible afford how much will would be left remaining leftover over the of my our what's whats "
    "what then after".split()
)


def solve_leftover(tokens: list[Token], start: int) -> Solution | None:
    """What is left of the first given after buying as many of the second's price as it allows; None otherwise."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if not _as_many(words) or not _LEFT & set(words):
        return None
    givens = givens_or_none(tokens, start, 2)
    if givens is None:
        return None
    have, price = givens
    if have.quantity.percent or price.quantity.percent or have.quantity.measure != price.quantity.measure:
        return None
    if have.quantity.measure is None and (not have.noun or have.noun != price.noun):
        return None  # '2,350 gems' and '480 gems': things of one kind
    if have.quantity.measure is not None and have.quantity.measure.per is not None:
        return None
    if have.count_per is not None or price.count_per is not None:
        return None  # '30 coins a week': a rate, not a price
    inside = {k for g in givens for k in range(g.start, g.end)}
    for k in range(start, len(tokens) - 1):
        token = tokens[k]
        if k in inside or token.text in PUNCTUATION:
            continue
        if not (token.word in _WORDS or token.word in QUESTION_WORDS or inert(token)):
            return None
    total, each = Fraction(have.quantity.value), Fraction(price.quantity.value)
    if each <= 0 or total < 0:
        return None
    bought, left = divmod(total, each)
    shown = numbers.format_number
    left_q = Quantity(left, have.quantity.measure)
    step = f"{shown(total)} ÷ {shown(each)} = {shown(bought)} whole, leaving {shown(total)} − {shown(bought)} × " \
           f"{shown(each)} = {shown(left)}"  # fmt: skip
    if have.quantity.measure is None:
        noun = have.noun if left == 1 else have.noun + "s"
        solution = Solution(f"{shown(left)} {noun} left", left, "left over", f"{total} mod {each}", [step], noun)
    else:
        solution = answer_for(left_q, "left over", f"{show(have.quantity)} mod {show(price.quantity)}", [step])
    solution.notes.append(f"{shown(bought)} bought")
    return solution


def _as_many(words: list[str]) -> bool:
    """'as many as I can', 'as many skins as possible': buying all the money or points allow."""
    for k in range(len(words) - 3):
        if words[k : k + 2] != ["as", "many"]:
            continue
        for j in (k + 2, k + 3):  # 'as many skins as'
            if j < len(words) and words[j] == "as":
                rest = tuple(words[j + 1 : j + 4])
                return any(rest[: len(can)] == can for can in _CAN)
    return False


_AS_MANY = ("as many", "as much")
_AS_CAN = ("as i can", "as we can", "as you can", "as they can", "as he can", "as she can", "as possible",
           "as i could", "as we could", "as can be")  # fmt: skip
_LEFT_ASKED = frozenset("left leftover remain remains remaining change spare over".split())
_HELD = frozenset("have has had got i've we've with budget saved own earned".split())
_PRICED = frozenset("costs cost each per many at priced price".split())
_SPOILERS = frozenset("discount off tax fee fees plus minus percent tip shipping delivery extra".split())


def solve_left_after_buying(tokens: list[Token], start: int) -> Solution | None:
    """What is left of an amount after buying as many whole things as it pays for; None unless exactly that."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if not any(has_phrase(words, p) for p in _AS_MANY) or not any(has_phrase(words, p) for p in _AS_CAN):
        return None
    if _SPOILERS & set(words) or not _LEFT_ASKED & set(question_words(tokens, start)):
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    if len(givens) != 2 or not _same_kind(*givens) or any(g.count_per is not None for g in givens):
        return None  # '30 coins a week': a rate, not a price
    held = [g for g in givens if _HELD & set(g.before)]
    priced = [g for g in givens if g.per_each or _PRICED & set(g.before)]
    if len(held) != 1 or len(priced) != 1 or held[0] is priced[0]:
        return None
    budget, price = Fraction(held[0].quantity.value), Fraction(priced[0].quantity.value)
    if budget < 0 or price <= 0:
        return None
    count = budget // price
    spent = Fraction(numbers.checked(count * price))
    left = Fraction(numbers.checked(budget - spent))
    q = held[0].quantity
    steps = [
        f"{_amount(held[0], budget)} ÷ {_amount(priced[0], price)} = {numbers.format_number(budget / price)}: "
        f"{count} whole ones",
        f"{count} × {_amount(priced[0], price)} = {_amount(held[0], spent)}",
        f"{_amount(held[0], budget)} − {_amount(held[0], spent)} = {_amount(held[0], left)} left",
    ]
    expression = f"{_amount(held[0], budget)} mod {_amount(priced[0], price)}"
    answer = f"{_amount(held[0], left)} left (after buying {count})"
    solution = Solution(answer, left, "left after buying as many as possible", expression, steps)
    if is_money(q.measure):
        solution.unit = q.measure.dimension.removeprefix("money ")
    elif q.measure is None:
        solution.unit = tokens[held[0].end - 1].word  # the things counted as the user names them: 'gems'
    solution.values = {"bought": count, "spent": spent, "left": left}
    solution.notes.append("only whole ones are bought, so what is left is the remainder after the last whole one")
    return solution


def _same_kind(a: Given, b: Given) -> bool:
    qa, qb = a.quantity, b.quantity
    if qa.percent or qb.percent:
        return False
    if is_money(qa.measure) or is_money(qb.measure):
        return qa.measure == qb.measure
    return qa.measure is None and qb.measure is None and bool(a.noun) and a.noun == b.noun


def _amount(g: Given, value: Fraction) -> str:
    if g.quantity.measure is not None:
        return show(Quantity(value, g.quantity.measure), exact=True)
    return f"{numbers.format_number(value)} {g.noun}{'' if value == 1 else 's'}"
