"""A bill told as a story: a tip and a split ('Five of us ate hudut in Trujillo after the rehearsal, the bill was L
1,380. We left 10% tip and split everything equal. How much each?' → 303.60 each), and a discount then a tax
('The shop gives 12,5% korting and then 10% btw is added on top' → restated as 'SRD 8400 with a 12.5% discount and
then 10% tax added. Total?').

A split needs the bill, the tip (a percentage named as one, or an amount left 'for the waiter') and how many share
it, said once ('between all 6 of us', 'the 5 of us', 'on four brothers') or as the user and their company ('me and
my two šegrti': three); two counts that differ decline. A discount then a tax needs the price (or counts at a
price each), a percentage named as a discount and a later one named as the tax.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.bill_words import DISCOUNT_NAMES, TIP_NAMES
from servers.tools.calculator.quantities import AMOUNT, Quantity, currency, show
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.story_kinds.story import Figure, Story, figure_text
from servers.tools.calculator.tax_names import VAT_NAMES
from servers.tools.calculator.tokens import Token

_TIPS = TIP_NAMES | frozenset("tip tips gratuity service".split())
_SERVERS = frozenset("waiter waitress waiters girl girls boy boys server servers".split())
_CUTS = DISCOUNT_NAMES | frozenset("discount off".split())
_TAXES = VAT_NAMES | frozenset("vat gst tax".split())
_INCLUDED = frozenset("included includes including incl inclusive inside".split())
_MEALS = frozenset(
    "bill check cheque račun racun tab ate eat eating dinner lunch breakfast meal restaurant supper".split()
)
_AFTER = frozenset("then after top added".split())
_SHARED = frozenset("between among amongst on".split())
_COMPANY = frozenset("and with".split())
_SPLIT_READS = frozenset("tip share split between among each and extra add added more after left".split())
_CUT_READS = frozenset("discount off tax vat add added each and then after total".split())
PROBLEM = "bill with a tip, split"


def solve_split(story: Story) -> Solution | None:
    """Each one's share of the bill and the tip; None unless the story is exactly that."""
    if story.clocks or story.stretches or story.shifts(_SPLIT_READS) or not story.asks("each", "each one"):
        return None
    if not story.words & {"split", "share", "shared", "divide", "equal", "equally"} or story.words & _INCLUDED:
        return None  # 'with an 18% tip included': already in the bill
    if not story.words & _MEALS:
        return None  # 'Tip jar had $187': a bill is what is shared here
    people = _people(story)
    if people is None:
        return None
    count, counted = people
    rest = [f for f in story.figures if f.at not in counted]
    money = [f for f in rest if not f.percent]
    rates = [f for f in rest if f.percent]
    if len(money) == 2 and not rates and _beside(story, money[1], _SERVERS | _TIPS, 5):
        bill, tip = money[0], money[1].value  # 'I left 5 KM extra for the waiter'
        tip_said = figure_text(money[1])
    elif len(money) == 1 and len(rates) == 1 and _beside(story, rates[0], _TIPS | _SERVERS, 4):
        bill, tip = money[0], money[0].value * rates[0].value / 100
        tip_said = f"{figure_text(rates[0])} of {figure_text(money[0])}"
    else:
        return None
    if bill.unit or bill.value <= 0 or count < 2:
        return None
    measure = currency(bill.currency) if bill.currency else AMOUNT
    total = Fraction(numbers.checked(bill.value + tip))
    each = total / count
    shown = show(Quantity(each, measure))
    steps = [
        f"tip: {tip_said} = {show(Quantity(tip, measure))}",
        f"bill and tip: {show(Quantity(bill.value, measure))} + {show(Quantity(tip, measure))} = "
        f"{show(Quantity(total, measure))}",
        f"split {count} ways: {show(Quantity(total, measure))} ÷ {count} = {shown} each",
    ]
    solution = Solution(f"{shown} each", each, PROBLEM, f"({numbers.format_number(bill.value)} + tip) / {count}", steps)
    solution.notes.append("the tip is on the whole bill, and everyone pays the same share of bill and tip")
    return solution


