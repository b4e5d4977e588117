"""What is left of a whole once several named percentages of it are given out: 'Winners get 60% of the pot, the
runners up get 25% and whatever's left goes to the air ambulance. Pot was £240. How much does the air ambulance
get?' → £240 × (100% − 60% − 25%) = £36.

The story gives one amount of money (the whole; people counted may be in two parts at once) and two or more
percentages of it, together under 100%, each taken straight from the whole ('of the pot', or nothing). The question
asks for what is left ('the rest', 'whatever's left', 'how much is left') or for the one the story says gets the
rest ('the rest goes to charity ... how much does charity get?'). A percentage of what is left ('25% of the rest'),
a share that is split ('each', 'between'), a second amount or a question about one of the named percentages
declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import givens_or_none
from servers.tools.calculator.money import percent
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_REST = frozenset("rest left remainder remaining remains leftover whatever's whatevers".split())
_SPOILERS = frozenset(
    "each per split between among equally evenly tax vat plus more less than twice double half then further after "
    "before extra interest off discount every each".split()
)
"""Words that make the percentages something other than parts of one whole given out side by side."""
_PLAIN = frozenset("the a an of to goes go get gets got how much what what's whats is does do did will would".split())


def solve_pot_rest(tokens: list[Token], start: int) -> Solution | None:
    """What is left of the whole after its named percentages; None when the request is not that."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if set(words) & _SPOILERS:
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    parts = [g for g in givens if g.quantity.percent]
    wholes = [g for g in givens if not g.quantity.percent]
    if len(parts) < 2 or len(wholes) != 1 or wholes[0].quantity.value <= 0 or not _money(wholes[0].quantity):
        return None  # money given out is given once; people counted may be in two parts ('walk', 'wear glasses')
    if any(g.after[:1] == ("of",) and set(g.after[1:4]) & (_REST | {"what's", "whats"}) for g in parts):
        return None  # '25% of what's left': a part of the rest, not of the whole
    if not all(_of_whole(g.after, wholes[0].before + wholes[0].after) for g in parts):
        return None  # '40% of the girls': a part of something else than the whole
    taken = sum((Fraction(g.quantity.value) for g in parts), Fraction(0))
    if not 0 < taken < 1:
        return None
    question = question_start(tokens, start)
    asked = {t.word for t in tokens[question:] if t.kind == "word"}
    if not asked & _REST and not _rest_taker_asked(tokens, start, question, asked):
        return None
    if any(w in asked - _PLAIN for g in parts if g.start < question for w in g.before[-3:]):
        return None  # 'how much do the winners get': a named part, not the rest
    whole = wholes[0].quantity
    rest = Quantity(numbers.checked(Fraction(whole.value) * (1 - taken)), whole.measure)
    listed = " + ".join(percent(g.quantity) for g in parts)
    steps = [
        f"{listed} = {percent(Quantity(taken, percent=True))} given out",
        f"{show(whole, exact=True)} × (100% − {percent(Quantity(taken, percent=True))}) = {show(rest, exact=True)}",
    ]
    return answer_for(rest, "rest after percentages", f"{whole.value} * (1 - {taken})", steps)


def _rest_taker_asked(tokens: list[Token], start: int, question: int, asked: set[str]) -> bool:
    """'whatever's left goes to the air ambulance ... how much does the air ambulance get?': the one said to get the
    rest, named again in the question."""
    for k in range(start, question):
        if tokens[k].word not in _REST:
            continue
        j = k + 1
        while j < question and tokens[j].word in ("left", "over", "goes", "go", "going", "to", "the", "is", "will"):
            j += 1
        taker = [t.word for t in tokens[j : j + 3] if t.kind == "word" and t.word not in _PLAIN]
        if taker and j > k + 1 and taker[0] in asked:
            return True
    return False


_OWNERS = frozenset("the a an my our your his her their this that".split())
_ANY_WHOLE = frozenset("it that this total lot whole".split())


def _of_whole(after: tuple[str, ...], named: tuple[str, ...]) -> bool:
    """A percentage said of the whole: of nothing named, 'of my £2,000', 'of the pot' (the word the whole is said
    with), 'of it', 'of the total'."""
    if after[:1] != ("of",):
        return True
    said = [w for w in after[1:4] if w not in _OWNERS]
    return not said or said[0] in _ANY_WHOLE or said[0] in named


def _money(whole: Quantity) -> bool:
    """An amount of money paid once ('£240', not '£950 a month')."""
    return is_money(whole.measure) and whole.measure.per is None
