"""A part of one amount named by its percentage — a deposit, a fee, a commission — asked itself or as what is left:

* "The venue wants a 25% deposit on the 8,400 dollar package. How much is the deposit?" → 25% × $8,400 = $2,100
* "client paid me 1,800 through the platform but they take a 12% fee. what do I receive?" → 1,800 − 12% = 1,584

Two numbers: one amount, and one percentage under 100 named as the part, by the noun after it ('a 25% deposit',
'a 12% fee', '15% commission'), by the noun before it ('our fee is 1.25%', 'a commission of 3%') or by a verb of
taking before it ('they take 12%', 'the agent keeps 10%'). The
question asks for the part by its name ('how much is the deposit', 'what's the fee'), or for what is left of the
amount ('what do I receive', 'how much do I keep', 'how much is left to pay'). A fee added on top ('plus', 'on top',
'extra'), a rate a period, a share between people or any other number declines the reading (a fee on a rent is
``letting``'s).
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.asked_first import asked_words
from servers.tools.calculator.further_questions import question_starts
from servers.tools.calculator.givens import givens_or_none
from servers.tools.calculator.money import cents, percent
from servers.tools.calculator.quantities import AMOUNT, Quantity, is_money
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_start
from servers.tools.calculator.tokens import Token

_PARTS = frozenset("deposit fee commission cut downpayment royalty royalties levy charge surcharge".split())
_TAKING = frozenset("take takes took keep keeps kept deduct deducts deducted charge charges skim skims".split())
_LEFT = frozenset(
    "receive recieve receiving get keep left remaining remain remains rest balance net pocket outstanding".split()
)
LEFT_PHRASES = ("end up with", "take home", "left to pay", "still owe", "comes to me", "come to me", "comes to us")
"""What is left, asked in a phrase: 'How much comes to me?' after the gallery's commission."""
_SPOILERS = frozenset(
    "plus top extra add adds added adding also each per both tax vat gst tip interest then after before rent "
    "rents monthly weekly yearly annual every discount off twice double half received receive netted included "
    "including includes include inclusive exclusive excluding excluded".split()
)
"""Words that put the part on top of the amount, make it a rate or a share, or add a second change; an amount
'received' is what is left after the cut, not the amount it is a part of (``fee_reversed``); a charge said to be
in the amount or not ('service charge 12.5% included') is a part of a larger whole (``included_charges``)."""
_ARTICLES = frozenset("the a an".split())
_MAX_AFTER = 2  # 'a 10% booking fee': up to one word between the percentage and its name


def _taker(before: tuple[str, ...]) -> str | None:
    """Who takes the part, named before the verb of taking ahead of its percentage: 'the agency keeps 22%', 'the
    agency keeps a 15% commission'; None when no such verb stands there."""
    words = before[:-1] if before[-1:] and before[-1] in _ARTICLES else before
    return words[-2] if len(words) >= 2 and words[-1] in _TAKING else None


