"""A percentage told as a discount, a tax, a tip or a service charge on a whole bill ('Shop give 5% discount', 'The
IVA here is 16%', 'I give 10% tip on top of total wage'): applied once, last, to what the other givens come to.

The other givens are reckoned by their kinds as ever; the percentage is then taken off (a discount) or added on (a
tax, tip, service charge or surcharge). A question that names it with 'with', 'incl.' or 'after' ('total with
IVA'), or does not name it ('Total pay?'), asks the bill once it is applied; one that names it bare ('how much VAT
is that?') or asks what is saved may ask the share instead, and is left unread.

It is read only when the words leave no doubt about what it is applied to: a percentage 'off the pizza' or 'on the
drinks' is of one line, not of the bill; a price said 'incl. VAT' or 'after discount' has it in already; a question
'before tax' asks what it is applied to; a tax beside a wage or salary may be taken off rather than added; and a
fee or commission is added by whoever pays it and taken off by whoever is paid it. Each of those is left unread.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given
from servers.tools.calculator.quantities import Measure
from servers.tools.calculator.reckoning.search import Reckoning
from servers.tools.calculator.reckoning.working import shown
from servers.tools.calculator.tokens import Token

_OFF = frozenset(
    "discount discounts off reduction markdown diskon descuento desconto rabat rabatt remise sconto indirim".split()
)
"""Taken off the bill."""

_ON = frozenset(
    """tax taxes vat gst hst pst qst iva kdv ppn sst moms mva mwst tva btw dph igv tip tips gratuity propina service
    surcharge""".split()
)
"""Added on top of the bill."""

_NOT_YET = frozenset("before excluding excl ex exclusive without pre plus".split())
"""'price before IVA', 'ex VAT', 'plus GST': said of a price, it is still to be applied."""

_IN_ALREADY = frozenset("with including incl inc inclusive after".split())
"""'incl. VAT', 'after discount': said of a price, it is in already; said in the question, the bill it makes."""

_SAID_IN = frozenset("included includes include inclusive incl inc gross net".split())
"""'service charge 12.5% included', '£120 gross', 'my net pay': the percentage is in an amount, or out of it."""

_SAVED = frozenset("save saves saved saving savings".split())

_TAKEN = frozenset("less minus deduct deducted deducting".split())
"""'less 10% VAT': a tax taken out of takings, not added to a bill."""

_WHOLE = frozenset(
    "total totals bill everything all whole order lot it that this invoice amount sum top wage wages price prices "
    "purchase purchases cost costs".split()
)
"""What a percentage may be 'on', 'off' or 'for' and still be of the whole bill."""

_TOWARDS = frozenset("on off for of".split())
_DETERMINERS = frozenset("the my our your his her their this that these those a an".split())
_INCOME = frozenset(
    "salary salaries wage wages income earn earns earned earnings paycheck payslip paid home hourly".split()
)
_ENDS = frozenset({".", "?", "!", ";"})
_CLAUSE_ENDS = _ENDS | {",", ":"}
_PASSED = _DETERMINERS | {".", "%", "percent", "per", "cent"}  # words, and the signs said in their text
_ASKS = frozenset("how what what's whats what'd".split())


@dataclass(frozen=True, slots=True)
class Adjustment:
    """A percentage (``share``) added on (``sign`` 1) or taken off (-1) the whole bill; ``said`` the tokens that
    tell it (its words and theirs, read here and by no question)."""

    given: Given
    share: Fraction
    sign: int
    said: frozenset[int]


def read_adjustments(tokens: list[Token], end: int, givens: list[Given]) -> tuple[Adjustment, ...]:
    """The percentages of ``givens`` told as a discount, tax, tip or charge on the whole bill: one, or a discount
    and a tax ('10% rabat, then VAT 8% on top'), which come to the same bill in either order; () when any
    percentage is not read so."""
    percents = [g for g in givens if g.quantity.percent]
    if not percents or len(percents) > 2 or any(tokens[g.end].word == "of" for g in percents):
        return ()  # 'x% of' a given is joined to it where it is typed
    clauses = [_around(tokens, g.start, end, _CLAUSE_ENDS) for g in percents]
    told = {i for clause in clauses for i in clause}
    found = [_read_one(tokens, end, g, clause, told) for g, clause in zip(percents, clauses, strict=True)]
    if any(a is None for a in found) or len(clauses) != len({(c.start, c.stop) for c in clauses}):
        return ()
    adjustments = tuple(a for a in found if a is not None)
    if len(adjustments) == 2 and adjustments[0].sign == adjustments[1].sign:
        return ()  # two taxes, or two discounts: on each other, or each on the bill?
    return adjustments


def _read_one(tokens: list[Token], end: int, given: Given, clause: range, told: set[int]) -> Adjustment | None:
    off = [i for i in clause if _off_word(tokens, i)]
    on = [i for i in clause if tokens[i].word in _ON or _on_top(tokens, i)]
    if bool(off) == bool(on):
        return None  # neither, or both: what it does to the bill is not said
    family = _OFF if off else _ON
    if family is _ON and any(t.word in _INCOME for t in tokens[:end]) and _taxed(tokens, end):
        return None  # 'income tax 20%' beside a wage: taken off what is earned
    if any(t.word in ("fee", "fees", "commission", "commissions") for t in tokens[:end]):
        return None
    if not _of_the_whole(tokens, clause, given):
        return None  # '10% off the pizza': of one line
    said: set[int] = set(off or on) | {i for i in clause if tokens[i].word == "then"}  # '..., then VAT 8%'
    for i in on:
        if tokens[i].word == "top":
            said.update(j for j in (i - 1, i + 1) if tokens[j].word in ("on", "of"))
        if tokens[i].word == "service" and tokens[i + 1].word in ("charge", "charges"):
            said.add(i + 1)
    question = _question(tokens, end)
    if given.start in question:
        return None  # 'what's 20% off a $45 order?', 'how much is the VAT at 20%?': asked of what it names
    if any(t.word in _SAID_IN for t in tokens[:end]) or any(tokens[i].word in _SAVED for i in question):
        return None  # 'service charge 12.5% included', '£120 gross': in already; 'how much he saves': the share
    for i in off or on:
        before = _qualifier(tokens, i)
        if tokens[before].word in _IN_ALREADY | _TAKEN:
            return None  # 'the price is £40 including 20% VAT', '£89.99 each with 30% off': in already
        if tokens[before].word in _NOT_YET:
            said.add(before)  # 'plus VAT at 20%'
    for i in range(end):
        if i in told or tokens[i].word not in family or family is _OFF and not _off_word(tokens, i):
            continue
        before = _qualifier(tokens, i)
        qualifier = tokens[before].word if tokens[before].word in _NOT_YET | _IN_ALREADY else ""
        if i in question:
            if qualifier in _NOT_YET - {"plus"}:
                return None  # 'the total before tax': what it is applied to, with the percentage left unused
            if qualifier not in _IN_ALREADY | {"plus"}:
                return None  # 'how much is the tip?': the share, or the bill it makes
        elif qualifier in _IN_ALREADY or qualifier not in _NOT_YET:
            return None  # 'the price incl. VAT': in already, or not said
        said.update({i, before} if qualifier else {i})
    share = Fraction(given.quantity.value)
    if not 0 < share < 1:
        return None
    return Adjustment(given, share, -1 if off else 1, frozenset(said))


def _qualifier(tokens: list[Token], i: int) -> int:
    """Where the word saying whether it is in yet would stand: 'before IVA', 'incl. the VAT', 'with a 10% discount'."""
    before = i - 1
    while before > 0 and ((tokens[before].word or tokens[before].text) in _PASSED or tokens[before].kind == "number"):
        before -= 1
    return max(before, 0)


def _off_word(tokens: list[Token], i: int) -> bool:
    """'discount', or 'off' said of a percentage ('5% off', '10 percent off the bill')."""
    word = tokens[i].word
    return word in _OFF and (word != "off" or tokens[i - 1].text == "%" or tokens[i - 1].word in ("percent", "cent"))


def _on_top(tokens: list[Token], i: int) -> bool:
    return tokens[i].word == "top" and tokens[i - 1].word == "on"


def _of_the_whole(tokens: list[Token], clause: range, given: Given) -> bool:
    """Whether every 'on', 'off', 'for' or 'of' in the percentage's clause is said of the whole bill ('on top of
    total wage', 'for everything'), none of one thing ('off the pizza', 'for cash')."""
    for i in clause:
        if tokens[i].word not in _TOWARDS or given.start <= i < given.end:
            continue
        j = i + 1
        while tokens[j].word in _DETERMINERS:
            j += 1
        word = tokens[j].word
        if tokens[j].kind == "word" and word not in _WHOLE and word not in _ON and word not in _OFF:
            return False
    return True


