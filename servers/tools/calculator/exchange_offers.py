"""Two offers to change money compared: 'Airport booth gives 1.12 euros per pound, no fee. My bank gives 1.16 but
takes a £6 fee off first. Changing £300 — how many more euros do I get with the better one?' → booth £300 × 1.12 =
€336; bank (£300 − £6) × 1.16 = €341.04; €5.04 more with the bank.

Each offer is a sentence of its own with one rate — the first names the two currencies ('1.12 euros per pound'),
a later one may give its number alone ('gives 1.16') for the same two — and at most a fee in the currency changed,
taken off first ('takes a £6 fee off first') or none ('no fee'). One amount is changed. The question asks how many
more of the currency got with the better one. A fee not said to come off first, a percentage, a third offer or
another number declines.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.asked_periods import new_period_asked
from servers.tools.calculator.exchange import code_at
from servers.tools.calculator.quantities import Quantity, currency, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_start, question_words
from servers.tools.calculator.tokens import Token

_GIVES = frozenset("gives give offers offer pays pay at does do".split())
_FIRST = ("off first", "first", "before", "taken off", "deducted first", "up front", "upfront")
_ENDS = frozenset({".", ";", "!"})
_BETTER = frozenset("better best cheaper".split())
_CHARGES = frozenset("fee fees commission charge charges spread".split())
_NO_FEE = ("no fee", "no fees", "no commission", "fee-free", "free of charge")


@dataclass
class _Offer:
    rate: Fraction
    fee: Fraction = Fraction(0)
    fee_said: bool = False


def solve_exchange_offers(tokens: list[Token], start: int) -> Solution | None:
    """The difference between two offers to change one amount; None unless the request is exactly that."""
    if new_period_asked(tokens, start):
        return None  # asked per another period than the story's
    asked = question_words(tokens, start)
    if not has_phrase(asked, "how many more") or not set(asked) & _BETTER:
        return None
    ask = question_start(tokens, start)
    offers: list[_Offer] = []
    pair: tuple[str, str] | None = None
    amount: Quantity | None = None
    begin = start
    for end in [k for k in range(start, ask) if tokens[k].text in _ENDS] + [len(tokens) - 1]:
        sentence = list(range(begin, end))
        begin = end + 1
        found = _offer(tokens, sentence, pair)
        if found is not None:
            offer, named = found
            pair = named or pair
            offers.append(offer)
            continue
        money = [k for k in sentence if tokens[k].kind == "currency" and tokens[k + 1].kind == "number"]
        others = [k for k in sentence if tokens[k].kind == "number" and not _better_one(tokens, k)]
        if len(money) != 1 or len(others) != 1 or amount is not None:
            return None
        amount = Quantity(Fraction(tokens[money[0] + 1].value), currency(tokens[money[0]].value))
    if len(offers) != 2 or pair is None or amount is None or any(not o.fee_said and o.fee for o in offers):
        return None
    have, target = pair
    if amount.measure != currency(have) or code_at(tokens, ask)[0] == have:
        return None
    got = [numbers.checked((Fraction(amount.value) - o.fee) * o.rate) for o in offers]
    if min(got) <= 0:
        return None
    measure = currency(target)
    more = Quantity(numbers.checked(abs(got[0] - got[1])), measure)
    steps = [
        f"offer {k + 1}: ({show(amount, exact=True)} − {show(Quantity(o.fee, amount.measure), exact=True)}) × "
        f"{numbers.format_number(o.rate)} = {show(Quantity(g, measure), exact=True)}"
        for k, (o, g) in enumerate(zip(offers, got, strict=True))
    ]
    steps.append(f"difference = {show(more, exact=True)} with offer {1 + (got[1] > got[0])}")
    solution = answer_for(more, "exchange offers compared", f"|{got[0]} - {got[1]}|", steps)
    solution.notes.append("each fee is taken off the amount before it is changed, as said")
    return solution


def _offer(
    tokens: list[Token], sentence: list[int], pair: tuple[str, str] | None
) -> tuple[_Offer, tuple[str, str] | None] | None:
    """One offer's rate (and the currencies it names, if it does) and fee, from a sentence; None when it is not one."""
    rates = [k for k in sentence if tokens[k].kind == "number" and tokens[k - 1].word in _GIVES]
    if len(rates) != 1:
        return None
    k = rates[0]
    named: tuple[str, str] | None = None
    to, w = code_at(tokens, k + 1)
    if to:
        if tokens[k + 1 + w].word != "per":
            return None
        base, _ = code_at(tokens, k + 2 + w)
        if not base or base == to:
            return None
        named = (base, to)
    elif pair is None:
        return None
    offer = _Offer(Fraction(tokens[k].value))
    words = [tokens[j].word for j in sentence if tokens[j].kind == "word"]
    fees = [j for j in sentence if tokens[j].kind == "currency" and tokens[j + 1].kind == "number"]
    numbers_said = [j for j in sentence if tokens[j].kind == "number" and j != k]
    if not fees and not set(words) & _CHARGES or any(has_phrase(words, p) for p in _NO_FEE):
        offer.fee_said = not fees  # 'no fee', or none named: the rate as it stands
        return (offer, named) if not numbers_said else None
    if len(fees) != 1 or len(numbers_said) != 1 or not set(words) & _CHARGES:
        return None
    offer.fee = Fraction(tokens[fees[0] + 1].value)
    offer.fee_said = any(has_phrase(words, p) for p in _FIRST)
    base = (named or pair or ("", ""))[0]
    if tokens[fees[0]].value != base:
        return None  # a fee in the currency got, or another: not taken off the amount changed
    return offer, named


def _better_one(tokens: list[Token], k: int) -> bool:
    """'the better one': the word one, not a number."""
    return tokens[k].text.lower() == "one" and tokens[k - 1].word in _BETTER