def restate_discount_tax(story: Story) -> str | None:
    """The plain request for the price after a discount and then a tax, or None unless the story is exactly that."""
    if story.clocks or story.stretches or story.shifts(_CUT_READS) or not story.words & _CUTS:
        return None
    if story.words & _INCLUDED or not story.words & _AFTER:
        return None  # '20% off and 20% VAT': which comes first, or whether one is in the price, is not said
    rates = [f for f in story.figures if f.percent]
    if len(rates) != 2:
        return None
    cut, tax = rates
    if not _beside(story, cut, _CUTS, 3) or not _beside(story, tax, _TAXES, 3) or _beside(story, cut, _TAXES, 3):
        return None  # the discount first and the tax after it, each named beside its own rate
    price = _price(story, [f for f in story.figures if not f.percent])
    if price is None:
        return None
    return f"{price} with a {figure_text(cut)} discount and then {figure_text(tax)} tax added. Total?"


def _price(story: Story, figures: list[Figure]) -> str | None:
    """The price the discount is taken from: one amount, or counts each at a price ('12 bags at 16 500 F the bag',
    '6 džezve at 35 KM and one sahan at 120 KM'), summed."""
    moneys = [f for f in figures if f.currency or not f.unit and f.value >= 10]
    counts = [f for f in figures if f not in moneys]
    if len(moneys) == 1 and not counts:
        return figure_text(moneys[0])
    if len(counts) != len(moneys) or not moneys or len({f.currency for f in moneys}) != 1:
        return None
    total = Fraction(0)
    for count, money in zip(counts, moneys, strict=True):
        if not count.at < money.at or count.value.denominator != 1 or not _priced(story, money):
            return None  # each count before its price, said 'at' it or 'each'
        total += count.value * money.value
    return figure_text(Figure(total, 0, 0, currency=moneys[0].currency))


def _priced(story: Story, money: Figure) -> bool:
    """'at 16 500 F the bag', '950 lei each ring', '35 € a piece': a price said of one."""
    tokens = story.tokens
    return tokens[money.at - 1].word == "at" or tokens[money.end].word in ("each", "per", "the", "a", "apiece")


def _people(story: Story) -> tuple[int, set[int]] | None:
    """How many share, and where the figures that say it are; None when the story does not say, or says two."""
    tokens = story.tokens
    said: list[tuple[int, int]] = []  # (count, figure position)
    for figure in story.figures:
        if figure.percent or figure.currency or figure.value.denominator != 1:
            continue
        k = figure.at
        before = [t.word for t in tokens[max(0, k - 3) : k]]
        after = [t.word for t in tokens[figure.end - (1 if figure.unit else 0) : figure.end + 3]]
        shared = before[-1:] and before[-1] in _SHARED or before[-2:-1] and before[-2] in _SHARED
        if shared and (before[-1] in _SHARED or before[-1] in ("the", "all")):  # 'among the 5', 'between all 6'
            said.append((int(figure.value), k))
        elif after[:2] == ["of", "us"] or after[:1] == ["ways"] or "us" in after[:2]:
            said.append((int(figure.value), k))
        elif _company(tokens, k):
            said.append((int(figure.value) + 1, k))
    counts = {count for count, _ in said}
    if len(counts) != 1:
        return None
    return counts.pop(), {k for _, k in said}


def _company(tokens: list[Token], k: int) -> bool:
    """'me and my two šegrti', 'me and 3 friends', 'with my 5 cousins': the user and that many more."""
    words = [t.word for t in tokens[max(0, k - 3) : k]]
    return ("me" in words or "i" in words or "my" in words) and bool(set(words) & _COMPANY)


def _beside(story: Story, figure: Figure, names: frozenset[str], reach: int) -> bool:
    """Whether one of ``names`` is said within ``reach`` words of the figure, on either side."""
    tokens = story.tokens
    near = tokens[max(0, figure.at - reach) : figure.at] + tokens[figure.end : figure.end + reach]
    return any(t.word in names for t in near)
