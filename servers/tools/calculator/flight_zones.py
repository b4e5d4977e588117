"""How long a flight takes when it lands in another time zone: 'Flight leaves at 22:40 and lands at 07:15 local
time the next day. Destination is 3 hours ahead of home. How long is the flight in minutes?' → 8 h 35 min on the
clocks, less the 3 hours the clocks jump: 335 minutes.

Two clock times (24-hour, or with am or pm), the departure first and the landing in local time second, and one
difference between the zones said of the destination ('the destination is 3 hours ahead', '2 hours behind home').
The landing is on the next day when it says so or when its clock time is earlier. The question asks how long. A
delay, a stop, a wait, a zone by name or offset, or a difference not said of the destination declines, and so does
a flight the numbers would make no time or more than a day.
"""

from __future__ import annotations

from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.timespans import clock_at
from servers.tools.calculator.tokens import Token

_WORDS = frozenset(
    "flight plane it we i my our the a leaves leave left departs depart departed takes off take lands land landed "
    "arrives arrive arrived gets get in at and local time next day following morning evening destination is "
    "was there ahead behind of home here how long many minutes hours hour hrs will be does it's that in flying "
    "air total".split()
)
_NEXT = frozenset("next following".split())


def solve_flight_zones(tokens: list[Token], start: int) -> Solution | None:
    """The time in the air from a departure and a landing in local time; None unless the request is exactly that."""
    times: list[int] = []
    shift: int | None = None
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.kind == "clock":
            found = clock_at(tokens, i)
            if found is None or found[1] is None and not _twenty_four(token):
                return None
            times.append(found[0])
            i = found[2]
            continue
        if token.kind == "number":
            if shift is not None or tokens[i + 1].word not in ("hours", "hour", "hrs"):
                return None
            side = tokens[i + 2].word
            if side not in ("ahead", "behind") or "destination" not in {t.word for t in tokens[max(start, i - 4) : i]}:
                return None  # a difference said of the destination, ahead of or behind where the flight left
            shift = int(token.value * 60) * (1 if side == "ahead" else -1)
            i += 3
            continue
        if token.kind == "word" and token.word not in _WORDS:
            return None
        if token.kind not in ("word", "symbol"):
            return None
        i += 1
    asked = question_words(tokens, start)
    if len(times) != 2 or shift is None or "how" not in asked or not {"long", "many"} & set(asked):
        return None
    departs, lands = times
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    on_clocks = lands - departs + (24 * 60 if lands <= departs or words & _NEXT else 0)
    minutes = on_clocks - shift
    if not 0 < minutes < 24 * 60:
        return None
    hours, rest = divmod(minutes, 60)
    side, sign = ("ahead", "−") if shift > 0 else ("behind", "+")
    steps = [
        f"on the clocks: {_clock(departs)} to {_clock(lands)} is {on_clocks} minutes",
        f"the destination is {abs(shift)} minutes {side}: {on_clocks} {sign} {abs(shift)} = {minutes} minutes",
    ]
    in_minutes = "minutes" in asked
    answer = f"{minutes} minutes" if in_minutes else f"{hours} h {rest} min"
    result = minutes if in_minutes else minutes / 60
    solution = Solution(answer, result, "flight across time zones", f"{on_clocks} - ({shift})", steps)
    solution.notes.append("the landing time is local; the time difference is taken off (or added back)")
    return solution


def _twenty_four(token: Token) -> bool:
    return token.kind == "clock" and (token.text.startswith("0") or token.value[0] >= 13)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
