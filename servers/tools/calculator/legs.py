"""A journey told leg by leg: "I drove 120 km at 60 km/h and then 90 km at 90 km/h. What was my average speed?"

The givens pair up in order into legs, each a distance and a time: a distance at a speed, a distance in a time,
or a time at a speed (either way round). The question sentence asks for the average speed (the whole distance
over the whole time, never the mean of the speeds), the whole time, or the whole distance. A given left
unpaired, a leg said twice over ('there and back'), or a stop with no distance declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Measure, Quantity, known, lookup, rate, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_start, question_words, story_words
from servers.tools.calculator.tokens import Token

_SPOILERS = frozenset(
    "back return returned returning round stop stopped stops break rest rested wait waited faster slower more less "
    "than if not except twice half each per-cent percent late early earlier later".split()
)
"""Words that add to or change the legs in ways the pairs do not say: the journey is left to other rules."""
_CLOCK = frozenset({"second", "minute", "hour"})
_SEQUENCE = frozenset("then after afterwards next first second third leg legs stage stages finally another".split())
"""Words that say the distances are legs of one journey, one after another."""
_JOURNEY = frozenset("trip journey whole ride drive route run walk hike race day".split())
_MANY_ASKED = frozenset("their both each they".split())
"""A question about two movers ('what was their average speed'): the legs may be theirs apart."""


def solve_legs(tokens: list[Token], start: int) -> Solution | None:
    """The average speed, whole time or whole distance of a journey of two or more legs; None otherwise."""
    asked = question_words(tokens, start)
    kind = _asked(asked)
    words = story_words(tokens, start)
    if kind is None or words & _SPOILERS or set(asked) & _MANY_ASKED:
        return None
    if not words & _SEQUENCE and not set(asked) & _JOURNEY:
        return None  # 'the train covers 300 km in 2.5 hours, the car 300 km in 3': two journeys, not two legs
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    if len(givens) < 4 or len(givens) % 2:
        return None
    legs: list[tuple[Fraction, Fraction]] = []  # metres and seconds
    for first, second in zip(givens[::2], givens[1::2], strict=True):
        leg = _leg(first, second)
        if leg is None:
            return None
        legs.append(leg)
    metres = sum((d for d, _ in legs), Fraction(0))
    seconds = sum((t for _, t in legs), Fraction(0))
    if seconds <= 0:
        return None
    length = _length_unit(givens)
    steps = [f"leg {n}: {_in(d, length)} in {_hours(t)} h" for n, (d, t) in enumerate(legs, 1)]
    steps.append(f"whole journey: {_in(metres, length)} in {_hours(seconds)} h")
    if kind == "speed":
        unit = _speed_unit(tokens, question_start(tokens, start), givens)
        value = metres / seconds / unit.factor
        steps.append(f"average speed: whole distance ÷ whole time = {show(Quantity(value, unit))}")
        expression = "(" + " + ".join(_in(d, length) for d, _ in legs) + ") ÷ ("
        expression += " + ".join(f"{_hours(t)} h" for _, t in legs) + ")"
        return answer_for(Quantity(value, unit), "average speed", expression, steps)
    if kind == "time":
        hours = seconds / 3600
        expression = " + ".join(f"{_hours(t)} h" for _, t in legs)
        return answer_for(Quantity(hours, known("hour")), "journey time", expression, steps, suffix=" in total")
    expression = " + ".join(_in(d, length) for d, _ in legs)
    return answer_for(
        Quantity(metres / length.factor, length), "journey distance", expression, steps, suffix=" in total"
    )


def _asked(asked: list[str]) -> str | None:
    if "speed" in asked and ("average" in asked or "overall" in asked):
        return "speed"
    whole = any(has_phrase(asked, p) for p in ("in total", "altogether", "in all", "whole", "total", "overall"))
    if has_phrase(asked, "how long") and whole:
        return "time"
    if (has_phrase(asked, "how far") or "distance" in asked) and whole:
        return "distance"
    return None


def _kind(g: Given) -> str | None:
    measure = g.quantity.measure
    if measure is None or g.quantity.percent or g.quantity.value <= 0:
        return None
    if measure.per is None:
        if measure.dimension == "length":
            return "distance"
        return "time" if measure.dimension == "time" and measure.name in _CLOCK else None
    if measure.dimension == "length" and measure.per.dimension == "time" and measure.per.name in _CLOCK:
        return "speed"
    return None


def _leg(first: Given, second: Given) -> tuple[Fraction, Fraction] | None:
    """A leg's metres and seconds from a pair of its givens; None when the pair does not make a leg."""
    kinds = {_kind(first): first, _kind(second): second}
    if None in kinds or len(kinds) != 2:
        return None
    base = {k: Fraction(g.quantity.value) * _factor(g) for k, g in kinds.items() if k is not None}
    if "distance" in base and "speed" in base:
        return base["distance"], base["distance"] / base["speed"]
    if "distance" in base and "time" in base:
        return base["distance"], base["time"]
    return base["speed"] * base["time"], base["time"]


def _factor(g: Given) -> Fraction:
    measure = g.quantity.measure
    assert measure is not None
    return measure.factor


def _speed_unit(tokens: list[Token], question: int, givens: list[Given]) -> Measure:
    """The speed unit the question names ('in km/h', 'in mph'), else the speeds' own, else the distance per hour."""
    for i in range(question, len(tokens) - 1):
        if tokens[i].kind != "word":
            continue
        found = lookup(tokens[i].word, short=True)
        if found is not None and found.per is not None and found.dimension == "length":
            return found
        after = tokens[i + 1].text.lower()
        if found is not None and found.dimension == "length" and after in ("/", "per") and i + 2 < len(tokens):
            per = lookup(tokens[i + 2].word, short=True) if tokens[i + 2].kind == "word" else None
            if per is not None and per.dimension == "time" and per.per is None:
                return rate(found, per)
    speeds = {g.quantity.measure for g in givens if _kind(g) == "speed"}
    if len(speeds) == 1:
        speed = speeds.pop()
        assert speed is not None
        return speed
    return rate(_length_unit(givens), known("hour"))


def _length_unit(givens: list[Given]) -> Measure:
    """The distances' one unit, else the speeds' ('50 mph' is in miles), else kilometres."""
    for kind in ("distance", "speed"):
        names = {m.name for g in givens if _kind(g) == kind and (m := g.quantity.measure) is not None}
        found = lookup(names.pop(), short=False) if len(names) == 1 else None
        if found is not None and found.dimension == "length" and found.per is None:
            return found
    return known("kilometer")


def _in(metres: Fraction, unit: Measure) -> str:
    value = metres / unit.factor
    return f"{numbers.format_number(value)} {unit.label(value)}"


def _hours(seconds: Fraction) -> str:
    return numbers.format_number(seconds / 3600)
