"""A percentage of an amount said with what it is for: 'what's 15% of 1,860 for the deposit' → 279; 'hold back 3% of
the £412,000 budget as contingency' → £12,360; 'how much is 15 percent from 260' → 39 (a learner's 'from').

The request is the percentage, 'of' (or 'from' after 'how much is', where a learner says it for 'of'), the amount with
a word or two naming it ('the £412,000 budget'), and then what the share is for ('for the deposit', 'as contingency',
'towards the fees') — words that name the share and change nothing in it. It may open with what is done with the share
('set aside', 'hold back', 'put away') and end by asking for it ('work that figure out'). Any other number, a second
percentage, or a word that changes the share ('off', 'more', 'each', 'per', 'left', 'increase') declines the reading:
'15% from 260' said as a subtraction ('take 15% from 260') is not read here.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.padding import padded
from servers.tools.calculator.quantities import Quantity, currency, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_KEEPING = (
    ("hold", "back"), ("set", "aside"), ("put", "aside"), ("keep", "back"), ("put", "away"), ("keep", "aside"),
    ("set", "by"), ("reserve",), ("keep",), ("save",), ("allow",), ("budget",),
)  # fmt: skip
_NEEDING = (
    ("we're", "told", "to"), ("i'm", "told", "to"), ("we", "are", "told", "to"), ("we", "need", "to"),
    ("i", "need", "to"), ("i", "want", "to"), ("we", "want", "to"), ("we", "have", "to"), ("i", "have", "to"),
    ("we", "must"), ("i", "must"), ("we", "should"), ("i", "should"), ("we", "will"), ("i", "will"), ("we",), ("i",),
)  # fmt: skip
_ASKED_IS = (("how", "much", "is"),)
_OWNERS = frozenset("the my our a an this their his her your".split())
_PURPOSE = frozenset("for as towards toward to".split())
_SPOILERS = frozenset(
    "off more less each per every left remaining rest increase decrease discount raise rise cut extra plus minus "
    "and or than after before total altogether including excluding with without back change changed interest "
    "year years month months week weeks a an tax vat tip".split()
)
"""Words that change the share or ask another thing; periods ask interest or a rate, not a share."""
_SHARE_NAMES = frozenset("discount tip tax vat gst cut".split())
"""What a share may be called where the request says what it is for: 'for the trade discount' is the share itself."""
_TAILS = (
    ("work", "that", "figure", "out"), ("work", "that", "out"), ("work", "it", "out"), ("what's", "that"),
    ("what", "is", "that"), ("how", "much", "is", "that"), ("how", "much", "is", "it"), ("what", "is", "it"),
    ("what's", "it"), ("how", "much"), (),
)  # fmt: skip
_NAMING = 2
_PURPOSE_NAMING = 3  # 'for the studio rent share': what the share is for may take a word more than the amount
_WHENS = frozenset("today's tonight's week's month's year's quarter's season's term's".split())
"""'this year's drawdown', 'today's float': when the share is for, said as its owner; 'a year' would be a rate."""


def solve_percent_purpose(tokens: list[Token], start: int) -> Solution | None:
    """The percentage of the amount, said with what the share is for; None for anything else."""
    tokens = padded(tokens)  # look ahead of any token without running off the request
    at = _opening(tokens, start)
    if at is None:
        return None
    number = tokens[at]
    if number.kind != "number" or not (tokens[at + 1].text == "%" or tokens[at + 1].word == "percent"):
        return None
    rate = Fraction(number.value) / 100
    at += 2
    joint = tokens[at].word
    if joint != "of" and not (joint == "from" and at - 2 == start and _asked_is(tokens, start)):
        return None
    at += 1
    while tokens[at].word in _OWNERS:
        at += 1
    code: str | None = None
    if tokens[at].kind == "currency":
        code, at = tokens[at].value, at + 1
        if not tokens[at].attached:
            return None
    amount = tokens[at]
    if amount.kind != "number" or tokens[at + 1].attached or tokens[at + 1].text == "%":
        return None  # '1,860kg', '40%': a unit or a second percentage this reading does not take
    at = _words(tokens, at + 1, _NAMING)
    if at is None:
        return None
    if tokens[at].word in _PURPOSE:
        at += 1
        while tokens[at].word in _OWNERS or tokens[at].word in _WHENS:
            at += 1  # 'as this year's drawdown': whose or when the share is, before its name
        purposed = _words(tokens, at, _PURPOSE_NAMING, named=True)
        if purposed is None or purposed == at:
            return None
        at = purposed
    if not _tail(tokens, at):
        return None
    return _answer(rate, Fraction(amount.value), code)


def _opening(tokens: list[Token], start: int) -> int | None:
    """Where the percentage starts: at once, or after what is done with the share ('we need to set aside')."""
    if tokens[start].kind == "number":
        return start
    for needing in _NEEDING:
        at = start + len(needing)
        if not all(tokens[start + k].word == w for k, w in enumerate(needing)):
            continue
        for keeping in _KEEPING:
            if all(tokens[at + k].word == w for k, w in enumerate(keeping)):
                return at + len(keeping)
    return next((start + len(k) for k in _KEEPING if all(tokens[start + i].word == w for i, w in enumerate(k))), None)


def _asked_is(tokens: list[Token], start: int) -> bool:
    """'how much is 15 percent from 260': the lead before the percentage asked what it is."""
    said = [t.word for t in tokens[max(0, start - 3) : start]]
    return any(said[-len(p) :] == list(p) for p in _ASKED_IS)


def _words(tokens: list[Token], at: int, most: int, *, named: bool = False) -> int | None:
    """The index after up to ``most`` plain naming words; None when one of them changes the share. ``named``: the
    last word may name the share itself ('for the stockfeed discount': the share is the discount)."""
    seen = 0
    while tokens[at].kind == "word" and tokens[at].word not in _PURPOSE and seen <= most:
        if named and tokens[at].word in _SHARE_NAMES and tokens[at + 1].kind != "word":
            seen, at = seen + 1, at + 1
            continue
        if tokens[at].word in _SPOILERS or not tokens[at].word.replace("-", "").isalpha():
            return None
        seen, at = seen + 1, at + 1
    return at if seen <= most else None


def _tail(tokens: list[Token], at: int) -> bool:
    """Nothing after the share, or a question asking for it ('work that figure out')."""
    while tokens[at].text in (",", ".", "?", "!", ";", "-", "—"):
        at += 1
    for tail in _TAILS:
        if all(tokens[at + k].word == w for k, w in enumerate(tail)):
            rest = at + len(tail)
            while tokens[rest].text in (",", ".", "?", "!"):
                rest += 1
            if tokens[rest].kind == "end":
                return True
    return False


def _answer(rate: Fraction, amount: Fraction, code: str | None) -> Solution:
    measure = currency(code) if code is not None else None
    whole = Quantity(amount, measure)
    share = Quantity(numbers.checked(rate * amount), measure)
    percent = show(Quantity(rate, percent=True))
    step = f"{percent} of {show(whole, exact=True)} = {numbers.format_number(rate)} × {show(whole, exact=True)} = "
    solution = answer_for(share, "percentage of an amount", f"{percent} of {show(whole)}", [step + show(share)])
    solution.notes.append("the words saying what the share is for name it; they do not change it")
    return solution
