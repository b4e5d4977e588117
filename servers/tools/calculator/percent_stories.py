"""One percentage of one amount told in a story, read by the relation the words give it:

* a part: 'The club fund is £850. We're giving 15% of it to the junior section. How much is that?' → £127.50
* a rise: 'Membership is £65 a month. From April it rises by 12%. What will it be?' → £72.80 a month
* a cut: 'List price £260. Discount 40%. Price after discount?' → £156
* a tax added: 'tiler quote £1600 ex vat, whats it inc vat @20%' → £1,920; with a count of a price each
  ('Tyres are £96 each before VAT, fitting four') the tax goes on the lot.

The relation is said by words of one family only: of rising ('up', 'rise', 'increase', 'add'), of cutting ('off',
'discount', 'knocked', 'reduced') or of tax ('VAT', 'GST'); with none of them the percentage must be 'of' the
amount, a part of it. The question asks for the new amount, or for the part; a question after the change itself
('how much is the discount', 'how much more'), what is left of a part, an amount said to include the tax already,
or words of a second change (a tip, interest, a share, 'then', 'another') decline the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.asked_periods import new_period_asked
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.money import percent
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start, question_words, words_outside
from servers.tools.calculator.tokens import Token

_UP = frozenset(
    "up rise rises rising risen raise raises raising raised increase increases increased increasing hike hiked "
    "uplift add added adding top".split()
)
_DOWN = frozenset("off discount discounted knocked reduced reduction reduce reducing less drop dropped down".split())
_TAX = frozenset("vat gst tax".split())
_SPOILERS = frozenset(
    "tip tips gratuity service interest compound compounded simple split share shared between among then another "
    "second twice both again also extra left remaining rest remainder balance not except only excluding loss "
    "profit margin markup commission percentage percent earlier ago originally original nearest already "
    "round rounded dp 2dp 1dp decimal places".split()
)
"""Words of a second change, a share among people, a question about the percentage itself, or a rounding (read
apart, then the answer rounded); 'up front' is a part paid first, never a rise."""
_CHANGE_ASKED = frozenset("more extra difference saving save saved savings off discount increase rise cut".split())
_NEW_ASKED = frozenset(
    "new now after total then sale revised pay paying paid price cost costs charge fee rate rent salary bill come "
    "comes owe updated next".split()
)
_NAMED_MONEY = frozenset(
    "deposit rent fee salary wage wages fare bill charge premium subscription membership tuition insurance pension "
    "mortgage commission budget balance loan".split()
)
_EACH_ASKED = frozenset("each person head everyone everybody us".split())
_NET = frozenset("ex excl excluding before net without".split())
_GROSS = frozenset("inc incl including inclusive gross with".split())
_EACH_AFTER = (("each",), ("a", "head"), ("per", "head"), ("per", "person"), ("a", "person"))


def solve_percent_story(tokens: list[Token], start: int) -> Solution | None:
    """The part, or the amount after the rise, cut or tax; None unless the request is exactly one of them."""
    givens = givens_or_none(tokens, start)
    if givens is None or not 2 <= len(givens) <= 3:
        return None
    rates = [g for g in givens if g.quantity.percent]
    amounts = [g for g in givens if not g.quantity.percent and g.quantity.measure is not None]
    counts = [g for g in givens if not g.quantity.percent and g.quantity.measure is None]
    if len(rates) != 1 or len(amounts) != 1 or len(counts) > 1 or not 0 < rates[0].quantity.value < 1:
        return None
    rate, amount = rates[0], amounts[0]
    said = words_outside(tokens, start, givens)
    outside = {w for k, w in enumerate(said) if not (w == "up" and said[k + 1 : k + 2] == ["front"])}
    if outside & _SPOILERS:
        return None
    if _asked_twice(tokens, start) or new_period_asked(tokens, start):
        return None
    near = set(rate.before + rate.after) | _label(tokens, rate)
    near = {w for w in near if not (w == "up" and "front" in rate.after)}
    families = [name for name, words in (("up", _UP), ("down", _DOWN)) if near & words]
    families += ["tax"] if outside & _TAX else []
    if len(families) > 1 and families != ["up", "tax"] or families and not is_money(amount.quantity.measure):
        return None
    other = {"up": _DOWN, "down": _UP, "tax": _DOWN}[families[0]] if families else _UP | _DOWN
    if outside & other - {"up", "down", "top", "less"}:
        return None  # a word of the other change said elsewhere: two changes, or a change not read
    kind = "tax" if "tax" in families else families[0] if families else "part"
    base = _base(tokens, amount, counts)
    if base is None:
        return None
    asked = set(question_words(tokens, start))
    ask = question_start(tokens, start)
    story = {t.word.removesuffix("s") for t in tokens[start:ask]}
    if ask > start and {w.removesuffix("s") for w in asked & _NAMED_MONEY} - story:
        return None  # 'rent ... going up 3.5%. What will the new deposit be?': another amount, not told
    if (asked - set(amount.after)) & _EACH_ASKED or counts and "per" in asked - set(amount.after):
        return None  # 'what does each of us pay': a share, not the amount
    value, shown = Fraction(amount.quantity.value), Fraction(rate.quantity.value)
    if kind == "part":
        if (
            counts
            or not is_money(amount.quantity.measure)
            or not _part_of(tokens, rate, amount)
            or asked & (_CHANGE_ASKED | _NEW_ASKED - {"pay", "paid", "fee"})
        ):
            return None
        part = Quantity(numbers.checked(value * shown), amount.quantity.measure)
        steps = [f"{percent(rate.quantity)} of {show(amount.quantity, exact=True)} = {show(part, exact=True)}"]
        return answer_for(part, "a percentage of an amount", f"{value} * {shown}", steps)
    if asked & _CHANGE_ASKED and not asked & _NEW_ASKED:
        return None  # 'how much is the discount': the change itself, not the new amount
    if kind == "tax" and not _tax_added(tokens, amount):
        return None
    factor = 1 - shown if kind == "down" else 1 + shown
    total = numbers.checked(base * factor)
    result = Quantity(total, amount.quantity.measure)
    whole = Quantity(base, amount.quantity.measure)
    steps: list[str] = []
    if counts:
        steps.append(f"{numbers.format_number(counts[0].quantity.value)} × {show(amount.quantity)} = {show(whole)}")
    sign = "−" if kind == "down" else "+"
    steps.append(f"{show(whole, exact=True)} {sign} {percent(rate.quantity)} = {show(result, exact=True)}")
    problem = {"up": "an amount after a rise", "down": "a price after a cut", "tax": "a price with tax added"}[kind]
    return answer_for(result, problem, f"{base} * {factor}", steps)


def _base(tokens: list[Token], amount: Given, counts: list[Given]) -> Fraction | None:
    """The amount the percentage is of: the amount told, or a count of a price each ('£96 each ... fitting four')."""
    value = Fraction(amount.quantity.value)
    if not counts:
        return value
    if not is_money(amount.quantity.measure) or not (
        amount.per_each or any(amount.after[: len(p)] == p for p in _EACH_AFTER)
    ):
        return None
    count = counts[0].quantity.value
    if count <= 1 or not numbers.is_integer(count):
        return None
    return Fraction(numbers.checked(value * Fraction(count)))


def _tax_added(tokens: list[Token], amount: Given) -> bool:
    """Whether the tax goes on top of the amount: the amount is not said to include it, and the last word saying
    with or without tax (outside the amount's own words) asks for it with."""
    own = range(amount.start - len(amount.before), amount.end + len(amount.after) + 1)
    if set(amount.after) & _GROSS and not set(amount.after) & _NET:
        return False  # '£2,199 including VAT': the tax is in it already
    said = [t.word for k, t in enumerate(tokens) if k not in own and t.word in _NET | _GROSS | {"total", "add", "plus"}]
    return bool(said) and said[-1] not in _NET


_PRONOUNS = frozenset("it that this them".split())
_SPENDING = frozenset("went goes go gone spent".split())


def _part_of(tokens: list[Token], rate: Given, amount: Given) -> bool:
    """'30% of his £450 quote', 'the fund is £850 ... 15% of it', 'budget is £86,000 and 37% went on staff'."""
    if rate.end <= amount.start:
        between = tokens[rate.end : amount.start]
        return (
            bool(between) and between[0].word == "of" and len(between) <= 4 and all(t.kind == "word" for t in between)
        )
    if rate.after[:1] == ("of",):
        named = len(rate.after) > 2 and rate.after[1] == "the" and rate.after[2] in amount.before
        return len(rate.after) > 1 and rate.after[1] in _PRONOUNS or named
    return rate.after[:1] != () and rate.after[0] in _SPENDING


_ASKING = frozenset("what what's whats how".split())


def _asked_twice(tokens: list[Token], start: int) -> bool:
    """'What's 20% VAT on £340, and what's the total once ...?': two questions, and one answer cannot be both."""
    return sum(t.word in _ASKING for t in tokens) > 1 or sum(t.text == "?" for t in tokens) > 1


def _label(tokens: list[Token], rate: Given) -> set[str]:
    """'Increase: 25%': the word naming the percentage before a colon."""
    if rate.start >= 2 and tokens[rate.start - 1].text == ":":
        return {tokens[rate.start - 2].word}
    return set()
