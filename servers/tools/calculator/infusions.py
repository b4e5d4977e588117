"""The drip rate of an infusion: 'Need to infuse 500 mL over 4 hours using a giving set that delivers 20 drops per mL.
What's the drip rate in drops per minute?' → 500 mL × 20 drops/mL ÷ 240 min ≈ 41.67 drops per minute.

Three amounts: the volume to give ('500 mL', '1 litre'), the time to give it over ('over 4 hours', '1 hour 30
minutes'), and the giving set's drop factor ('20 drops per mL', '15 drops/mL', 'a drop factor of 20'). The question
asks for drops per minute (or per hour). Any other number, a second volume or drop factor, or a word that changes
what is left to give ('already', 'remaining') declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import Measure, convert, known, lookup, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_DROPS = frozenset({"drop", "drops", "gtt", "gtts"})
_PER = frozenset({"per", "a", "an", "each", "every"})
_FACTOR_WORDS = (("drop", "factor", "of"), ("drop", "factor", "is"), ("drop", "factor"), ("drip", "factor", "of"),
                 ("drip", "factor"))  # fmt: skip
_SPOILERS = frozenset(
    "already remaining left so far more less extra plus minus after then instead double half twice percent".split()
)


def solve_infusion(tokens: list[Token], start: int) -> Solution | None:
    """Drops per minute (or hour) for a volume over a time with a giving set's drop factor; None when not that."""
    asked = _asked_rate(tokens, start)
    if asked is None:
        return None
    counted, per = asked
    if any(t.word in _SPOILERS for t in tokens[start:]) or any(t.text == "%" for t in tokens[start:]):
        return None
    read = _read(tokens, start)
    if read is None:
        return None
    volume, minutes, factors = read
    if volume <= 0 or minutes <= 0 or len(factors) != (1 if counted is None else 0):
        return None
    if counted is not None:
        return _flow(volume, minutes, counted, per)
    factor = factors[0]
    if factor <= 0:
        return None
    drops = numbers.checked(volume * factor)
    in_per = Fraction(convert(minutes, known("minute"), per))
    value = numbers.checked(drops / in_per)
    unit = per.name
    label = f"drops per {unit}"
    v, f, t = (numbers.format_number(x) for x in (volume, factor, in_per))
    working = f"{v} mL × {f} drops/mL ÷ {t} {unit}s"
    total = numbers.format_number(drops)
    shown = numbers.format_number(value)
    steps = [f"{v} mL × {f} drops per mL = {total} drops", f"{total} drops ÷ {t} {unit}s = {shown} {label}"]
    answer = f"{shown} {label}"
    whole = numbers.round_half_up(value, 0)
    if whole != value:
        answer += f" (about {numbers.format_number(whole)} a {unit})"
    solution = Solution(answer, value, "drip rate", working, steps, label)
    if whole != value:
        solution.exact = str(value) if len(str(value)) <= 40 else None
    return solution


def _asked_rate(tokens: list[Token], start: int) -> tuple[Measure | None, Measure] | None:
    """'drops per minute', 'drops/min', 'gtt/min', 'mL per hour', 'ml/h' asked: what is counted (None for drops,
    or the unit of volume) and the time the rate is per."""
    for i in range(start, len(tokens) - 2):
        if (tokens[i].word in _DROPS or _volume(tokens[i]) is not None) and _per_at(tokens[i + 1]):
            if tokens[i - 1].kind == "number" and i > start:
                continue  # '20 drops per mL' is given, not asked
            unit = _time(tokens[i + 2])
            if unit is not None and unit.name in ("minute", "hour"):
                return (None if tokens[i].word in _DROPS else _volume(tokens[i])), unit
    return None


def _flow(volume: Fraction, minutes: Fraction, unit: Measure, per: Measure) -> Solution:
    """'500 mL over 4 hours ... in mL per hour': the volume over the time."""
    amount = Fraction(convert(volume, known("milliliter"), unit))
    time = Fraction(convert(minutes, known("minute"), per))
    value = numbers.checked(amount / time)
    label = f"{unit.symbol or unit.name + 's'} per {per.name}"
    a, t = numbers.format_number(amount), numbers.format_number(time)
    working = f"{a} {unit.symbol or unit.name + 's'} ÷ {t} {per.name}s"
    steps = [f"{working} = {numbers.format_number(value)} {label}"]
    return Solution(f"{numbers.format_number(value)} {label}", value, "flow rate", working, steps, label)


def _read(tokens: list[Token], start: int) -> tuple[Fraction, Fraction, list[Fraction]] | None:
    """The volume in mL, the time in minutes and the drops per mL said; None when a number is anything else."""
    volumes: list[Fraction] = []
    minutes: list[Fraction] = []
    factors: list[Fraction] = []
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.kind in ("currency", "date", "clock", "ordinal"):
            return None
        if token.kind != "number":
            i += 1
            continue
        value = Fraction(token.value)
        after = tokens[i + 1]
        volume = _volume(after)
        time = _time(after)
        if _factor_before(tokens, i):
            factors.append(value)
            i += 2 if after.word in _DROPS else 1
        elif after.word in _DROPS and _per_at(tokens[i + 2]):
            unit = _volume(tokens[i + 3])
            if unit is None:
                return None
            factors.append(value / Fraction(convert(1, unit, known("milliliter"))))  # '20 drops per mL'
            i += 4
        elif volume is not None:
            if _per_at(tokens[i + 2]):
                return None  # '125 mL per hour' is a rate already given
            volumes.append(Fraction(convert(value, volume, known("milliliter"))))
            i += 2
        elif time is not None:
            if not minutes or tokens[i - 1].kind != "word" or lookup(tokens[i - 1].text) is None:
                minutes.append(Fraction(0))  # a new time, unless it follows another ('1 hour 30 minutes')
            minutes[-1] += Fraction(convert(value, time, known("minute")))
            i += 2
        else:
            return None
    if len(volumes) != 1 or len(minutes) != 1 or len(factors) > 1:
        return None
    return volumes[0], minutes[0], factors


def _per_at(token: Token) -> bool:
    return token.word in _PER or token.text == "/"


def _factor_before(tokens: list[Token], i: int) -> bool:
    """'a drop factor of 20', 'drop factor 15': the number is the drops per mL."""
    for phrase in _FACTOR_WORDS:
        width = len(phrase)
        if i >= width and all(tokens[i - width + k].word == w for k, w in enumerate(phrase)):
            return True
    return False


def _volume(token: Token) -> Measure | None:
    measure = lookup(token.text) if token.kind == "word" else None
    return measure if measure is not None and measure.dimension == "volume" and measure.per is None else None


def _time(token: Token) -> Measure | None:
    measure = lookup(singular(token.word) if token.word else token.text) if token.kind == "word" else None
    return measure if measure is not None and measure.dimension == "time" and measure.per is None else None
