"""Money a story names but does not charge: an amount excluded, waived, given free, paid by someone else, or a
threshold a charge depends on.

'Hotel £110 a night for 3 nights, excluding the £15 tourist tax', 'the £8 cocktail was on the house', 'delivery
£2.99 waived', 'my neighbour is paying for the milk', 'delivery £3.50 unless the order is over £25', 'postage £4 on
orders under £50': a sum of every amount would add what is not paid, or a limit that is no price at all. A reader
that adds the lines of a story declines such a story rather than add them; so too a price per one thing per
another ('breakfast £10 per person per night'), which no single line of count × price pays.
"""

from __future__ import annotations

from servers.tools.calculator.double_rates import double_rate
from servers.tools.calculator.givens import Given
from servers.tools.calculator.quantities import is_money
from servers.tools.calculator.shared_periods import shared_period
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

SET_ASIDE = frozenset(
    "excluding exclude excludes excluded exclusive excl waived waive waives waiving unless complimentary comped "
    "gratis sponsored".split()
)
"""Words that take an amount out of what is paid, or make a charge depend on something ('unless')."""
_HOUSE = ("on", "the", "house")
_LIMITS = frozenset("over under above below exceeding exceeds exceed beyond least minimum min max maximum upto".split())
"""Words before an amount that make it a limit ('orders over £25', 'at least £30'), not a price."""
_PAYING = frozenset("paying pays paid pay picking".split())
_TREATING = frozenset("treating treated treats treat covering covered covers cover".split())
"""'my friend treated me to the coffee', 'work covers the hotel': paid by someone, unless by the story's payer."""
_LINKS = frozenset("is are was were will 's 're am 'm has have had".split())
_PAYERS = frozenset("i we i'm we're i've we've i'll we'll".split())
"""Who pays for themselves: 'I paid for 3 coffees' is the story's own payment."""


def not_added(tokens: list[Token], start: int, givens: list[Given], said: frozenset[str] = frozenset()) -> bool:
    """Whether the story's amounts are not simply a sum of lines: money set aside, a price on two counts, or a list
    of amounts sharing one period said after the last (``shared_periods``)."""
    rated = double_rate(tokens, start)
    if rated is not None and any(g.start in rated[3] for g in givens):
        return True  # the price on two counts is among the amounts to add
    if shared_period(tokens, givens) is not None:
        return True  # '£5, £7.50 and £6 each week': the period is every amount's, not only the last one's
    return set_aside(tokens, start, givens, said)


def set_aside(tokens: list[Token], start: int, givens: list[Given], said: frozenset[str] = frozenset()) -> bool:
    """Whether the story from ``start`` names money that is not paid, or a limit beside its prices (among
    ``givens``); words in ``said`` a caller has accounted for itself, with the amounts they set aside."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if set(words) & SET_ASIDE - said:
        return True
    if "house" not in said and any(tuple(words[k : k + 3]) == _HOUSE for k in range(len(words) - 2)):
        return True
    if any(is_money(g.quantity.measure) and g.before[-1:] and g.before[-1] in _LIMITS for g in givens):
        return True  # 'delivery £3.50 unless the order is over £25': £25 decides the charge, it is not one
    return "paying" not in said and _paid_by_another(tokens, start)  # the caller read who pays for what


def _paid_by_another(tokens: list[Token], start: int) -> bool:
    """'my neighbour is paying for the milk', 'Dad paid for the drinks': part of the story paid by someone else.
    Only the story before the question is read: 'how much am I paying for it' asks what is paid."""
    end = min(question_start(tokens, start), len(tokens))
    for k in range(start, end - 1):
        paying = tokens[k].word in _PAYING and tokens[k + 1].word in ("for", "up")
        if not paying and tokens[k].word not in _TREATING:
            continue
        if paying and tokens[k + 2].kind in ("number", "currency"):
            continue  # 'Dad paid for 3 tickets at £5 each': the story's own purchase, whoever made it
        j = k - 1
        while j >= start and tokens[j].word in _LINKS:
            j -= 1  # 'my neighbour is paying': the one who pays is before the verb's helpers
        if j < start or tokens[j].word not in _PAYERS:
            return True
    return False
