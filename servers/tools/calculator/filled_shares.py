"""A container filled to a share of what it holds: 'My pot holds 80 quarts and I fill it two-thirds full. How many
gallons is that?', 'A 60 litre tank, three quarters full: how many litres in it?', 'the 20 L drum is 40% full'.

What is in it is the capacity times the share, in the unit asked (or the capacity's own). The share is said just
before 'full': a fraction in words ('two thirds', 'a quarter', 'half'), written ('2/3') or a percentage. Read only
when the capacity and the share are the request's only figures and the question asks how much is in it; a
question about what is left to fill, or a figure more, is another problem and declined here.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.quantities import Measure, Quantity, convert, is_money, lookup, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_SHARES = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
           "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}  # fmt: skip
_ONE = frozenset("a one".split())
_OTHER = frozenset(
    "more left empty rest remaining remain need needs needed add added top each per cost costs "
    "price spare room space else another after then lose lost evaporate evaporates boil boils".split()
)
"""Words that ask about something besides what is in the container: what is left to fill, a change, a price."""
_DIMENSIONS = frozenset({"volume", "mass"})


def solve_filled_share(tokens: list[Token], start: int) -> Solution | None:
    """What a container filled to a share of its capacity holds, in the unit asked; None for any other request."""
    fulls = [k for k in range(start, len(tokens)) if tokens[k].word == "full"]
    if len(fulls) != 1:
        return None
    share, share_at = _share_before(tokens, fulls[0], start)
    if share is None or not 0 < share <= 1:
        return None
    figures = [k for k in range(start, len(tokens)) if tokens[k].kind in ("number", "currency", "clock", "date")]
    capacity_at = [k for k in figures if k not in share_at]
    if len(capacity_at) != 1 or any(t.kind != "number" for t in (tokens[k] for k in capacity_at)):
        return None
    k = capacity_at[0]
    measure = lookup(tokens[k + 1].word) if tokens[k + 1].kind == "word" else None
    if measure is None or measure.per is not None or is_money(measure) or measure.dimension not in _DIMENSIONS:
        return None
    asked = _asked(tokens, start, measure)
    if asked is None or any(t.word in _OTHER or _to_fill(tokens, i) for i, t in enumerate(tokens[start:], start)):
        return None
    held = tokens[k].value * share
    value = convert(held, measure, asked)
    capacity = Quantity(tokens[k].value, measure)
    expression = f"{show(capacity, exact=True)} × {share}"
    steps = [f"{expression} = {show(Quantity(held, measure), exact=True)}"]
    if asked != measure:
        steps.append(f"{show(Quantity(held, measure), exact=True)} = {show(Quantity(value, asked), exact=True)}")
    return answer_for(Quantity(value, asked), "share of a capacity", expression, steps)


def _share_before(tokens: list[Token], full: int, start: int) -> tuple[Fraction | None, set[int]]:
    """The share said right before 'full' and the indices of its figures: 'two thirds', 'a quarter', 'half',
    '2/3', '40%'."""
    before = tokens[max(start, full - 3) : full]
    words = [t.word for t in before]
    if words[-1:] == ["half"]:
        return Fraction(1, 2), set()
    if len(before) >= 2 and words[-1] in _SHARES:
        count = before[-2]
        if count.word in _ONE and words[-1] in ("third", "quarter", "fifth", "eighth", "tenth"):
            return Fraction(1, _SHARES[words[-1]]), set()
        if count.kind == "number" and count.value.denominator == 1:
            return Fraction(count.value, _SHARES[words[-1]]), {full - 2}
    if len(before) == 3 and before[1].text == "/" and before[0].kind == before[2].kind == "number" and before[2].value:
        return Fraction(before[0].value) / Fraction(before[2].value), {full - 3, full - 1}
    if len(before) >= 2 and before[-1].text == "%" and before[-2].kind == "number":
        return Fraction(before[-2].value) / 100, {full - 2}
    return None, set()


def _asked(tokens: list[Token], start: int, measure: Measure) -> Measure | None:
    """The unit asked ('how many gallons'), the capacity's own for 'how much'; None when nothing so is asked."""
    for k in range(start, len(tokens) - 2):
        if tokens[k].word != "how" or tokens[k + 1].word not in ("many", "much"):
            continue
        named = lookup(tokens[k + 2].word, short=False) if tokens[k + 2].kind == "word" else None
        if named is not None and named.key == measure.key and named.per is None:
            return None if _other_goods(tokens, k + 3) else named
        if named is None and tokens[k + 1].word == "much":
            return measure
        return None
    return None


def _to_fill(tokens: list[Token], k: int) -> bool:
    """'how much more to fill it', 'to top it up': what is left to put in, not what is in it."""
    return tokens[k].word in ("fill", "filled") and k > 0 and tokens[k - 1].word == "to"


def _other_goods(tokens: list[Token], k: int) -> bool:
    """'how many cups of salt': the unit asked of goods the request names nowhere else."""
    if tokens[k].word != "of" or tokens[k + 1].kind != "word":
        return False
    goods = tokens[k + 1].word
    return sum(1 for t in tokens if t.word == goods) == 1
