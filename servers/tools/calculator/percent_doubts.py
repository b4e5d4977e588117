"""What leaves a request about one amount and one percentage unsure, so that ``percent_frames`` declines it.

The frame answers from closed words; these are the ways a story can say more than they read, each found in the
tokens alone:

- a word outside the frame that could change the arithmetic ('each', 'split', 'half', a second unit or period), or
  things counted by the amount's own unit ('the nights' at '£145 a night': how many is not said);
- the amount may already be the changed one ('fell 12% to £4,400', 'I paid £48 after 20% off');
- the amount and the percentage are of two things ('my mortgage is £1,150 ... my rent is going up 4.5%');
- something is added that has no amount ('15% of £2,400 plus the bonus');
- two taxes are named ('£6,480 inc VAT. Tax is 20%': is the tax the VAT?);
- two things are asked ('work out 15% of $2,840 ..., what do I pay?', 'the tip and the total');
- the percentage is said inside the question before it asks ('with 20% VAT what's the price before VAT?').
"""

from __future__ import annotations

from servers.tools.calculator.givens import Given
from servers.tools.calculator.inert import inert
from servers.tools.calculator.percent_words import (
    AFTER,
    FRAME,
    KNOWN,
    LOWERS,
    PARTS,
    PER,
    PERIODS,
    QUESTION,
    RAISES,
    STOPS,
    TAXES,
    WHEN,
    clause_start,
    clause_words,
    is_time,
    question,
)
from servers.tools.calculator.quantities import Measure, lookup
from servers.tools.calculator.tokens import Token

_IS = frozenset("is are was were".split())
_OUT = frozenset("work figure".split())  # a question only as 'work out', 'figure out'
_DETERMINERS = frozenset("the a an my our your his her their its this that".split())


def accounted(tokens: list[Token], givens: list[Given], measure: Measure) -> bool:
    """Whether every token outside the two givens is a story's word, the sentence's frame, or a word the frame
    reads; a number, a unit or a period of another kind says there is more to reckon with."""
    taken = {i for g in givens for i in range(g.start, g.end)}
    period = measure.per.name if measure.per is not None else None
    for i, token in enumerate(tokens):
        if i in taken or token.kind in ("end", "symbol") or token.word in KNOWN:
            continue
        if token.kind == "currency" and measure.dimension == f"money {token.value}":
            continue  # 'total £?': the amount's own currency, said again
        if token.kind != "word":
            return False  # another number, a currency, a clock time: something more to reckon with
        word = token.word.removesuffix("'s").removesuffix("’s")
        if measure.per is not None and lookup(word.removesuffix("s"), short=False) == measure.per:
            return False  # 'the nights' at '£145 a night': how many of them is not said
        if "-" in word and all(p in KNOWN or inert(Token("word", p, 0)) for p in word.split("-") if p):
            continue  # 'VAT-exclusive', 'pre-tax', 'end-of-season'
        if word in PERIODS:
            if period != PERIODS[word]:
                return False  # 'monthly' of an amount that is not a month's: another period asked
            continue
        if word in WHEN and i + 1 < len(tokens) and is_time(tokens[i + 1].word):
            continue  # 'next year's price': when
        if (
            is_time(word)
            and i > 0
            and (tokens[i - 1].word in WHEN or tokens[i - 1].word in PER and lookup(word, short=False) == measure.per)
        ):
            continue  # 'this month's takings', 'per month' of a month's rent: when, or the amount's own period
        if not inert(token):
            return False
    return True


def unsure(tokens: list[Token], percent: Given, amount: Given, *, commanded: bool) -> bool:
    """Whether the story says more than one amount and one percentage can answer (see the module's list)."""
    said = [t.word for t in tokens if t.kind == "word"]
    start, _ = question(tokens)
    return (
        (not commanded and _changed_already(tokens, amount, start))
        or _two_subjects(tokens, percent, amount)
        or _plus_elsewhere(tokens, percent)
        or len(set(said) & TAXES) > 1
        or _asks(said) > 1
        or _asks_two(tokens, start)
        or _said_before_asking(tokens, percent, start)
    )


def _asks(words: list[str]) -> int:
    """How many questions or requests to work something out the words make ('work out', not 'the new figure')."""
    return sum(w in QUESTION and (w not in _OUT or words[k + 1 : k + 2] == ["out"]) for k, w in enumerate(words))


def _changed_already(tokens: list[Token], amount: Given, question_start: int) -> bool:
    """'fell 12% to £4,400', 'I paid £48 after 20% off': the amount may be the one after the change."""
    if amount.start > 0 and tokens[amount.start - 1].word == "to":
        return True
    return any(t.word in AFTER for t in tokens[:question_start])


def _two_subjects(tokens: list[Token], percent: Given, amount: Given) -> bool:
    """'My mortgage is £1,150 a month and my rent is going up 4.5%': each clause of one sentence names what its
    given is of, and they differ. A percentage's clause may name the percentage itself ('VAT is 20%'), unless it
    changes; a second sentence may name the same thing again in other words ('Bread is going up 10%. A loaf is
    £1.60')."""
    first, last = sorted((percent, amount), key=lambda g: g.start)
    if any(t.text in STOPS for t in tokens[first.end : last.start]):
        return False
    named = _subject(tokens, percent)
    if named in PARTS | LOWERS | RAISES and not (set(clause_words(tokens, percent)) - {named}) & (LOWERS | RAISES):
        named = None  # 'VAT is 20%', 'the discount is 15%': the percentage's own name ('the tax is going up' is not)
    return len({named, _subject(tokens, amount)} - {None}) > 1


def _subject(tokens: list[Token], given: Given) -> str | None:
    """The word before 'is' or 'are' in the given's clause ('my rent is going up', 'the mortgage is'), singular;
    None when the clause has none, or only a pronoun ('it's going up 4%')."""
    start = clause_start(tokens, given.start)
    for k in range(start + 1, given.start):
        if tokens[k].word in _IS and tokens[k - 1].kind == "word" and tokens[k - 1].word not in FRAME:
            return tokens[k - 1].word.removesuffix("s")
    return None


def _plus_elsewhere(tokens: list[Token], percent: Given) -> bool:
    """'15% of £2,400 plus the bonus': a 'plus' that adds neither the percentage nor a tax said at it ('plus 20%
    VAT', 'plus VAT at 20%', 'plus HST (13%')."""
    for k, token in enumerate(tokens):
        if token.word != "plus" and token.text != "+":
            continue
        ahead = tokens[k + 1 : percent.start]
        if (
            k < percent.start
            and len(ahead) <= 3
            and all(t.word in TAXES or t.kind == "symbol" or t.word in ("at", "of") for t in ahead)
        ):
            continue
        return True
    return False


def _asks_two(tokens: list[Token], start: int) -> bool:
    """'the tip and the total', 'the discount and the freight': the question joins two things it asks."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    return any(a == "and" and b in _DETERMINERS for a, b in zip(words, words[1:], strict=False))


def _said_before_asking(tokens: list[Token], percent: Given, start: int) -> bool:
    """'...; with 20% VAT what's the price before VAT?': the percentage told in the question's own sentence, just
    before it asks, may be what the question is about rather than what the amount has."""
    k = percent.start
    return (
        k > 0
        and tokens[k - 1].word == "with"
        and percent.end <= start
        and not any(t.text in (".", "?", "!", ";") for t in tokens[percent.end : start])
    )
