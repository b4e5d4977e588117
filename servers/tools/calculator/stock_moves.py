"""Stock moved in and out, and what is there after: 'A warehouse had 2,340 pallets, shipped out 875 on Monday and
received 412 on Tuesday. How many pallets now?' → 2,340 − 875 + 412 = 1,877 pallets; and a balance of what came in
against what went out: 'intake 250 mL, 180 mL, 320 mL and 400 mL; output 950 mL. What's the net balance?' → 1,150 mL
− 950 mL = +200 mL.

Every number is a count of one thing (or an amount in one dimension, such as millilitres), and each after the first
is said to come in ('received', 'delivered', 'bought', 'intake') or go out ('shipped', 'sold', 'used', 'output') by
a word between it and the number before it; a number with no such word between shares the direction of the one
before it ('sold 30 on Monday and 45 on Tuesday'). A stock story opens with what there was ('had 2,340 pallets',
'started with 120') and asks what there is now ('how many now', 'how many are left', 'what's the closing stock'); a
balance has no opening amount and asks for the net ('net balance'). A number whose direction is not said, a thing
other than the one counted, a rate ('a day', 'each'), a percentage or money declines, as does more going out than
there was.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Measure, Quantity, is_money, plural, show, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_IN = frozenset(
    "received receive receives receiving delivered delivery deliveries got gets bought buys buy added adds add "
    "restocked restock arrived arrive arrives collected gained produced made baked brewed harvested intake intakes "
    "input inputs".split()
)
_OUT = frozenset(
    "shipped ship ships shipping sold sell sells selling used use uses gave give gives sent send sends dispatched "
    "dispatch lost lose loses removed remove issued ate eaten consumed stolen stole discarded output outputs "
    "drained".split()
)
_OPENING = frozenset("had started began opened opening held contained were was".split())
"""Words that say what there was before the moves, told in the past ('had 2,340', 'started with', 'there were'):
a story in the present ('Tom has 48 stickers and buys 10 more') is left to the readers of counts kept."""
_SPOILERS = frozenset(
    "each per every daily weekly monthly half twice double times average than returned return returns "
    "damaged broken expired faulty percent minus plus if would instead should".split()
)
"""Words that make the story more than moves of whole amounts ('sold 30 a day', 'returned 12', 'half of them')."""
_PERIODS = frozenset("day week month year hour shift fortnight quarter minute".split())
_NOW = frozenset("now left remain remains remaining still closing end finish finishes finished stock".split())
_NET = frozenset("net balance".split())
_FILLERS = frozenset(
    "and , on the in a then another further morning afternoon evening night monday tuesday wednesday thursday "
    "friday saturday sunday week day first second later after that".split()
)
"""Words that may stand between two numbers of one move said twice ('sold 30 on Monday and 45 on Tuesday')."""


def solve_stock_moves(tokens: list[Token], start: int) -> Solution | None:
    """What is there after the moves in and out, or the net of what came in and went out; None unless exactly
    that."""
    givens = givens_or_none(tokens, start)
    if not givens or not 2 <= len(givens) <= 8:
        return None
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    if words & _SPOILERS or any(g.quantity.percent or is_money(g.quantity.measure) or g.count_per for g in givens):
        return None
    if any(g.after[:1] in (("a",), ("an",)) and g.after[1:2] and g.after[1] in _PERIODS for g in givens):
        return None  # '875 a day': a rate, not one move
    unit = _unit(givens)
    if unit is False:
        return None
    ask = question_start(tokens, start)
    asked = {t.word for t in tokens[ask:] if t.kind == "word"}
    if givens[-1].end > ask or asked & (_IN | _OUT):
        return None  # a number in the question, or a question about one of the moves ('how many were sold?')
    opening = givens[0] if _opened(tokens, start, givens[0]) else None
    if opening is None and not asked & _NET:
        return None
    if opening is not None and not asked & _NOW:
        return None
    moves = givens[1:] if opening is not None else givens
    signs = _directions(tokens, start if opening is None else opening.end, moves)
    if signs is None:
        return None
    noun = opening.noun if opening is not None else ""
    if any(g.noun and g.noun not in _IN | _OUT and singular(g.noun) != singular(noun or g.noun) for g in moves):
        return None  # 'had 40 boxes, sold 12 crates': another thing
    return _answer(opening, moves, signs, unit if isinstance(unit, Measure) else None, noun)


def _unit(givens: list[Given]) -> Measure | None | bool:
    """The one unit every number is in (None for plain counts), or False when they are in different ones."""
    measures = [g.quantity.measure for g in givens]
    if all(m is None for m in measures):
        return None
    first = measures[0]
    if (
        first is None
        or first.per is not None
        or any(m is None or m.dimension != first.dimension or m.per for m in measures)
    ):
        return False
    return first


def _opened(tokens: list[Token], start: int, first: Given) -> bool:
    """Whether the first number is what there was to begin with ('had 2,340', 'started with 120', 'there were')."""
    before = set(first.before)
    if not first.noun and first.quantity.measure is None:
        return False  # 'I had 40': what is counted is not said
    return bool(before & _OPENING) and not before & (_IN | _OUT) and first.start >= start


def _directions(tokens: list[Token], begin: int, moves: list[Given]) -> list[int] | None:
    """+1 for each move in, −1 for each move out, read from the words before it (or its own verb after it: '130
    were delivered', '800 arrived'); None when one is not said."""
    signs: list[int] = []
    at = begin
    for move in moves:
        between = [t for t in tokens[at : move.start] if t.kind == "word"]
        said = [1 if t.word in _IN else -1 for t in between if t.word in _IN or t.word in _OUT]
        own = _passive(move)
        verb = move.noun if move.noun in _IN | _OUT else move.after[0] if move.after else ""
        if own is None and not said and verb in _IN | _OUT:
            own = (1 if verb in _IN else -1), int(verb != move.noun)  # '800 arrived': the number's own verb
        at = move.end
        if own is not None:
            signs.append(own[0])
            at += own[1]  # its verb is its own, not the next move's
        elif said:
            signs.append(said[-1])
        elif signs and all(t.word in _FILLERS for t in between):
            signs.append(signs[-1])  # 'sold 30 on Monday and 45 on Tuesday': the same move again
        else:
            return None
    return signs


_BEEN = frozenset("were was are is got have had been".split())


def _passive(move: Given) -> tuple[int, int] | None:
    """'130 were delivered', '40 have been sold': the direction said straight after the number and the words it
    takes, or None."""
    after = move.after
    if not after or after[0] not in _BEEN:
        return None
    width = 3 if len(after) > 2 and after[1] == "been" else 2
    verb = after[width - 1] if len(after) >= width else ""
    return (1, width) if verb in _IN else (-1, width) if verb in _OUT else None


def _answer(
    opening: Given | None, moves: list[Given], signs: list[int], unit: Measure | None, noun: str
) -> Solution | None:
    def value(g: Given) -> Fraction:
        q = g.quantity
        factor = q.measure.factor / unit.factor if unit is not None and q.measure is not None else 1
        return Fraction(q.value) * factor

    def shown(v: Fraction) -> str:
        if unit is not None:
            return show(Quantity(v, unit))
        return f"{int(v):,}" if v.denominator == 1 else numbers.format_number(v)

    total = value(opening) if opening is not None else Fraction(0)
    parts = [shown(total)] if opening is not None else []
    for move, sign in zip(moves, signs, strict=True):
        total += sign * value(move)
        if opening is not None and total < 0:
            return None  # more went out than there was: the story is not one of stock
        parts.append(f"{'+' if sign > 0 else '−'} {shown(value(move))}")
    if opening is None:
        came = sum((value(m) for m, s in zip(moves, signs, strict=True) if s > 0), Fraction(0))
        went = sum((value(m) for m, s in zip(moves, signs, strict=True) if s < 0), Fraction(0))
        if not came or not went:
            return None  # a balance weighs what came in against what went out: both must be said
        steps = [
            _summed("in", [shown(value(m)) for m, s in zip(moves, signs, strict=True) if s > 0], shown(came)),
            _summed("out", [shown(value(m)) for m, s in zip(moves, signs, strict=True) if s < 0], shown(went)),
            f"net: {shown(came)} − {shown(went)} = {'+' if total > 0 else ''}{shown(total)}",
        ]
        answer = f"{'+' if total > 0 else ''}{shown(total)}"
        solution = Solution(answer, total, "balance of in and out", f"{shown(came)} - {shown(went)}", steps,
                            unit.label(total) if unit is not None else None)  # fmt: skip
        solution.notes.append("a positive balance is more in than out; a negative one, more out than in")
        return solution
    expression = " ".join(parts).replace("−", "-")
    steps = [f"{' '.join(parts)} = {shown(total)}"]
    if unit is not None:
        answer = shown(total)
    else:
        answer = f"{shown(total)} {noun if total == 1 else _plural(noun)}".strip()
    return Solution(answer, total, "stock after moves in and out", expression, steps,
                    unit.label(total) if unit is not None else None)  # fmt: skip


def _plural(noun: str) -> str:
    return plural(noun) if noun else ""


def _summed(label: str, parts: list[str], whole: str) -> str:
    return f"{label}: {' + '.join(parts)} = {whole}" if len(parts) > 1 else f"{label}: {whole}"
