"""Rates in word problems: distance, time and speed (any two give the third), and unit prices.

Speeds are reported per hour (per second for distances in metres and smaller units), durations in hours and
minutes, and a unit price per the unit the request asks for ("per pound", "per egg", "each").
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.conversions import target_unit, wanted_unit
from servers.tools.calculator.frames import Frame, Slot, has_word, names_unit_of
from servers.tools.calculator.grammar import NotUnderstood, Parser
from servers.tools.calculator.numbers import Real
from servers.tools.calculator.quantities import (
    Measure,
    Quantity,
    convert,
    divide,
    known,
    lookup,
    rate,
    show,
)
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_MOVES = "drove drive drives ran run runs walked walk walks cycled cycle biked rode ride rides flew fly flies swam " \
    "swim swims travelled traveled travels travel covers covered cover went go goes hiked hike sailed sail jogged " \
    "jog jogs"  # fmt: skip
_PACE_UNITS = {"kilometer": ("km", "kilometer", "kilometre"), "mile": ("mile", "mi")}
_MOTION = Frame(
    slots=(
        Slot("distance", "length", (*_MOVES.split(), "a distance of", "distance of", "of")),
        Slot("time", "duration", ("in", "over", "taking", "took", "takes", "in a time of", "for")),
        Slot("speed", "speed", ("at", "averaging", "at an average of", "at a speed of", "at an average speed of",
                                "going", "doing")),
    ),
    fillers=frozenset(
        f"i we you he she it they a an the car train bus bike plane runner cyclist what was is my our their his her "
        f"average speed how fast far long does did do will would take to if and can could get there be travelling "
        f"traveling going driving running cycling walking flying find in velocity constant steady trip journey "
        f"at of flight ride journey we're i'm have left until till arrive arrival get there {_MOVES}".split()
    ),
    options={"pace": "pace", "what pace": "pace", "my pace": "pace"} | {
        f"{lead}pace {per} {unit}": f"pace per {name}"
        for lead in ("", "my ", "what ") for per in ("per", "a", "/")
        for name, spellings in _PACE_UNITS.items() for unit in spellings
    },
)  # fmt: skip
_SHORT_DISTANCES = frozenset({"meter", "centimeter", "millimeter", "foot", "inch", "yard"})


def solve_motion(tokens: list[Token], start: int) -> Solution | None:
    """Speed from distance and time, time from distance and speed, or distance from speed and time; in the unit
    the request ends with when it names one ('how fast is that in km/h')."""
    for wanted in (wanted_unit(tokens, start), _how_many(tokens, start)):
        if wanted is not None:
            try:
                return _motion(wanted[0], start, wanted[1])
            except NotUnderstood:
                pass
    return _motion(tokens, start, None)


def _how_many(tokens: list[Token], start: int) -> tuple[list[Token], Measure] | None:
    """'how many km', 'how many hours' inside the request: the request without it, and the unit it asks for."""
    for k in range(start, len(tokens) - 2):
        if tokens[k].word == "how" and tokens[k + 1].word == "many":
            parser = Parser(tokens, k + 2, relations=False)
            try:
                measure = target_unit(parser)
            except NotUnderstood:
                return None
            return None if measure is None else ([*tokens[:k], *tokens[parser.i :]], measure)
    return None


def _motion(tokens: list[Token], start: int, target: Measure | None) -> Solution | None:
    triggered = has_word(tokens, start, "speed", "fast", "pace", "far", "velocity", "how long")
    if not triggered and not names_unit_of(tokens, start, "length"):  # no speed can be given: not motion
        return None
    try:
        reading = _MOTION.read(tokens, start)
    except NotUnderstood:
        if triggered:
            raise
        return None
    values = reading.values
    if len(values) < 2 or not (triggered or "speed" in values):
        if triggered:
            raise NotUnderstood(start, "two of a distance, a time and a speed")
        return None
    if len(values) == 3:
        raise ToolInputError("the distance, time and speed are all given, so there is nothing left to work out")
    if "speed" in values and _asks_speed(tokens, start):
        raise NotUnderstood(start, "a distance and a time for the speed asked")  # '5 km at 4 km/h and then ...'
    if "speed" not in values:
        if target is not None and "pace" in reading.options and _speed_unit(target):
            return _speed(values["distance"], values["time"], pace=None, target=target)  # 'my pace in mph': a speed
        if target is not None and "pace" in reading.options:
            raise NotUnderstood(start, "a pace without a unit after it")
        paces = [o.removeprefix("pace per ") for o in reading.options if o.startswith("pace")]
        if len(paces) > 1:
            raise ToolInputError("the request asks for the pace in two different ways")
        return _speed(values["distance"], values["time"], pace=paces[0] if paces else None, target=target)
    if "time" not in values:
        return _time(values["distance"], values["speed"], target)
    return _distance(values["speed"], values["time"], target)


def _speed_unit(measure: Measure) -> bool:
    """A unit of speed ('mph', 'km/h'): a pace asked in one is said loosely for the speed, the only thing it can be."""
    return measure.dimension == "length" and measure.per is not None and measure.per.dimension == "time"


def _asks_speed(tokens: list[Token], start: int) -> bool:
    """The question sentence asks for a speed ('what was our average speed?'), not a time or distance from one."""
    asked = set(question_words(tokens, start))
    return bool(asked & {"speed", "fast", "velocity"}) and not asked & {"long", "far", "time", "distance", "many"}


def _in_unit(q: Quantity, target: Measure | None, steps: list[str]) -> Quantity:
    """``q`` in the unit the request asked for, with the conversion as a step (a ToolInputError across kinds)."""
    if target is None or q.measure == target:
        return q
    assert q.measure is not None
    converted = Quantity(convert(q.value, q.measure, target), target)
    steps.append(f"{show(q, exact=True)} = {show(converted, exact=True)}")
    return converted


def _speed(distance: Quantity, time: Quantity, *, pace: str | None, target: Measure | None) -> Solution:
    """A speed, or with ``pace`` the minutes per unit of distance ('pace' alone: per the unit given)."""
    assert distance.measure is not None and time.measure is not None
    if time.value <= 0:
        raise ToolInputError("the time must be more than zero")
    if distance.value <= 0:
        raise ToolInputError("the distance must be more than zero")
    if pace is not None and pace != "pace" and pace != distance.measure.name:
        per_unit = known(pace)
        distance = Quantity(convert(distance.value, distance.measure, per_unit), per_unit)
        assert distance.measure is not None
    if pace is not None:
        minutes = convert(time.value, time.measure, known("minute"))
        per = numbers.checked(minutes / distance.value)
        steps = [f"{show(Quantity(minutes, known('minute')), exact=True)} ÷ {show(distance, exact=True)}"
                 f" = {numbers.format_number(per)} minutes per {distance.measure.name}"]  # fmt: skip
        answer = f"{_clock_minutes(per)} per {distance.measure.name}"
        solution = Solution(answer, per, "pace", f"{show(time)} / {show(distance)}", steps,
                            f"minutes per {distance.measure.name}")  # fmt: skip
        return solution
    raw = divide(distance, time)
    per = known("second" if distance.measure.name in _SHORT_DISTANCES else "hour")
    usual = rate(distance.measure, per)
    assert raw.measure is not None  # a distance over a time is a rate
    speed = Quantity(convert(raw.value, raw.measure, usual), usual)
    steps = [f"speed = distance ÷ time = {show(distance, exact=True)} ÷ {show(time, exact=True)}"]
    if time.measure != per:
        steps.append(f"{show(time, exact=True)} = {show(Quantity(convert(time.value, time.measure, per), per))}")
    steps.append(f"= {show(speed, exact=True)}")
    speed = _in_unit(speed, target, steps)
    return answer_for(speed, "average speed", f"{show(distance)} / {show(time)}", steps)


def _time(distance: Quantity, speed: Quantity, target: Measure | None) -> Solution:
    assert distance.measure is not None and speed.measure is not None and speed.measure.per is not None
    if speed.value <= 0:
        raise ToolInputError("the speed must be more than zero")
    hours_per = speed.measure.per
    top = Measure(speed.measure.name, speed.measure.dimension, speed.measure.factor * hours_per.factor)
    amount = convert(distance.value, distance.measure, top)
    took = numbers.checked(amount / speed.value)
    duration = Quantity(took, hours_per)
    steps = [f"time = distance ÷ speed = {show(distance, exact=True)} ÷ {show(speed, exact=True)}"
             f" = {show(duration, exact=True)}"]  # fmt: skip
    duration = _in_unit(duration, target, steps)
    return answer_for(duration, "travel time", f"{show(distance)} / {show(speed)}", steps)


def _distance(speed: Quantity, time: Quantity, target: Measure | None) -> Solution:
    assert speed.measure is not None and speed.measure.per is not None and time.measure is not None
    duration = convert(time.value, time.measure, speed.measure.per)
    top = lookup(speed.measure.name) or Measure(speed.measure.name, speed.measure.dimension)
    distance = Quantity(numbers.checked(speed.value * duration), top)
    steps = [f"distance = speed × time = {show(speed, exact=True)} × {show(time, exact=True)}"
             f" = {show(distance, exact=True)}"]  # fmt: skip
    distance = _in_unit(distance, target, steps)
    return answer_for(distance, "distance", f"{show(speed)} * {show(time)}", steps)


def _clock_minutes(minutes: Real) -> str:
    seconds = int(numbers.round_half_up(Fraction(minutes) * 60, 0))
    return f"{seconds // 60}:{seconds % 60:02d} minutes"
