"""A percentage of a count, asked as how many things it is: 'We've 2,460 books in the children's section and we're
to weed out 8% each year. How many books is that?' → 2,460 × 8% = 196.8 books a year.

Two numbers: a count of things ('2,460 books', '200 sheep') and a percentage of them, said after a verb that takes
or picks some out ('weed out 8%', 'sell 15% of them', '8% are damaged'); perhaps with the stretch of time it is
each ('8% each year'), which the answer is then per. The question asks how many of the counted things that is
('how many books is that', 'how many is that'). A part that is not a whole number is said exactly, with the nearest
whole count beside it. A count left or kept ('how many are left'), a second percentage, a share ('each of'), a
change over the years ('compound', 'after 3 years') or a percentage of something else ('8% of the fiction')
declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import PEOPLE, givens_or_none
from servers.tools.calculator.quantities import lookup, plural, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_SPOILERS = frozenset(
    "left remaining remain remains rest keep keeps kept still now more less fewer increase increases increased grow "
    "grows growing rise rises decrease decreased after then compound compounded total altogether combined instead "
    "except excluding without not no never extra plus minus twice double half both other another others already "
    "between among share shares split price cost costs pay paid money percent percentage rate original before "
    "years months weeks by up down grew grown rose fell rise fall gain gained".split()
)
"""Words that ask for something else than the part (what is left, a total, a change over several periods, money)
or make the percentage one of something else."""
_OF_THEM = (("of", "them"), ("of", "those"), ("of", "these"), ("of", "it"), ("of", "the", "lot"))
_PERIOD_WORDS = frozenset({"each", "every", "a", "an", "per"})
_ASKED_AFTER = frozenset("is that would be does come to make it".split())


def solve_counted_part(tokens: list[Token], start: int) -> Solution | None:
    """The things a percentage of a count is; None when the request is not exactly that."""
    givens = givens_or_none(tokens, start, 2)
    if givens is None:
        return None
    count, part = givens
    if part.quantity.measure is not None or not part.quantity.percent or not 0 < part.quantity.value <= 1:
        return None
    if count.quantity.measure is not None or count.quantity.percent or not count.noun or count.count_per:
        return None
    if Fraction(count.quantity.value).denominator != 1 or count.quantity.value <= 1:
        return None
    question = question_start(tokens, start)
    if question <= part.end or sum(t.text == "?" for t in tokens) > 1:
        return None
    period, after = _period_after(tokens, part.end, question)
    if not _asks_count(tokens, question, count.noun):
        return None
    told = set(range(count.start, count.end)) | set(range(part.start, part.end)) | set(range(after - 2, after))
    if any(t.word in _SPOILERS for k, t in enumerate(tokens[start:], start) if k not in told):
        return None
    if tokens[part.end].word == "of" and not any(_said(tokens, part.end, p) for p in _OF_THEM):
        return None  # '8% of the fiction': a part of something the count does not count
    value = Fraction(count.quantity.value) * Fraction(part.quantity.value)
    named = tokens[count.end - 1]
    things = named.word if named.kind == "word" and named.word.isalpha() else plural(count.noun)  # as the user said
    shown = numbers.format_number(value)
    per = f" a {period}" if period else ""
    whole = f", about {numbers.format_number(round(value))} {things}" if value.denominator != 1 else ""
    expression = f"{numbers.format_number(count.quantity.value)} × {numbers.format_number(part.quantity.value * 100)}%"
    solution = Solution(f"{shown} {things}{per}{whole}", numbers.checked(value), "part of a count", expression,
                        [f"{expression} = {shown} {things}{per}"], things)  # fmt: skip
    return solution


def _period_after(tokens: list[Token], i: int, question: int) -> tuple[str, int]:
    """'each year', 'a month' after the percentage ('8% each year', '25% lapse every year'): the stretch it is
    taken in, and where it ends; ('', 0) when none is said before the question."""
    for k in range(i, question):
        if tokens[k].word in _PERIOD_WORDS and tokens[k + 1].kind == "word":
            period = lookup(tokens[k + 1].word, short=False)
            if period is not None and period.dimension == "time" and period.per is None:
                return period.name, k + 2
    return "", 0


def _asks_count(tokens: list[Token], question: int, noun: str) -> bool:
    """'how many books is that', 'how many is that', 'how many books would that be': the count's things asked."""
    for k in range(question, len(tokens) - 2):
        if tokens[k].word == "how" and tokens[k + 1].word == "many":
            asked = tokens[k + 2]
            if asked.kind == "word" and noun in (singular(asked.word), "people" if asked.word in PEOPLE else ""):
                return all(t.word in _ASKED_AFTER or t.kind in ("symbol", "end") for t in tokens[k + 3 :])
            return asked.word in ("is", "would") and all(
                t.word in _ASKED_AFTER or t.kind in ("symbol", "end") for t in tokens[k + 2 :]
            )
    return False


def _said(tokens: list[Token], i: int, phrase: tuple[str, ...]) -> bool:
    return all(tokens[i + n].word == w for n, w in enumerate(phrase))
