"""Hours worked: a shift between two clock times less an unpaid break ('My shift is 7:15am to 3:45pm with a 30
minute unpaid break. How many paid hours is that?' → 8 h).

A break is taken off when the request says it is unpaid, or when the span is said as worked ('I worked 7:50am to
4:20pm with a 30 min lunch break, how many hours is that' → 8 h): a break is not work. A shift or pay ('how many
paid hours', 'my shift is 9 to 5:30 with a 45 minute break, how many hours did I work') with a break whose pay is
not said is declined: a paid break is part of the shift. One shift, one break;
any other word must be one of the span's, the break's or the question's, or an inert word of the story
(``inert``): 'except Sundays', 'twice a week' or a second break decline.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.clock_stories import DECLINE, clock_story, quantity_at
from servers.tools.calculator.quantities import known, lookup
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.timespans import clock_at, clock_span
from servers.tools.calculator.tokens import Token

_BREAKS = frozenset("break breaks lunch lunchbreak dinner".split())
_UNPAID = frozenset({"unpaid"})
_WORDS = frozenset(
    "from to until till through and with a an of my shift shifts is was runs run i work worked working do did get "
    "paid for how many hours hour in total that's thats it what's whats long am pm minus less take takes took "
    "break lunch unpaid minute minutes min mins hr hrs half she he they you her his their had have has "
    "breaks dinner started starts start finished finishes finish packed up clocked knocked we actually at clock "
    "between are".split()
)
"""The span's, the break's and the question's words; any other word must be inert."""
_JOINS = frozenset({"to", "until", "till", "through", "-"})


def solve_paid_hours(tokens: list[Token], start: int) -> Solution | None:
    """The hours of a shift less its unpaid break, or None when the request is not one shift and one such break."""
    if not any(t.word in _BREAKS for t in tokens[start:]):
        return None
    breaks: list[Fraction] = []
    unpaid = False

    def take(i: int) -> int | None:
        nonlocal unpaid
        counted = _counted(tokens, i)
        if counted is not None:
            breaks.append(counted)  # 'two 20-minute breaks': both are taken off
            return i + 4
        if tokens[i].word == "off" and tokens[i - 1].word in ("knocked", "clocked", "signed", "logged", "clock"):
            return i + 1  # 'we knocked off at 16:30': the end of the day, nothing taken off
        if tokens[i].word == "per" and tokens[i + 1].word in _EACH_OF:
            return i + 2  # 'how many working hours is that per person': everyone works the one shift
        hyphened = _hyphened(tokens, i)
        if hyphened is not None:
            breaks.append(hyphened)  # 'a 45-minute lunch break'
            return i + 3
        if tokens[i].kind == "number":
            read = quantity_at(tokens, i)
            if read is None:
                return DECLINE
            q, after = read
            if q.measure is None or q.measure.dimension != "time" or q.measure.per is not None:
                return DECLINE
            breaks.append(Fraction(q.value) * q.measure.factor / 3600)
            return after
        if tokens[i].word == "half" and tokens[i + 1].word == "hour":
            breaks.append(Fraction(1, 2))  # 'an unpaid half hour break'
            return i + 2
        unpaid = unpaid or tokens[i].word in _UNPAID
        return None

    if _asks_money(tokens, start):
        return None  # 'how much do I get paid': pay, which no rate here gives
    clocks = clock_story(tokens, start, _WORDS, take)
    if clocks is None:
        return None
    if len(clocks) != 2 or len(breaks) != 1 or _said_paid(tokens, start):
        return None
    if not (unpaid or _worked(tokens, start)):
        return None  # 'how many paid hours ... with a 45 minute break': whether it is paid is not said
    span = clock_span(clocks[0], clocks[1], "hour")
    if not isinstance(span.result, Fraction | int):
        return None
    hours = Fraction(span.result) - sum(breaks, Fraction(0))
    if hours <= 0:
        return None
    value = numbers.checked(hours)
    whole, rest = divmod(int(numbers.round_half_up(value * 60, 0)), 60)
    label = known("hour").label(value)
    shown_break = numbers.format_number(sum(breaks, Fraction(0)) * 60)
    kind = "unpaid" if unpaid else "unworked"
    # the span as hours and minutes ('8 h 30 min'): '8.5 hours' in the working reads as though it were the answer
    span_shown = span.answer.split(" (")[1].rstrip(")") if " (" in span.answer else span.answer
    steps = [*span.steps, f"less the {kind} {shown_break}-minute break: {span_shown} − "
             f"{shown_break} min = {numbers.format_number(value)} {label}"]  # fmt: skip
    if _asks_minutes(tokens, start):  # 'how many minutes did I actually spend working?': the same time, in minutes
        value, label = numbers.checked(hours * 60), known("minute").label(hours * 60)
        steps.append(f"{span_shown} − {shown_break} min = {numbers.format_number(value)} {label}")
    solution = Solution(f"{numbers.format_number(value)} {label} ({whole} h {rest} min)", value,
                        "hours paid" if unpaid else "hours worked", f"{span.expression} - {shown_break} min", steps,
                        label)  # fmt: skip
    solution.notes = list(span.notes)
    if not unpaid:
        solution.notes.append("the break is not time worked, so it is taken off")
    return solution


