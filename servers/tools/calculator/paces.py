"""How long a distance takes at a running or walking pace: 'If I run at a pace of 5 minutes 30 seconds per km, how
many minutes will a 10 km race take?' → 5.5 minutes per km × 10 km = 55 minutes.

A pace is a time per a unit of distance, said as a rate ('6 minutes per km', '9 min/mile') or as a time in two
units with the distance after it ('5 minutes 30 seconds per km', '4 min 45 s a kilometre'), which the units reader
does not join into one rate. The request holds exactly the pace and one distance, and asks how long ('how long',
'how many minutes', 'finishing time', 'take'). The time is given in the unit asked, else in the pace's own unit
with hours and minutes beside it. A second distance, a rest or any other number declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Measure, Quantity, lookup, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_PER = frozenset({"per", "a", "an", "every", "/", "each"})
_ASKS_TIME = ("how long", "finishing time", "finish time", "what time", "race time", "total time", "how many minutes",
              "how many hours", "how many seconds", "how much time")  # fmt: skip
_SPOILERS = frozenset("rest rests break breaks stop stops faster slower speed mph kph average than".split())


def solve_pace(tokens: list[Token], start: int) -> Solution | None:
    """The time a distance takes at a pace; None unless the request is exactly that."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if _SPOILERS & set(words):
        return None
    givens = givens_or_none(tokens, start, 2)
    if givens is None:
        return None
    paces = [p for g in givens if (p := _pace(tokens, g)) is not None]
    distances = [g for g in givens if _length(g.quantity.measure)]
    if len(paces) != 1 or len(distances) != 1:
        return None
    question = question_words(tokens, start)
    joined = " ".join(question)
    if not any(p in joined for p in _ASKS_TIME):
        return None
    pace, per = paces[0]
    distance = distances[0].quantity
    assert pace.measure is not None and distance.measure is not None
    in_per = Fraction(numbers.checked(Fraction(distance.value) * distance.measure.factor / per.factor))
    time = Fraction(numbers.checked(Fraction(pace.value) * in_per))
    asked = _asked_unit(question) or pace.measure
    value = Fraction(numbers.checked(time * pace.measure.factor / asked.factor))
    result = Quantity(value, asked)
    steps: list[str] = []
    if distance.measure.name != per.name:
        steps.append(f"{show(distance, exact=True)} = {show(Quantity(in_per, per), exact=True)}")
    steps.append(
        f"{show(pace, exact=True)} per {per.name} × {show(Quantity(in_per, per), exact=True)} = "
        f"{show(Quantity(time, pace.measure), exact=True)}"
    )
    if asked.name != pace.measure.name:
        steps.append(f"{show(Quantity(time, pace.measure), exact=True)} = {show(result, exact=True)}")
    expression = f"{show(pace)} per {per.name} * {show(Quantity(in_per, per))}"
    solution = answer_for(result, "time at a pace", expression, steps)
    minutes = value * asked.factor / 60
    if asked.name == "minute" and minutes >= 60:
        whole = int(numbers.round_half_up(minutes, 0))
        solution.answer += f" ({whole // 60} h {whole % 60} min)"
    return solution


def _length(measure: Measure | None) -> bool:
    return measure is not None and measure.dimension == "length" and measure.per is None


def _pace(tokens: list[Token], g: Given) -> tuple[Quantity, Measure] | None:
    """'6 minutes per km' (a rate), or '5 minutes 30 seconds per km' (a time, then 'per' and the distance unit)."""
    q = g.quantity
    m = q.measure
    if m is None or m.dimension != "time":
        return None
    if m.per is not None:
        if m.per.dimension != "length":
            return None
        top = Measure(m.name, m.dimension, m.factor * m.per.factor, m.symbol)
        return Quantity(q.value, top), m.per
    if tokens[g.end].word not in _PER and tokens[g.end].text not in _PER or tokens[g.end + 1].kind != "word":
        return None
    per = lookup(tokens[g.end + 1].word, short=True)
    if per is None or per.dimension != "length" or per.per is not None:
        return None
    return q, per


def _asked_unit(question: list[str]) -> Measure | None:
    for k in range(len(question) - 2):
        if question[k : k + 2] == ["how", "many"]:
            found = lookup(question[k + 2], short=False)
            if found is not None and found.dimension == "time":
                return found
    return None