def _taxed(tokens: list[Token], end: int) -> bool:
    return any(t.word in ("tax", "taxes") for t in tokens[:end])


def _around(tokens: list[Token], i: int, end: int, stops: frozenset[str]) -> range:
    first = i
    while first > 0 and tokens[first - 1].text not in stops:
        first -= 1
    last = i
    while last < end and tokens[last].text not in stops:
        last += 1
    return range(first, last)


def _question(tokens: list[Token], end: int) -> range:
    """The sentence that asks: the one with 'how' or 'what' in it, or else the last."""
    asks = [i for i in range(end) if tokens[i].word in _ASKS]
    return _around(tokens, asks[-1] if asks else max(end - 1, 0), end, _ENDS)


def adjusted(found: Reckoning, adjustment: Adjustment, units: dict[str, Measure]) -> Reckoning | None:
    """``found`` with the percentage applied; None unless ``found`` is money (or money per something)."""
    tops = [b for b, p in found.kind if p > 0]
    if len(tops) != 1 or not tops[0].startswith("money"):
        return None
    cut = found.value * adjustment.share
    cut_text = shown(cut, found.kind, units)
    percent = numbers.format_number(adjustment.share * 100)
    steps = (*found.steps, f"{percent}% of {found.text} = {cut_text}")
    value = found.value + adjustment.sign * cut
    text = shown(value, found.kind, units)
    sign = "+" if adjustment.sign > 0 else "−"
    return replace(found, value=value, text=text, steps=(*steps, f"{found.text} {sign} {cut_text} = {text}"))
