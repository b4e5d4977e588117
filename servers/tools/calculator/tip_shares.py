"""A bill with a tip added, shared evenly, told any way: 'Six nurses went out after a late shift. The meal came to
£213. They want to leave a 10% tip and split everything evenly. How much each?' → £213 × 1.10 ÷ 6 = £39.05;
'meal £58.60 + 10% tip split 2 pls'; 'Bill: £64. Tip: 25%. People: 4. Per person?'.

Three numbers: the bill, the tip's percentage (said with 'tip', 'gratuity', 'service' or 'for the waiter') and the
count of people, named as people ('9 colleagues', 'six nurses') or said after a word of sharing ('between 2',
'divide by 4'). The tip goes on the whole bill and everyone pays the same share of bill and tip. A question for
the tip or the total alone, a tax or a discount, someone who does not pay, or a count of anything but the people
declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.asked_periods import new_period_asked
from servers.tools.calculator.givens import PEOPLE, Given, givens_or_none
from servers.tools.calculator.money import cents, percent
from servers.tools.calculator.quantities import Quantity, is_money
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_words, words_outside
from servers.tools.calculator.tokens import Token

_TIPS = frozenset(
    "tip tips tipping gratuity service waiter waitress server waiters waitresses servers propina gorjeta trinkgeld "
    "pourboire mancia fooi dricks drikkepenger napiwek baksheesh serves served".split()
)
"""The tip by its name, in English and as people say it where they eat ('10% propina', 'Trinkgeld'), or by whom it
is for ('for the waiter', 'for the girl who serves')."""
_SHARING = frozenset("split splitting divide divided share shared between among across evenly equally".split())
_BILLS = frozenset("bill bills order orders tab check cheque".split())
_SHARED_BY = frozenset("between among across by split into".split())
_EACH = frozenset("each person head everyone everybody us".split())
_SPOILERS = frozenset(
    "tax vat gst discount off except didn't doesn't don't isn't not only minus drinks treat treating "
    "covering covers birthday another also round nearest included including inc incl inclusive already "
    "rest remainder remaining left leftover aside jar kitty pot".split()
)
"""Words of a tax or a cut on the bill, someone who does not pay a share, a rounding, or a part taken away before
the rest is shared ('15% goes to the repair fund and the rest is split four ways'): read apart."""
_NOT_PEOPLE = frozenset("for of at with buy bought ordered order had".split())


def solve_tip_share(tokens: list[Token], start: int) -> Solution | None:
    """Each person's share of the bill and its tip; None unless the request is exactly that."""
    givens = _once_each(tokens, givens_or_none(tokens, start))
    if givens is None or len(givens) != 3:
        return None
    outside = set(words_outside(tokens, start, givens))
    if not outside & _TIPS or not outside & _SHARING and not outside & _EACH or outside & _SPOILERS - _left(givens):
        return None
    if sum(t.word in ("what", "what's", "whats", "how") for t in tokens) > 1 or new_period_asked(tokens, start):
        return None  # two questions
    rates = [g for g in givens if g.quantity.percent]
    bills = [g for g in givens if is_money(g.quantity.measure) and not g.quantity.percent]
    counts = [g for g in givens if g.quantity.measure is None and not g.quantity.percent]
    if len(rates) + len(bills) != 2 or len(bills) not in (1, 2) or len(counts) != 1:
        return None
    tips = rates or [g for g in bills if _named_tip(tokens, g)]
    if len(tips) != 1 or tips[0] is bills[0] or rates and not _said_as_tip(tokens, tips[0]):
        return None  # '$187 in tips, 15% goes to the van fund': the percentage is not a tip added to the bill
    tip, bill, count = tips[0], bills[0], counts[0]
    people = count.quantity.value
    if tip.quantity.percent and not 0 < tip.quantity.value < 1 or people < 2 or not numbers.is_integer(people):
        return None
    if not tip.quantity.percent and tip.quantity.measure != bill.quantity.measure:
        return None
    if bill.quantity.measure is None or bill.quantity.measure.per is not None or bill.per_each:
        return None
    if count.before[-1:] == ("table",) or count.noun in _BILLS:
        return None  # 'Table 12 bill': the table's number, not who pays
    named = count.noun in PEOPLE or bool(count.noun) and not set(count.before[-1:]) & _NOT_PEOPLE
    shared_by = (
        set(count.before[-1:]) & _SHARED_BY
        or count.before[-2:] in (("between", "the"), ("among", "the"))  # 'split it between the 6'
        or count.after[:1] == ("ways",)
        or _labelled(tokens, count)
    )
    if not (named or shared_by and not count.noun):
        return None  # '£64 for 4 pizzas': a count of what was bought, not of who pays
    asked = set(question_words(tokens, start))
    if asked & _TIPS or asked & {"total", "altogether"} and not asked & _EACH:
        return None  # 'how much is the tip', 'what's the total': not a share
    whole = Fraction(bill.quantity.value)
    added = Fraction(tip.quantity.value)
    money = Quantity(whole, bill.quantity.measure)
    if tip.quantity.percent:
        total = whole * (1 + added)
        said, expression = percent(tip.quantity), f"{whole} * (1 + {added}) / {people}"
    else:
        total = whole + added
        said, expression = cents(money, added), f"({whole} + {added}) / {people}"
    share = numbers.checked(total / Fraction(people))
    steps = [
        f"{cents(money)} + {said} tip = {cents(money, total)}",
        f"{cents(money, total)} ÷ {numbers.format_number(people)} = {cents(money, share)} each",
    ]
    solution = answer_for(Quantity(share, bill.quantity.measure), "a bill with a tip, shared", expression, steps)
    solution.answer += " each"
    solution.notes.append("the tip is on the whole bill, and everyone pays the same share of bill and tip")
    return solution


