"""A price per unit and a list of amounts in that unit, added and priced: 'Mileage is paid at 45p a mile. I drove 38
miles on Monday, 52 on Tuesday and 27 on Wednesday doing home visits. How much can I claim?' → (38 + 52 + 27)
miles × £0.45 = £52.65; 'I worked 7.5 hours on Monday and 6 on Friday at £11.44 an hour' likewise.

The request holds exactly one amount of money said per a unit ('45p a mile', '£11.44 an hour', '€1.78 per litre')
and one list of at least two plain numbers in that unit: the unit said after the first or the last of them (and
after any other, or after none), the numbers joined by commas and 'and', each at most labelled by its day ('on Monday',
'Tuesday', 'yesterday'). The question asks how much money ('how much', 'what's the total', 'what do I get'). Any
other number, a second currency or unit, or a word that takes part of the list away or prices it otherwise ('free',
'first', 'after', 'each day', 'return', 'minus') declines: the priced sum would answer another question.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import Measure, Quantity, currency, lookup, plural, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

MOST_TOKENS = 80
_PER = frozenset("a an per every each".split())
_DAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun yesterday "
    "today".split()
)
_LABEL = frozenset({"on"}) | _DAYS
_SPOILERS = frozenset(
    "free first after over above below under up cap capped max maximum minimum less minus deduct deducted except not "
    "but only return returned back both ways twice double half round trip percent tax vat off discount each every "
    "average mean per day week daily weekly instead would should if than more extra plus".split()
)
"""Words that price part of the list otherwise or ask more than its priced sum. 'per' and 'a' are allowed once, in
the rate itself (checked apart)."""
_MONEY_ASKS = frozenset(
    "cost costs pay paid spend spent claim owe owed bill charge price total earn earned make made worth due "
    "come comes fee".split()
)
"""Words of a question that ask for money: 'how much can I claim', 'what's my pay'."""


def solve_listed_rate(tokens: list[Token], start: int) -> Solution | None:
    """The list's sum at the price per its unit, or None unless the request is exactly that."""
    if len(tokens) - start > MOST_TOKENS:
        return None
    rate = _rate(tokens, start)
    if rate is None:
        return None
    at, price, unit = rate
    listed = _the_list(tokens, start, unit, skip=range(at, at + 4))
    if listed is None:
        return None
    used = set(range(at, at + 4)) | {k for k, _ in listed}
    for k in range(start, len(tokens)):
        token = tokens[k]
        if k in used:
            continue
        if token.kind in ("number", "currency", "clock", "date") or token.text in ("%", "/", "+", "-", "×", "*"):
            return None  # a number the priced sum would leave out
        if token.word in _SPOILERS:
            return None
    asked = [t.word for t in tokens[question_start(tokens, start) :] if t.kind == "word"]
    if not set(asked) & _MONEY_ASKS and asked != ["how", "much"]:
        return None  # 'How much do I need?' of flour at £1.20 a kg asks the flour, not what it costs
    total = sum((value for _, value in listed), Fraction(0))
    money = currency(price[0])
    each, amount = Quantity(price[1], money), Quantity(total * price[1], money)
    named = plural(unit.name)
    shown = " + ".join(numbers.format_number(value) for _, value in listed)
    expression = f"({shown}) {named} × {show(each)}"
    steps = [f"{shown} = {numbers.format_number(total)} {named}",
             f"{numbers.format_number(total)} {named} × {show(each)} = {show(amount)}"]  # fmt: skip
    return answer_for(amount, "a priced list", expression, steps)


def _rate(tokens: list[Token], start: int) -> tuple[int, tuple[str, Fraction], Measure] | None:
    """The one amount of money per a unit ('£0.45 a mile'): where it starts, its price and the unit."""
    found = None
    for k in range(start, len(tokens) - 3):
        if tokens[k].kind != "currency" or tokens[k + 1].kind != "number":
            continue
        if found is not None or tokens[k + 2].word not in _PER or tokens[k + 3].kind != "word":
            return None
        unit = lookup(tokens[k + 3].word, short=False)
        if unit is None or unit.per is not None or unit.dimension in ("time",) and unit.name != "hour":
            return None  # '£4 a day': a price per period, which a list of days does not make
        found = k, (str(tokens[k].value), Fraction(tokens[k + 1].value)), unit
    return found


def _the_list(tokens: list[Token], start: int, unit: Measure, skip: range) -> list[tuple[int, Fraction]] | None:
    """The one list of plain numbers in ``unit``, with where each number is; None unless exactly one such list."""
    listed: list[tuple[int, Fraction]] = []
    k = start
    while k < len(tokens):
        if k in skip or tokens[k].kind != "number":
            k += 1
            continue
        if listed:
            between = tokens[listed[-1][0] + 1 : k]
            if not _joined(between, unit):
                return None
        listed.append((k, Fraction(tokens[k].value)))
        k += 1
    if len(listed) < 2:
        return None
    for k in (listed[0][0] + 1, listed[-1][0] + 1):
        said = lookup(tokens[k].word, short=False) if tokens[k].kind == "word" else None
        if said is not None and said.name == unit.name:
            return listed  # '38 miles, 52 and 27', '38, 52 and 27 miles': the unit said after the first or last
    return None


def _joined(between: list[Token], unit: Measure) -> bool:
    """The words between two numbers of the list: the unit, a day's label, a comma and 'and' — nothing else."""
    if not any(t.text == "," or t.word == "and" for t in between):
        return False
    for token in between:
        if token.text == "," or token.word in ("and", "the") or token.word in _LABEL:
            continue
        said = lookup(token.word, short=False) if token.kind == "word" else None
        if said is None or said.name != unit.name:
            return False
    return True
