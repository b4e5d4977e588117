"""A bill shared by a group but one of them who does not pay: 'The hens weekend came to A$2,340 all up. There are
nine of us but the bride isn't paying, so how much does each of the other eight owe?' → A$2,340 ÷ 8 = A$292.50.

One amount of money, one group ('nine of us', '6 people', 'a table of 6'), and who is left out, said after 'but',
'and' or a comma: one person by name or role ('the bride isn't paying', 'my mum doesn't pay', 'the birthday girl is
free') or a count of them ('two of them aren't paying', '2 kids go free'). The question asks each payer's share
('how much does each of the others owe', 'how much each'). A count of the payers said as well ('the other eight')
must agree. Left-out people who are not counted ('the kids aren't paying'), a second amount, or a share that is not
equal declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import PEOPLE, Given, givens_or_none
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_NOT = frozenset("isn't aren't doesn't don't won't not isnt arent doesnt dont wont".split())
_PAYING = frozenset("paying pay pays contributing contribute chipping".split())
_FREE = frozenset({"free"})
_OPENINGS = frozenset({"but", "and", ",", ";", "."})
_ONE = frozenset("i i'm im he he's she she's one".split())
_OWNERS = frozenset("the my our his her their".split())
_OTHERS = frozenset("other others rest remaining".split())
_EACH = ("each", "per person", "a head", "per head", "apiece", "everyone", "everybody")
_SPOILERS = frozenset(
    "percent tip tax service discount extra plus minus more less double twice half already paid deposit except "
    "couple couples family families".split()
)


def solve_excluded_share(tokens: list[Token], start: int) -> Solution | None:
    """Each payer's equal share when one or more of the group does not pay; None unless the request is that."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if _SPOILERS & set(words) or "%" in (t.text for t in tokens[start:]):
        return None
    left_out = _left_out(tokens, start)
    if left_out is None:
        return None
    at, said_count = left_out
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    moneys = [g for g in givens if is_money(g.quantity.measure) and g.quantity.measure.per is None]
    counts = [g for g in givens if g.quantity.measure is None and not g.quantity.percent]
    if len(moneys) != 1 or len(moneys) + len(counts) != len(givens):
        return None
    excluded = [g for g in counts if said_count and g.end <= at and g.start >= _clause_start(tokens, at)]
    stated = [g for g in counts if _other(tokens, g)]
    groups = [g for g in counts if g not in excluded and g not in stated]
    if len(groups) != 1 or len(excluded) > 1 or len(stated) > 1 or not _people(tokens, groups[0]):
        return None
    group = Fraction(groups[0].quantity.value)
    out = Fraction(excluded[0].quantity.value) if excluded else Fraction(1)
    if said_count and not excluded:
        return None  # 'the kids aren't paying': how many is not said
    payers = group - out
    if payers < 1 or not numbers.is_integer(payers) or not numbers.is_integer(group):
        return None
    if stated and Fraction(stated[0].quantity.value) != payers:
        return None  # 'nine of us, the bride isn't paying ... the other seven': the counts disagree
    if not _asks_each(question_words(tokens, start)):
        return None
    total = moneys[0].quantity
    share = Quantity(numbers.checked(Fraction(total.value) / payers), total.measure)
    count = numbers.format_number(payers)
    steps = [
        f"{numbers.format_number(group)} − {numbers.format_number(out)} not paying = {count} paying",
        f"{show(total, exact=True)} ÷ {count} = {show(share, exact=True)}",
    ]
    solution = answer_for(share, "bill split", f"{show(total)} / {count}", steps, suffix=" each")
    solution.notes.append(f"shared equally among the {count} who pay")
    return solution


def _left_out(tokens: list[Token], start: int) -> tuple[int, bool] | None:
    """Where the words saying someone does not pay begin (the 'isn't', 'free'), and whether their subject is a
    plural or a count (True) rather than one person (False); None when no one is left out, or it is unclear."""
    found = None
    for k in range(start + 1, len(tokens) - 1):
        word = tokens[k].word
        not_paying = word in _NOT and tokens[k + 1].word in _PAYING
        free = word in _FREE and tokens[k - 1].word in ("is", "are", "go", "goes", "eat", "eats")
        if not (not_paying or free):
            continue
        if found is not None:
            return None  # two left out, said apart: not read here
        found = k - (1 if free else 0)
    if found is None:
        return None
    subject = [t for t in tokens[_clause_start(tokens, found) : found] if t.text not in _OPENINGS]
    said = [t.word for t in subject]
    if any(t.kind == "number" for t in subject):
        return found, True  # 'two of them aren't paying', '2 kids go free'
    if len(said) == 1 and (said[0] in _ONE or subject[0].text[:1].isupper() and subject[0].text.isalpha()):
        return found, False  # 'I', 'one', 'Sam'
    if 2 <= len(said) <= 3 and said[0] in _OWNERS and not said[-1].endswith("s") and said[-1] not in PEOPLE:
        return found, False  # 'the bride', 'my mum', 'the birthday girl'
    return found, True


def _clause_start(tokens: list[Token], at: int) -> int:
    k = at - 1
    while k > 0 and tokens[k].text not in _OPENINGS and tokens[k].word not in _OPENINGS and at - k < 6:
        k -= 1
    return k + 1


def _other(tokens: list[Token], g: Given) -> bool:
    """'the other eight', 'the remaining 5': the payers counted as well."""
    return g.start > 0 and tokens[g.start - 1].word in _OTHERS


def _people(tokens: list[Token], g: Given) -> bool:
    """'nine of us', '6 people', '8 friends': a count of the people the bill is shared by."""
    of_us = tokens[g.start + 1].word == "of" and tokens[g.start + 2].word == "us"
    return g.noun == "people" or g.noun in PEOPLE or of_us


def _asks_each(asked: list[str]) -> bool:
    joined = " ".join(asked)
    return "how much" in joined and any(f" {p}" in f" {joined} " for p in _EACH)