def solve_named_cut(tokens: list[Token], start: int) -> Solution | None:
    """The named part of the amount, or what is left of it; None when the request is not that."""
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    if words & _SPOILERS or tokens[start].kind == "end":
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    cuts = [g for g in givens if g.quantity.percent]
    amounts = [g for g in givens if not g.quantity.percent]
    if len(givens) != 2 or len(cuts) != 1 or len(amounts) != 1 or not 0 < cuts[0].quantity.value < 1:
        return None
    amount = amounts[0].quantity
    if amount.measure is not None and (not is_money(amount.measure) or amount.measure.per is not None):
        return None  # '12% of 30 km', '£950 a month': not an amount of money paid once
    if amounts[0].per_each or amounts[0].after[:2] in (("a", "head"), ("per", "head")):
        return None  # '£97.50 a head': the price of one of a count not said, never the whole the part is of
    name = _name(tokens, cuts[0].end, cuts[0].before)
    if name is None:
        return None
    question = asked_words(tokens, start)  # 'How much did I get? The site takes 15% ...': asked first
    if question_start(tokens, start) == start:  # 'what's a 25% deposit on $8,400': the lead-in was the question
        question = [t.word for t in tokens[:start] if t.kind == "word"] + question
    if name == "":  # 'the driver takes 12% ... how much is his cut?': the part named by the question
        name = next((w for w in question if w in _PARTS), "")
    left = bool(set(question) & _LEFT) or any(has_phrase(question, p) for p in LEFT_PHRASES)
    held = _holder_asked(tokens, cuts[0].before, name, question) if left else False
    if held is None:
        return None  # 'the driver gets 12% ... how much does he get?': the driver, or the one he is paid by?
    left = left and not held  # 'the driver gets 12% ... how much does the driver get?': his part, not the rest
    taker = _taker(cuts[0].before)
    if taker is not None and taker in question and taker not in _ARTICLES:
        left = False  # 'the agency keeps 22% ... How much does the agency keep?': the agency's part, not the rest
    elif (
        not left
        and not held
        and not (name in question and (has_phrase(question, "how much") or set(question) & _WHATS))
    ):
        return None
    money = amount.measure or AMOUNT
    whole = Fraction(amount.value)
    rate = Fraction(cuts[0].quantity.value)
    part = whole * rate
    label = name or "part taken"
    steps = [f"{percent(cuts[0].quantity)} of {cents(Quantity(whole, money))} = {cents(Quantity(part, money))}"]
    if not left:
        return answer_for(Quantity(part, money), f"{label} at a percentage", f"{whole} * {rate}", steps)
    rest = whole - part
    steps.append(f"{cents(Quantity(whole, money))} − {cents(Quantity(part, money))} = {cents(Quantity(rest, money))}")
    solution = answer_for(Quantity(rest, money), f"amount after a {label}", f"{whole} * (1 - {rate})", steps)
    if name and _part_asked_apart(tokens, name):  # "What's the deposit and what's left to pay?": both
        solution.answer = f"{name} {cents(Quantity(part, money))}; left {cents(Quantity(rest, money))}"
        solution.values = {name: part, "left": rest}
    return solution


def _part_asked_apart(tokens: list[Token], name: str) -> bool:
    """Whether a question of its own asks for the part by its name, beside the one asking what is left."""
    starts = question_starts(tokens)
    ends = [*starts[1:], len(tokens)] if starts else []  # '... how much do I keep' asked with no question word
    asks = [[t.word for t in tokens[a:b]] for a, b in zip(starts, ends, strict=True)]
    return any(name in ask and not set(ask) & _LEFT for ask in asks) and len(asks) > 1


_WHATS = frozenset("what what's whats work calculate calc compute figure find".split())


def _name(tokens: list[Token], end: int, before: tuple[str, ...]) -> str | None:
    """What the percentage is named: the part noun after it ('25% deposit'), '' for a verb of taking before it
    ('they take 12%'); None when it is named neither way."""
    for k in range(end, end + _MAX_AFTER):
        word = tokens[k].word
        if word in _PARTS:
            return word
        if tokens[k].kind != "word" or not word.isalpha():
            break
    if before and before[-1] in _TAKING or before[-2:-1] and before[-2] in _TAKING and before[-1] in ("a", "an"):
        return ""
    if len(before) >= 2 and before[-1] in _NAMING and before[-2] in _PARTS:
        return before[-2]  # 'our fee is 1.25%', 'a commission of 3%': the part named before its rate
    return None


_NAMING = frozenset("is was of at".split())
_GETTING = frozenset("get gets got earn earns earned receive receives received".split())
_THIRD = frozenset("he she they him her them".split())
_ASKING = frozenset("does do did will would should can".split())


def _holder_asked(tokens: list[Token], before: tuple[str, ...], name: str, question: list[str]) -> bool | None:
    """Whether the question asks what the one who has the part gets: True when the part is said to be someone's
    ('the driver gets 12%', "the driver's cut is 12%") and the question's subject is that one ('how much does the
    driver get'); None when its subject is a he, she or they, who may be the one the part is taken from; False
    when it asks of the asker ('what do I get'), whose amount is what is left."""
    holder = ""
    if len(before) >= 2 and before[-1] in _GETTING | _TAKING:
        holder = before[-2]  # 'the driver gets 12%', 'the agent takes 12%'
    named = next((k for k, t in enumerate(tokens) if name and t.word == name), 0)
    if named and not holder and tokens[named - 1].word.endswith(("'s", "’s")):
        holder = tokens[named - 1].word.removesuffix("'s").removesuffix("’s")  # "the driver's cut"
    if not holder or holder in ("i", "we", "they"):
        return False
    asked = [k + 1 + (question[k + 1] in ("the", "our", "my", "your")) for k, w in enumerate(question) if w in _ASKING]
    subjects = {question[k] for k in asked if k < len(question)}
    return True if holder in subjects else None if subjects & _THIRD else False