_TIMES = frozenset("hours hour hrs hr h time long minutes mins min".split())
_EARNED = frozenset("much earn earns earned earnings wage wages salary pay money".split())


def _asks_minutes(tokens: list[Token], start: int) -> bool:
    """'How many minutes did I work?': the question names minutes and not hours."""
    asked = set(question_words(tokens, start))
    return bool(asked & _MINUTES) and not asked & _HOURS


_MINUTES = frozenset("minutes mins min".split())
_HOURS = frozenset("hours hour hrs hr h".split())


def _asks_money(tokens: list[Token], start: int) -> bool:
    """'how much do I get paid', 'what do I earn for it': the question (or its lead-in) asks for money or an
    amount, not the hours — so it is not answered with hours."""
    asked = set(question_words(tokens, start)) | {t.word for t in tokens[:start] if t.kind == "word"}
    return bool(asked & _EARNED) and not asked & _TIMES


def _asked(tokens: list[Token], start: int, i: int) -> bool:
    """Whether 'paid' or 'worked' at ``i`` is in the question ('how many paid hours', 'hours worked'), after a
    question word in its sentence."""
    for k in range(i - 1, start - 1, -1):
        if tokens[k].text in (".", "!", ";"):
            return False
        if tokens[k].word in ("how", "what", "what's", "whats"):
            return True
    return False


_WORKING = frozenset("work worked working works".split())
_TOLD_DAY = frozenset("started finished packed clocked knocked".split())
"""The day told as it went ('started at 8:15 ... packed up at 16:50'), not a span rostered or opened."""


def _worked(tokens: list[Token], start: int) -> bool:
    """'I worked 7:50am to 4:20pm with a 30 min lunch break', 'Worked 10:15 to 18:45 with a 45-minute break': the
    span is said as the time worked, and a break is not work whether it is paid or not. A shift ('my shift is 9 to
    5:30 with a 45 minute break') is the time rostered, which a paid break is part of; pay talked about is the same."""
    words = {t.word for t in tokens[start:]}
    if words & {"paid", "pay"}:
        return False
    rostered = bool(words & {"shift", "shifts"})  # 'my shift is 9 to 5:30 ... how many hours did I work': paid?
    asked = [k for k in range(start, len(tokens)) if _asked(tokens, start, k)]
    said = {tokens[k].word for k in asked}
    if any(tokens[k].word == "working" and tokens[k + 1].word in ("hours", "time") for k in asked):
        return True  # 'how many working hours is that per person': the time at work, without its breaks
    if said & _WORKING and ("actually" in said or words & _TOLD_DAY and not rostered):
        return True  # 'started at 8:15 ... packed up at 16:50. How long did I (actually) work': not the break
    if rostered:
        return False
    first_clock = next((k for k in range(start, len(tokens)) if tokens[k].kind == "clock" or clock_at(tokens, k)), 0)
    return any(t.word in _WORKING for t in tokens[start:first_clock])


def _said_paid(tokens: list[Token], start: int) -> bool:
    """'a paid 30 minute break', 'the break is paid': 'paid' outside the question — the break counts, so nothing
    is taken off."""
    return any(tokens[k].word == "paid" and not _asked(tokens, start, k) for k in range(start, len(tokens)))


_EACH_OF = frozenset("person head worker employee member".split())
_MOST_BREAKS = 6


def _counted(tokens: list[Token], i: int) -> Fraction | None:
    """'two 20-minute breaks': a small count of breaks of one length, in hours; None when not one."""
    count = tokens[i].value
    if tokens[i].kind != "number" or count is None or count != int(count) or not 1 < count <= _MOST_BREAKS:
        return None
    length = _hyphened(tokens, i + 1)
    if length is None or tokens[i + 4].word not in _BREAKS:
        return None
    return int(count) * length


def _hyphened(tokens: list[Token], i: int) -> Fraction | None:
    """'45-minute', '1-hour': a length of time said as one hyphened word, in hours; None when not one."""
    if tokens[i].kind != "number" or tokens[i + 1].text != "-" or tokens[i + 2].kind != "word":
        return None
    unit = lookup(tokens[i + 2].word, short=True)
    if unit is None or unit.dimension != "time" or unit.per is not None or unit.factor > 3600:
        return None
    return Fraction(tokens[i].value) * unit.factor / 3600
