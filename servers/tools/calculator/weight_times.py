"""A cooking time set by weight, with a fixed time on top: 'Roasting a 1.8 kg chicken. The rule is 20 minutes per 500
g plus an extra 20 minutes. How long in total?' → 1.8 kg ÷ 500 g = 3.6 × 20 min = 72 min; + 20 min = 92 min (1 h
32 min).

The request gives one weight of the thing cooked ('a 1.8 kg chicken', '4 lb of pork'), one time per an amount of
weight ('20 minutes per 500 g', '25 min per lb', '40 minutes a kilo') and perhaps one fixed time added ('plus an
extra 20 minutes', '+ 20 min'), and no other number. The time per weight is taken in proportion (3.6 lots of 500 g
is 3.6 × 20 minutes), as the rule is meant; a rule said 'or part thereof', or resting, a break or another step
declines. The question asks how long ('how long', 'total time', 'how many minutes').
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_TIMES = {"minute": 1, "minutes": 1, "min": 1, "mins": 1, "hour": 60, "hours": 60, "hr": 60, "hrs": 60}
_PER = (("per",), ("a",), ("an",), ("for", "every"), ("for", "each"), ("every",), ("each",))
_PLUS = frozenset("plus + and".split())
_SPOILERS = frozenset("part thereof rest resting rests break breaks then minus less before after".split())


def solve_weight_time(tokens: list[Token], start: int) -> Solution | None:
    """The time for a weight at a time per weight, plus a fixed time; None unless the request is exactly that."""
    weight: Fraction | None = None
    weight_text = per_text = ""
    rate: tuple[Fraction, Fraction] | None = None  # minutes, per kilograms
    extra: Fraction | None = None
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.word in _SPOILERS:
            return None
        if token.kind != "number":
            if token.kind in ("clock", "date", "ordinal", "currency") or token.text == "%":
                return None
            i += 1
            continue
        mass = _mass(tokens, i)
        if mass is not None:
            if weight is not None:
                return None
            weight, weight_text, i = mass[0], f"{tokens[i].text} {tokens[i + 1].text}", i + 2
            continue
        minutes = _TIMES.get(tokens[i + 1].word)
        if minutes is None:
            return None
        time = Fraction(token.value) * minutes
        per = _per_weight(tokens, i + 2)
        if per is not None:
            if rate is not None:
                return None
            rate, per_text, i = (time, per[0]), per[2], per[1]
            continue
        if extra is not None or not _added(tokens, i):
            return None
        extra, i = time, i + 2
    if weight is None or rate is None or weight <= 0 or rate[1] <= 0:
        return None
    asked = question_words(tokens, start)
    if not ("long" in asked or "time" in asked or {"many", "minutes"} <= set(asked) or "hours" in asked):
        return None
    lots = weight / rate[1]
    cooking = lots * rate[0]
    total = cooking + (extra or 0)
    n = numbers.format_number
    steps = [f"{weight_text} ÷ {per_text} = {n(lots)}; {n(lots)} × {n(rate[0])} min = {n(cooking)} min"]
    if extra is not None:
        steps.append(f"{n(cooking)} min + {n(extra)} min = {n(total)} min")
    whole = int(numbers.round_half_up(total, 0))
    answer = f"{n(numbers.round_half_up(total, 2))} minutes ({whole // 60} h {whole % 60} min)"
    solution = Solution(answer, total, "cooking time by weight", steps[-1].split(" = ")[0], steps, unit="minutes")
    solution.notes.append("the time per weight is taken in proportion to the weight")
    return solution


def _mass(tokens: list[Token], i: int) -> tuple[Fraction, int] | None:
    """A weight at ``i`` ('1.8 kg', '4 lb') in kilograms, unless it is the amount a time is per."""
    if tokens[i - 1].word in ("per", "every", "each"):
        return None
    measure = lookup(tokens[i + 1].text) if tokens[i + 1].kind == "word" else None
    if measure is None or measure.dimension != "mass" or measure.per is not None:
        return None
    return Fraction(tokens[i].value) * measure.factor, i + 2


def _per_weight(tokens: list[Token], i: int) -> tuple[Fraction, int, str] | None:
    """'per 500 g', 'a kilo', 'for every pound' at ``i``: the weight in kilograms and the index after."""
    for phrase in _PER:
        width = len(phrase)
        if tuple(t.word for t in tokens[i : i + width]) != phrase:
            continue
        j = i + width
        amount, said = Fraction(1), "1"
        if tokens[j].kind == "number":
            amount, said, j = Fraction(tokens[j].value), tokens[j].text, j + 1
        measure = lookup(tokens[j].text) if tokens[j].kind == "word" else None
        if measure is not None and measure.dimension == "mass" and measure.per is None:
            return amount * measure.factor, j + 1, f"{said} {tokens[j].text}"
    return None


def _added(tokens: list[Token], i: int) -> bool:
    """'plus an extra 20 minutes', '+ 20 min', 'and another 15 minutes': a time said to be added."""
    before = [t.word or t.text for t in tokens[max(0, i - 3) : i]]
    return bool(set(before) & _PLUS) or "extra" in before or "additional" in before or "another" in before
