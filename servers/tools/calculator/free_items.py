"""A 'buy N get M free' offer on a number of things at one price each: 't-shirts are $12 each, buy 2 get 1 free. I
want 6, total?' → 6 in 2 whole offers of 3, 2 of them free: 4 × $12 = $48.

The story gives one price each ('$12 each', '£3 a tub'), the offer ('buy 2 get 1 free', 'buy three get one free')
and how many are wanted ('I want 6', 'I need 7', 'for 6'); the question asks what is paid ('total?',
'how much', 'what do I pay'). Every whole offer makes M free; of what is left over, up to N are paid for and the rest
come free with them, and the answer says so. Any other number, a discount or a charge, or a price not said of
each one declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import Quantity, currency, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_EACH = (("each",), ("a", "piece"), ("apiece",))
_WANTED = (("i", "want"), ("i", "need"), ("we", "want"), ("we", "need"), ("for",))
"""How many are taken home; 'if I buy 9' could be the 9 paid for, so it is not read."""
_ASKED = frozenset("total much pay cost costs altogether".split())
_SPOILERS = frozenset(
    "half off discount percent tax vat plus minus except without not but extra delivery shipping postage fee fees "
    "coupon voucher save saving saved cheaper dearer instead per".split()
)


def solve_free_items(tokens: list[Token], start: int) -> Solution | None:
    """What is paid for the things wanted on the offer; None unless the request is exactly that."""
    told = tokens[start:-1]
    words = [t.word for t in told]
    if set(words) & _SPOILERS or not set(words) & _ASKED or any(t.text == "%" for t in told):
        return None
    numbered = [k for k, t in enumerate(told) if t.kind == "number"]
    offer = next((k for k in range(len(told)) if _offer_at(told, k)), None)
    if len(numbered) != 4 or offer is None:
        return None
    bought, free = Fraction(told[offer + 1].value), Fraction(told[offer + 3].value)
    rest = [k for k in numbered if k not in (offer + 1, offer + 3)]
    priced = [k for k in rest if k > 0 and told[k - 1].kind == "currency"]
    counted = [k for k in rest if k not in priced]
    if len(priced) != 1 or len(counted) != 1:
        return None
    price_at, count_at = priced[0], counted[0]
    if not any(words[price_at + 1 : price_at + 1 + len(e)] == list(e) for e in _EACH):
        return None  # '$12 for 3' is no price each
    if not any(words[count_at - len(w) : count_at] == list(w) for w in _WANTED):
        return None
    wanted = Fraction(told[count_at].value)
    if not all(numbers.is_integer(v) and v > 0 for v in (bought, free, wanted)):
        return None
    price = Quantity(Fraction(told[price_at].value), currency(told[price_at - 1].value))
    offers = int(wanted // (bought + free))
    left = wanted - offers * (bought + free)
    paid = offers * bought + min(left, bought)  # past N left over, the rest of a last offer comes free
    given_free = wanted - paid
    total = Quantity(numbers.checked(paid * price.value), price.measure)
    group = numbers.format_number(bought + free)
    steps = [
        f"{numbers.format_number(wanted)} ÷ {group} ({numbers.format_number(bought)} bought + "
        f"{numbers.format_number(free)} free) = {offers} whole offer{'s' * (offers != 1)}, "
        f"{numbers.format_number(left)} left over: {numbers.format_number(given_free)} free",
        f"{numbers.format_number(wanted)} − {numbers.format_number(given_free)} = {numbers.format_number(paid)} paid "
        f"× {show(price, exact=True)} = {show(total, exact=True)}",
    ]
    expression = f"({numbers.format_number(wanted)} - {numbers.format_number(given_free)}) * {show(price)}"
    solution = answer_for(total, "buy some get some free", expression, steps)
    if left:
        solution.notes.append(
            f"of the {numbers.format_number(left)} left over after whole offers, up to {numbers.format_number(bought)} "
            f"are paid for and the rest come free"
        )
    return solution


def _offer_at(told: list[Token], k: int) -> bool:
    """'buy 2 get 1 free' from the 'buy' at ``k``."""
    if k + 4 >= len(told) or told[k].word != "buy":
        return False
    number, get, more, free = told[k + 1 : k + 5]
    return number.kind == "number" and get.word == "get" and more.kind == "number" and free.word == "free"
