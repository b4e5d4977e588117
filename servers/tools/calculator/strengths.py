"""An amount of one thing in an amount of another, scaled to a third: 'paracetamol suspension is 250mg in 5ml,
prescribed 375mg. how many ml is that' → 7.5 ml; 'Tomato feed is 20 ml per 4.5 litre can. My can holds 10 litres.
How much feed?' → 44.44 ml.

Three measured amounts. Two are said together as a strength or a mix ('250 mg in 5 ml', '20 ml per 4.5 litres',
'20 ml to 4.5 litres'); the third is an amount of one of them, in the same unit ('prescribed 375 mg', 'my can holds
10 litres'), and the question asks for the other. When both of the pair measure the same kind (a feed of ml per
litres of water) the third says which it is by the thing it is said with ('per 4.5 litre can' ... 'my can holds
10 litres'), and the question names the other ('how much feed'). A schedule, a share or a word that changes the
amounts ('twice a day', 'each', 'left') declines the reading, as does a third amount in another unit ('weighs 18
kg' beside a strength in mg: a body weight, not a dose).
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, read_givens
from servers.tools.calculator.quantities import Measure, Quantity, lookup, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_TOGETHER = (["in"], ["per"], ["/"], ["in", "every"], ["to"], ["to", "every"], ["for", "every"])
_SPOILERS = frozenset(
    "twice thrice times daily day days hour hours week weeks each every divided split doses more less than minus "
    "plus left remaining already extra spare percent instead except twice double half".split()
)
_ASKS = (("how", "many"), ("how", "much"), ("what", "volume"), ("what", "amount"))


def solve_strength(tokens: list[Token], start: int) -> Solution | None:
    """The amount of the other thing for a given amount of one, by the pair said together; None otherwise."""
    if any(t.word in _SPOILERS and not _in_every(tokens, k) for k, t in enumerate(tokens[start:], start)):
        return None
    givens = read_givens(tokens, start)
    if len(givens) != 3 or any(_unmeasured(g) for g in givens):
        return None
    first, second, third = givens
    if third.start < second.end or not _together(tokens, first, second):
        return None
    known, other = _matched(tokens, start, first, second, third)
    if known is None or other is None:
        return None
    asked = _asked(tokens, start, other)
    if asked is None:
        return None
    k, o, z = known.quantity, other.quantity, third.quantity
    assert k.measure is not None and o.measure is not None and z.measure is not None
    if k.value <= 0:
        return None
    ratio = Fraction(z.value) * z.measure.factor / (Fraction(k.value) * k.measure.factor)  # '7 litres' of '10 ml'
    scaled = Fraction(o.value) * ratio  # in the other's unit
    value = numbers.checked(scaled * o.measure.factor / asked.factor)
    result = Quantity(value, asked)
    steps = [f"{show(z, exact=True)} ÷ {show(k, exact=True)} × {show(o, exact=True)} = {show(result, exact=True)}"]
    solution = answer_for(result, "amount by strength", f"{show(z)} / {show(k)} * {show(o)}", steps)
    solution.notes = [f"{show(o)} for every {show(k)}, scaled to {show(z)}"]
    return solution


def _together(tokens: list[Token], first: Given, second: Given) -> bool:
    """The pair said together: '250 mg in 5 ml', '20 ml per 4.5 litres', '10 ml of bleach per 2 litres'."""
    between = [t.word or t.text for t in tokens[first.end : second.start]]
    if between[:1] == ["of"] and len(between) >= 3 and tokens[first.end + 1].kind == "word":
        between = between[2:]  # 'of bleach': what the first amount is of
    return between in _TOGETHER


def _in_every(tokens: list[Token], k: int) -> bool:
    """The 'every' of the pair said together ('120 mg in every 5 ml'), not a schedule."""
    return tokens[k].word == "every" and tokens[k - 1].word in ("in", "to", "for") and tokens[k + 1].kind == "number"


def _unmeasured(given: Given) -> bool:
    measure = given.quantity.measure
    return given.quantity.percent or measure is None or measure.per is not None or measure.dimension.startswith("money")


def _matched(
    tokens: list[Token], start: int, first: Given, second: Given, third: Given
) -> tuple[Given, Given] | tuple[None, None]:
    """Which of the pair the third amount is of (in the same unit), and the other, whose amount is asked."""
    unit = _unit(third)
    if _kind(first) != _kind(second):
        same = [g for g in (first, second) if _unit(g) == unit]
        if len(same) != 1:
            return None, None
        known = same[0]
        return known, second if known is first else first
    # one kind on both sides of the pair ('20 ml per 4.5 litre can'): the thing the third is said with ('my can
    # holds 10 litres', '7 litres of water') picks its match, and the question names the other ('how much feed')
    said = _words(tokens, third.start - 3, third.start) | _named_with(tokens, third)
    named = [g for g in (first, second) if _named_with(tokens, g) & said]
    if len(named) != 1:
        return None, None
    known = named[0]
    other = second if known is first else first
    question = _words(tokens, question_start(tokens, start), len(tokens))
    if not (_words(tokens, max(start, other.start - 3), other.start) | _named_with(tokens, other)) & question:
        return None, None
    return known, other


_PLAIN = frozenset("is are was the a an of my our it that this how much many what i we you have has".split())


def _words(tokens: list[Token], begin: int, end: int) -> set[str]:
    """The words from ``begin`` to ``end`` that can name a thing (not 'is', 'the', 'how')."""
    return {t.word for t in tokens[max(0, begin) : end] if t.kind == "word" and t.word not in _PLAIN}


def _unit(given: Given) -> tuple[str, str]:
    measure = given.quantity.measure
    assert measure is not None
    return measure.name, measure.dimension


def _kind(given: Given) -> str:
    return _unit(given)[1]


def _named_with(tokens: list[Token], given: Given) -> set[str]:
    """The thing an amount is of, said with it ('4.5 litre can', '2 litres of water'): the words of the amount and
    the one after it (past an 'of') that name no unit."""
    end = given.end + 1 + (tokens[given.end].word == "of")
    return {
        t.word
        for t in tokens[given.start : end]
        if t.kind == "word" and t.word not in _PLAIN | _JOINS and lookup(t.word, short=True) is None
    }


_JOINS = frozenset({"and", "per", "in", "to", "for", "every"})


def _asked(tokens: list[Token], start: int, other: Given) -> Measure | None:
    """The unit the question asks the other amount in ('how many ml'), its own when it names none; None when the
    question asks for something else."""
    first = question_start(tokens, start)
    words = [t.word for t in tokens[first:] if t.kind == "word"]
    own = other.quantity.measure
    assert own is not None
    for k in range(len(words) - 1):
        if (words[k], words[k + 1]) in _ASKS:
            after = words[k + 2] if k + 2 < len(words) else ""
            found = lookup(after, short=True) if after else None
            if found is None:
                return own
            return found if found.per is None and found.dimension == own.dimension else None
    return None
