"""One period said after a list of amounts is every amount's period, not the last one's.

'The kids get £5, £7.50 and £6 pocket money each week', 'we pay £40, £25 and £12 a month': the amounts are said
one straight after the other (only commas, 'and', '&' or 'or' between them) and the period ('a month', 'per week',
'each week', 'pocket money every week', 'weekly') follows the last of them alone. Read amount by amount, the last
would be a rate and the others one-off sums — '52 weeks × £6 + £5 + £7.50' — a confident wrong answer. A reader
that adds lines sets such a list aside; a reader of the list as a whole (``rate_lists``) applies the period to
every amount.
"""

from __future__ import annotations

from dataclasses import dataclass

from servers.tools.calculator.givens import Given
from servers.tools.calculator.periods import ADVERBS
from servers.tools.calculator.quantities import is_money, lookup
from servers.tools.calculator.rated_lines import named_per_word, per_word
from servers.tools.calculator.tokens import Token

_JOINERS = frozenset({",", "and", "&", "or"})


@dataclass(frozen=True, slots=True)
class SharedPeriod:
    """A list of ``amounts`` (two or more) whose one ``period`` ('week', 'month') is said after the last."""

    amounts: tuple[Given, ...]
    period: str
    alternatives: bool  # 'or' joins them: amounts to choose between, not to add


def shared_period(tokens: list[Token], givens: list[Given]) -> SharedPeriod | None:
    """The first list of amounts in ``givens`` sharing one period said after its last amount, or None."""
    run: list[Given] = []
    for g in [*givens, None]:
        if g is not None and is_money(g.quantity.measure) and (not run or _joined(tokens, run[-1], g)):
            run.append(g)
            continue
        found = _shared(tokens, run)
        if found is not None:
            return found
        run = [g] if g is not None and is_money(g.quantity.measure) else []
    return None


def period_of(given: Given) -> str | None:
    """The time an amount is said per: '£12 a month' (a rate), '£6 pocket money each week', '£40 weekly'."""
    measure = given.quantity.measure
    if measure is not None and measure.per is not None:
        return measure.per.name if measure.per.dimension == "time" else None
    if given.after[:1] and given.after[0] in ADVERBS:
        return ADVERBS[given.after[0]]
    word = per_word(given) or named_per_word(given)
    per = lookup(word, short=False) if word else None
    return per.name if per is not None and per.dimension == "time" and per.per is None else None


def said_end(tokens: list[Token], shared: SharedPeriod) -> int:
    """Where the words saying the period end: after 'each week' in '£6 pocket money each week', so a reader can
    tell the period's 'each' from a question's ('how much each')."""
    last = shared.amounts[-1]
    for k in range(last.end, min(last.end + len(last.after), len(tokens))):
        word = tokens[k].word
        if ADVERBS.get(word) == shared.period or (unit := lookup(word, short=False)) and unit.name == shared.period:
            return k + 1
    return last.end


def _shared(tokens: list[Token], run: list[Given]) -> SharedPeriod | None:
    if len(run) < 2:
        return None
    period = period_of(run[-1])
    if period is None or any(period_of(g) for g in run[:-1]):
        return None
    alternatives = any(t.word == "or" for t in tokens[run[0].end : run[-1].start])
    return SharedPeriod(tuple(run), period, alternatives)


def _joined(tokens: list[Token], a: Given, b: Given) -> bool:
    """Two amounts in one currency said one straight after the other: only commas and 'and', '&' or 'or' between."""
    if (
        a.quantity.measure is None
        or b.quantity.measure is None
        or a.quantity.measure.dimension != b.quantity.measure.dimension
    ):
        return False  # '£725, £810 and $690': amounts in two currencies are no one list
    between = tokens[a.end : b.start]
    return bool(between) and all(t.text in _JOINERS or t.word in _JOINERS for t in between)
