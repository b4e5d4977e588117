"""Distance to a vehicle's next service: 'Service is every 15,000 km. Bus 6 is on 187,400 km. How many km until its
next service?' → services fall at 15,000, 30,000, ... km, the next after 187,400 at 195,000; 195,000 − 187,400 =
7,600 km.

The request gives the interval ('every 15,000 km', 'every 10,000 miles'), the reading now ('is on 187,400 km', 'has
done 52,300 miles', 'the odometer reads ...') and perhaps the reading at the last service ('last serviced at
180,000 km'); all in one unit. With a last service the next is one interval after it; without one, services fall
at whole multiples of the interval, as a schedule counts them (said in the answer). The question asks how far to
the next service ('how many km until', 'how far to the next service') or at what reading it falls ('at what
mileage is the next service'). A reading past the service due (overdue), one exactly on a multiple (due now), a
name's number other than a vehicle's ('Bus 6', 'van #3') or any other number declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_UNITS = {"km": "km", "kms": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
          "miles": "miles", "mile": "miles", "mi": "miles"}  # fmt: skip
_NOW = frozenset("on at reads read reading shows showing done has covered odometer clock mileage now currently".split())
_LAST = frozenset("last previous previously".split())
_SERVICE = frozenset("service services serviced servicing inspection inspections mot check-up".split())
_VEHICLES = frozenset("bus van car truck lorry taxi cab vehicle unit fleet coach tractor bike".split())


def solve_service_interval(tokens: list[Token], start: int) -> Solution | None:
    """The distance to the next service, or its reading; None unless the request is exactly that."""
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    if not words & _SERVICE:
        return None
    interval = now = last = None
    unit = ""
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.kind == "number":
            said = _UNITS.get(tokens[i + 1].word)
            before = {t.word for t in tokens[max(start, i - 4) : i] if t.kind == "word"}
            if said is None:
                if tokens[i - 1].word in _VEHICLES or tokens[i - 1].text == "#":
                    i += 1  # 'Bus 6': the vehicle's name
                    continue
                return None
            if unit and said != unit:
                return None
            unit = said
            value = Fraction(token.value)
            if (tokens[i - 1].word == "every" or before & {"interval", "intervals"}) and interval is None:
                interval = value
            elif before & _LAST and last is None:
                last = value
            elif before & _NOW and now is None:
                now = value
            else:
                return None
            i += 2
            continue
        if token.kind in ("clock", "date", "ordinal", "currency") or token.text == "%":
            return None
        i += 1
    if interval is None or now is None or interval <= 0:
        return None
    ask = question_start(tokens, start)
    asked = [t.word for t in tokens[ask:] if t.kind == "word"]
    if "next" not in asked or not set(asked) & _SERVICE:
        return None
    if "when" in asked:
        return None  # a date or a day, which the distances alone cannot tell
    reading = any(w in asked for w in ("mileage", "reading", "odometer")) and "until" not in asked
    if not reading and not set(asked) & (set(_UNITS) | {"far", "further", "farther", "distance"}):
        return None  # 'how many days until': a time, not a distance
    n = _n
    notes: list[str] = []
    if last is not None:
        due = last + interval
        steps = [f"last service at {n(last)} {unit} + {n(interval)} {unit} = {n(due)} {unit}"]
    else:
        if now % interval == 0:
            return None  # on a multiple: due now, or just done
        due = (now // interval + 1) * interval
        steps = [f"services fall every {n(interval)} {unit}; the next after {n(now)} {unit} is at {n(due)} {unit}"]
        notes.append(
            f"services are taken to fall at whole multiples of {n(interval)} {unit}, as no last service is said"
        )
    if due <= now:
        return None  # overdue: no distance is left to go
    if reading:
        return Solution(f"at {n(due)} {unit}", due, "next service", f"{n(due)}", steps, unit=unit)
    steps.append(f"{n(due)} − {n(now)} = {n(due - now)} {unit}")
    solution = Solution(f"{n(due - now)} {unit}", due - now, "distance to next service", f"{n(due)} - {n(now)}",
                        steps, unit=unit)  # fmt: skip
    solution.notes.extend(notes)
    return solution


def _n(value: Fraction) -> str:
    return f"{int(value):,}" if value.denominator == 1 else numbers.format_number(value)