def _once_each(tokens: list[Token], givens: list[Given] | None) -> list[Given] | None:
    """The givens with a count of people said again dropped: 'We went to eat, 6 of us. ... split it between the
    6.', 'Our team of 8 went out ... among the 8 of us' name one party twice. Only a count after 'the' is taken as
    said again, of the same number as a count before it of everyone who pays."""
    if givens is None:
        return None
    counts = [g for g in givens if g.quantity.measure is None and not g.quantity.percent]
    pairs = [
        (first, later)
        for n, first in enumerate(counts)
        for later in counts[n + 1 :]
        if _whole_party(tokens, first)
        and later.before[-1:] == ("the",)
        and later.quantity.value == first.quantity.value
    ]
    if len(pairs) != 1 or len(counts) != 2:
        return givens
    first, later = pairs[0]
    dropped = first if later.noun == "people" and first.noun != "people" else later  # keep the one naming people
    return [g for g in givens if g is not dropped]


def _whole_party(tokens: list[Token], count: Given) -> bool:
    """Whether a count names everyone who pays ('6 of us', 'we were 7', 'our team of 8'), not others with the one
    who asks ('dinner with 4 mates', who are five with the asker)."""
    said = [t.word for t in tokens[count.start + 1 : count.start + 3]]
    return said == ["of", "us"] or count.before[-1:] == ("of",) or count.before[-2:] in (("we", "are"), ("we", "were"))


def _left(givens: list[Given]) -> frozenset[str]:
    """{'left'} when it is said of a figure as its verb ('we left $30 as a tip', 'we left 10%'), not of a rest."""
    return frozenset({"left"}) if any(g.before[-1:] == ("left",) for g in givens) else frozenset()


def _named_tip(tokens: list[Token], amount: Given) -> bool:
    """Whether an amount of money is said to be the tip: 'a $12 tip', 'K30 extra on top as a tip', 'tip of $5',
    'tip $9'; not 'came to £10.20 with a tip', which is a total holding one."""
    after: list[str] = []
    for token in tokens[amount.end : amount.end + 7]:
        if token.kind != "word":
            break  # the tip is named in the amount's own clause, before any other figure or stop
        after.append(token.word)
    before = [t.word for t in tokens[max(0, amount.start - 2) : amount.start]]
    named_as = any(after[k] in ("as", "for") and set(after[k + 1 : k + 5]) & _TIPS for k in range(len(after)))
    return bool(after[:1] and after[0] in _TIPS or named_as or before[-1:] == ["tip"] or before == ["tip", "of"])


def _labelled(tokens: list[Token], count: Given) -> bool:
    """'People: 4': the count named by the word before a colon."""
    at = count.start
    return at >= 2 and tokens[at - 1].text == ":" and tokens[at - 2].word in PEOPLE | {"people", "diners"}


def _said_as_tip(tokens: list[Token], rate: Given) -> bool:
    """Whether the tip's word is beside the percentage ('a 10% tip', 'tip of 15%', 'tipping 20%', 'leave 10%')."""
    near = [t.word for t in tokens[max(0, rate.start - 3) : rate.start + 4]]
    return any(w in _TIPS or w in ("leave", "leaving", "left", "add", "adding", "added", "plus") for w in near)
