"""Time between two clock times or two dates, and a clock time or date moved by a duration.

* "how long is it from 9:15 am to 5:40 pm" → 8 h 25 min; an end earlier than the start is taken to be on the
  next day, and said so.
* "how many days between March 3 and July 4, 2025" → 123; a date without a year takes the other's year. With no
  year at all the answer is given only when it is the same in leap and common years; otherwise the year is asked.
* "what time is it 3 hours 20 minutes after 10:50 pm", "what date is 90 days after 2024-03-01".

Days between two dates count the end date minus the start date; "inclusive" (or "counting both days") adds one.
Months and years vary in length, so spans are reported in days, weeks, hours, minutes or seconds.
"""

from __future__ import annotations

import datetime
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.expression import Evaluation
from servers.tools.calculator.frames import PUNCTUATION, QUESTION_WORDS, has_word
from servers.tools.calculator.grammar import NotUnderstood, Parser
from servers.tools.calculator.quantities import Quantity, convert, known
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

MONTHS = {
    name: number
    for number, names in enumerate(
        ["january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul", "august aug",
         "september sep sept", "october oct", "november nov", "december dec"], start=1)
    for name in names.split()
}  # fmt: skip
_UNITS = {"days": "day", "weeks": "week", "hours": "hour", "minutes": "minute", "seconds": "second"} | {
    "day": "day", "week": "week", "hour": "hour", "minute": "minute", "second": "second"
} | {"hrs": "hour", "hr": "hour", "mins": "minute", "secs": "second"}  # fmt: skip
_FORWARD = ("after", "later", "from", "plus", "+", "past")
_BACKWARD = ("before", "earlier", "minus", "-", "ago", "prior", "to")
_FILLERS = frozenset(
    "how many long much time is it there are between from to until till through and since the of number elapsed "
    "passes pass will be what date day clock in total that when left go goes inclusive counting both ends "
    "including include start end starting ending on at i we my our worked work works working shift runs run "
    "running ran open opens opened goes went lasted shifts opening notice me".split()
)  # 'I worked from 8:30 am to 5:15 pm', 'the shop is open from 9:00': who spent the span is not part of it
_HELD = frozenset("runs run ran open opens opened".split())
"""Verbs a named thing holds a span by: 'the museum is open from 10:00', 'my class runs 9:00 to 11:30'."""
_SPAN_JOINERS = frozenset({"to", "and", "until", "till", "through", "-"})
# A start time, then how long something takes, then when it ends: "leaving at 9:30, the drive takes 2 hours,
# when do we arrive"; the duration is after the time.
_SETTING_OUT = frozenset(
    "leave leaves leaving depart departs departing departure start starts starting begin begins beginning set off "
    "sets takes take lasts last drive trip flight journey ride train bus film movie meeting game it's ferry coach "
    "plane boat tram crossing commute".split()
)
_LEAVING = frozenset("leave leaves leaving depart departs departing set start starts starting begin begins".split())
_ENDING = frozenset(
    "arrive arrives arriving arrival land lands landing finish finishes finished done over get gets getting got "
    "reach reaches reaching reached ends ended pulls comes".split()
)  # 'gets in at 13:05', 'reaches Leeds at 14:10', 'pulls in at 6:40'


DateParts = tuple[int | None, int, int]
"""(year or None when not given, month, day)."""


class _Endpoint:
    """One end of a span: a clock time (minutes since midnight) or a date."""

    def __init__(
        self, kind: str, value: int | DateParts, *, meridiem: str | None = None, year_given: bool = True
    ) -> None:
        self.kind = kind  # clock or date
        self.value = value
        self.meridiem = meridiem
        self.year_given = year_given

    @property
    def clock(self) -> int:
        """Minutes since midnight, for a clock time."""
        assert isinstance(self.value, int)
        return self.value

    @property
    def day(self) -> DateParts:
        """(year, month, day), for a date."""
        assert isinstance(self.value, tuple)
        return self.value


def _holder(tokens: list[Token], i: int) -> bool:
    """Up to two plain words naming what holds the span, right before its verb: 'the museum is open'."""
    for ahead in (1, 2, 3):
        after = tokens[i + ahead]
        if after.word in _HELD:
            return True
        if after.kind != "word" or not after.word.isalpha() or ahead == 3:
            return False
    return False


def solve_timespan(tokens: list[Token], start: int) -> Solution | None:
    if not any(_could_start_endpoint(tokens, i) for i in range(start, len(tokens))):
        return None
    endpoints: list[_Endpoint] = []
    places: list[int] = []  # where each endpoint starts
    durations: list[Quantity] = []
    asked = None
    direction = 0
    inclusive = False
    onward = False  # a duration after the time is added to it: "9:30 plus 2 hours", "... when do we arrive"
    started = ending = leaving = False
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        endpoint = _endpoint(tokens, i)
        if endpoint is not None:
            endpoints.append(endpoint[0])
            places.append(i)
            i = endpoint[1]
            continue
        if token.kind == "number":
            parser = Parser(tokens, i, relations=False)
            q = Evaluation().value(parser.unary())
            if q.measure is None or q.measure.dimension != "time" or q.measure.per is not None:
                raise NotUnderstood(i, "a duration such as '3 hours'")
            durations.append(q)
            i = parser.i
            continue
        word = token.word
        if word in _UNITS and asked is None and not _named_day(tokens, i):
            asked = _UNITS[word]
        elif word in ("inclusive", "both") or token.text == "inclusive":
            inclusive = True
        elif word in _FORWARD and durations and not endpoints:
            direction = 1
        elif word in _BACKWARD and durations and not endpoints and word != "to":
            direction = -1
        elif endpoints and not durations and (word in ("plus", "later") or token.text == "+"):
            onward = True
        elif word in _ENDING or word in _SETTING_OUT:
            if endpoints and durations:  # asked after both are given: "..., when do we arrive"
                ending = ending or word in _ENDING
                leaving = leaving or word in _LEAVING  # "it takes 30 minutes to get there, when do I leave"
            elif not durations:  # the time is when it sets out ("the meeting is at 3 pm" is not)
                started = started or word in _LEAVING
        elif token.text == "'" and tokens[i - 1].word in _UNITS:
            pass  # "3 weeks' notice": the weeks' own apostrophe
        elif not (token.text in PUNCTUATION or word in _FILLERS or word in QUESTION_WORDS or token.text in "-+"):
            if not _holder(tokens, i):
                raise NotUnderstood(i, "a time span between two times or dates")
        i += 1
    if len(endpoints) == 2 and not durations and endpoints[0].kind == endpoints[1].kind:
        if _told_backwards(tokens, start, places) or has_word(tokens, start, "what time"):
            raise NotUnderstood(start, "the start before the end ('what time' asks for a time, not a span)")
        first, second = endpoints
        if first.kind == "clock":
            if _kept_hours(tokens, start, places, endpoints):
                raise ToolInputError("say am or pm (or use 24-hour times): hours kept or worked may run past 12")
            return _clock_span(first, second, asked)
        return _date_span(first, second, asked, inclusive)
    onward = onward or started and ending and not leaving
    if len(endpoints) == 1 and durations and (direction or onward):
        return _shift(endpoints[0], durations, direction or 1)
    raise NotUnderstood(start, "two times or two dates, or one and a duration before or after it")


_ENDED = _ENDING | frozenset("landed arrived finished ended woke".split())
_LEFT = _LEAVING | frozenset("left departed started began".split())


KEPT_HOURS = frozenset("open opens opened opening close closes closed closing shift shifts work works worked".split())
"""Hours a place keeps or a shift runs, which may well pass 12: '7:00 to 9:00' is as likely fourteen hours as two."""


def _kept_hours(tokens: list[Token], start: int, places: list[int], ends: list[_Endpoint]) -> bool:
    """'We open at 7:00 and close at 9:00': hours a place keeps or a shift runs, told on a 12-hour face with no am
    or pm, which may be two hours or fourteen."""
    twelve = all(e.meridiem is None and e.clock < 13 * 60 for e in ends)
    zero = any(tokens[p].text.startswith("0") for p in places)  # '07:00': a 24-hour clock
    return twelve and not zero and any(t.word in KEPT_HOURS for t in tokens[start:])


def _told_backwards(tokens: list[Token], start: int, places: list[int]) -> bool:
    """'it lands at 06:15, having left at 23:40': the end said first, then the start."""
    first = _nearest_verb(tokens, start, places[0])
    return first in _ENDED and _nearest_verb(tokens, places[0], places[1]) in _LEFT


def _nearest_verb(tokens: list[Token], begin: int, at: int) -> str:
    for j in range(at - 1, begin - 1, -1):
        if tokens[j].word in _ENDED or tokens[j].word in _LEFT:
            return tokens[j].word
    return ""


def _named_day(tokens: list[Token], i: int) -> bool:
    """'my working day', 'that day', 'the school week': a day named, not the unit the answer is asked in."""
    return tokens[i].word in ("day", "week") and i > 0 and tokens[i - 1].word not in ("many", "in", "of", "a", "per")


def _could_start_endpoint(tokens: list[Token], i: int) -> bool:
    token = tokens[i]
    return (
        token.kind in ("clock", "date")
        or token.word in ("noon", "midnight", "midday", "am", "pm")
        or (token.word in MONTHS and token.word != "may")
        or (token.word == "may" and tokens[min(i + 1, len(tokens) - 1)].kind in ("number", "ordinal"))
    )


def _endpoint(tokens: list[Token], i: int) -> tuple[_Endpoint, int] | None:
    token, after = tokens[i], tokens[min(i + 1, len(tokens) - 1)]
    if token.kind == "date":
        d = token.value
        return _Endpoint("date", (d.year, d.month, d.day)), i + 1
    if token.word in ("noon", "midday"):
        return _Endpoint("clock", 12 * 60, meridiem="pm"), i + 1
    if token.word == "midnight":
        return _Endpoint("clock", 0, meridiem="am"), i + 1
    if token.kind == "number" and after.word in _SPAN_JOINERS and _endpoint_like(tokens, i + 2):
        if token.value.denominator == 1 and 0 <= token.value <= 24:  # "from 9 to 5 pm"
            return _Endpoint("clock", int(token.value) * 60), i + 1
    if token.kind == "clock" or token.kind == "number" and after.word in ("am", "pm", "o'clock"):
        hour, minute = token.value if token.kind == "clock" else (token.value, 0)
        if token.kind == "number" and (token.value.denominator != 1 or not 0 <= token.value <= 12):
            return None
        hour = int(hour)
        end = i + 1
        meridiem = after.word if after.word in ("am", "pm") else None
        if meridiem or after.word == "o'clock":
            end += 1
            if meridiem and not 1 <= hour <= 12:
                raise ToolInputError(f"{hour} {meridiem} is not a clock time")
        if meridiem:
            hour = hour % 12 + (12 if meridiem == "pm" else 0)
        return _Endpoint("clock", hour * 60 + minute, meridiem=meridiem), end
    return _date_words(tokens, i)


def _endpoint_like(tokens: list[Token], i: int) -> bool:
    token, after = tokens[i], tokens[min(i + 1, len(tokens) - 1)]
    return token.kind == "clock" or token.kind == "number" and after.word in ("am", "pm")


def _date_words(tokens: list[Token], i: int) -> tuple[_Endpoint, int] | None:
    def day_at(j: int) -> int | None:
        t = tokens[j]
        if t.kind == "ordinal" or t.kind == "number" and t.value.denominator == 1 and 1 <= t.value <= 31:
            return int(t.value)
        return None

    token = tokens[i]
    if token.word in MONTHS and (day := day_at(i + 1)):  # "may" too, but only with a day after it
        month, j = MONTHS[token.word], i + 2
    elif (day := day_at(i)) and tokens[i + 1].word in MONTHS:
        month, j = MONTHS[tokens[i + 1].word], i + 2
    elif day and tokens[i + 1].word == "of" and tokens[i + 2].word in MONTHS:
        month, j = MONTHS[tokens[i + 2].word], i + 3
    else:
        return None
    year = None
    k = j + (tokens[j].text == ",")
    if tokens[k].kind == "number" and tokens[k].value.denominator == 1 and 1000 <= tokens[k].value <= 9999:
        year, j = int(tokens[k].value), k + 1
    try:
        datetime.date(year or 2024, month, day)  # 2024 is a leap year, so 29 February is allowed without a year
    except ValueError:
        raise ToolInputError(f"there is no day {day} in that month") from None
    return _Endpoint("date", (year, month, day), year_given=year is not None), j


def _clock_span(first: _Endpoint, second: _Endpoint, asked: str | None, *, next_day: bool = False) -> Solution:
    notes: list[str] = []
    start, end = first.clock, second.clock
    if (first.meridiem is None) != (second.meridiem is None):
        start, end, note = _fill_meridiem(first, second)
        notes.append(note)
    elif first.meridiem is None and end < start and start < 13 * 60 and end < 13 * 60 and not next_day:
        raise ToolInputError("say am or pm (or use 24-hour times): the end is earlier than the start")
    minutes = end - start
    if minutes < 0:
        minutes += 24 * 60
        notes.append("the end time is taken to be on the next day")
    steps = [f"from {clock_12(start)} to {clock_12(end)} is {minutes} minutes"]
    return _duration_solution(Fraction(minutes, 60), "hour", asked, steps, notes, "time between clock times")


def _fill_meridiem(first: _Endpoint, second: _Endpoint) -> tuple[int, int, str]:
    """'9 to 5 pm': the time without am/pm takes the other's when that gives a forward span, else the opposite."""
    marked, bare = (first, second) if first.meridiem else (second, first)
    hour = bare.clock // 60
    if hour > 12:
        return first.clock, second.clock, "times read as given"
    candidates = [(hour % 12 + (12 if m == "pm" else 0)) * 60 + bare.clock % 60 for m in ("am", "pm")]
    same = candidates[1] if marked.meridiem == "pm" else candidates[0]
    other = candidates[0] if marked.meridiem == "pm" else candidates[1]
    chosen = same
    forward = (marked.clock - same) if bare is first else (same - marked.clock)
    if forward < 0:
        chosen = other
    start, end = (chosen, marked.clock) if bare is first else (marked.clock, chosen)
    return start, end, f"{clock_12(chosen)} is assumed for the time given without am or pm"


def hours_minutes(minutes: Fraction) -> str:
    """A stretch of whole minutes as a person says it: "1 h 45 min", "20 min"."""
    hours, rest = divmod(int(minutes), 60)
    return " ".join(part for part in (f"{hours} h" if hours else "", f"{rest} min" if rest else "") if part) or "0 min"


def clock_24(minutes: int) -> str:
    """Minutes after midnight on the 24-hour clock: "16:45"."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def clock_12(minutes: int) -> str:
    """Minutes after midnight (any day) on the 12-hour clock: "4:45 pm"."""
    hour, minute = divmod(minutes % (24 * 60), 60)
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {'am' if hour < 12 else 'pm'}"


def _date_span(first: _Endpoint, second: _Endpoint, asked: str | None, inclusive: bool) -> Solution:
    notes: list[str] = []
    (y1, m1, d1), (y2, m2, d2) = first.day, second.day
    if y1 is None and y2 is None:
        counts = {_days(year, (m1, d1), (m2, d2)) for year in (2023, 2024)}  # a common and a leap year
        if len(counts) > 1:
            raise ToolInputError("name the year: the number of days depends on whether it is a leap year")
        days = counts.pop()
        notes.append("no year was given; the answer is the same in any year")
    else:
        y1, y2 = y1 or y2, y2 or y1
        assert y1 is not None and y2 is not None  # one of the two was given
        start, end = datetime.date(y1, m1, d1), datetime.date(y2, m2, d2)
        if end < start and not (first.year_given and second.year_given):
            start = start.replace(year=start.year - 1) if not first.year_given else start
            end = end.replace(year=end.year + 1) if not second.year_given and first.year_given else end
        days = (end - start).days
    if inclusive:
        days += 1
        notes.append("counting both the first and the last day")
    else:
        notes.append("the end date minus the start date; add 1 to count both days")
    steps = [f"from {_date_text(first)} to {_date_text(second)} is {days} days"]
    return _duration_solution(Fraction(days), "day", asked, steps, notes, "days between dates")


def _days(year: int, start: tuple[int, int], end: tuple[int, int]) -> int:
    first = datetime.date(year, *start)
    last = datetime.date(year if end >= start else year + 1, *end)
    return (last - first).days


def _date_text(endpoint: _Endpoint) -> str:
    year, month, day = endpoint.day
    name = datetime.date(2024, month, 1).strftime("%B")
    return f"{name} {day}" + (f", {year}" if year else "")


def _duration_solution(
    amount: Fraction, unit: str, asked: str | None, steps: list[str], notes: list[str], problem: str
) -> Solution:
    target = asked or unit
    value = numbers.checked(convert(amount, known(unit), known(target)))
    label = known(target).label(value)
    answer = f"{numbers.format_number(value)} {label}"
    if target == "hour":
        whole, rest = divmod(int(numbers.round_half_up(value * 60, 0)), 60)
        shown = f"{whole} h {rest} min"
        if asked is None and rest:  # '8 h 25 min (8.42 hours)': the hours as a decimal too, for a timesheet
            shown += f" ({numbers.format_number(numbers.round_half_up(value, 2))} hours)"
        answer = shown if asked is None else f"{answer} ({shown})"
    elif target == "week" and unit == "day" and amount % 7:
        whole, rest = divmod(int(amount), 7)
        answer = f"{answer} ({whole} weeks and {rest} days)"
    solution = Solution(answer, value, problem, steps[0].split(" is ")[0], steps, label)
    solution.notes = notes
    return solution


def _shift(endpoint: _Endpoint, durations: list[Quantity], direction: int) -> Solution:
    minutes = Fraction(0)
    for q in durations:
        assert q.measure is not None  # only durations are collected
        # exactly, even for an irrational amount, so the whole-minute and whole-day checks below refuse it
        minutes += Fraction(convert(q.value, q.measure, known("minute")))
    if endpoint.kind == "clock":
        shown = hours_minutes(minutes)
        if minutes.denominator != 1:
            raise ToolInputError("move a clock time by whole minutes")
        total = endpoint.clock + direction * int(minutes)
        days, clock = divmod(total, 24 * 60)
        text = clock_12(clock) if endpoint.meridiem else clock_24(clock)
        begin = clock_12(endpoint.clock) if endpoint.meridiem else clock_24(endpoint.clock)
        when = {0: "", 1: " the next day", -1: " the day before"}.get(
            days, f" {abs(days)} days {'later' if days > 0 else 'earlier'}"
        )
        sign = "+" if direction > 0 else "−"
        steps = [f"{begin} {sign} {shown} = {text}{when}"]
        return Solution(text + when, None, "clock time", f"{begin} {sign} {shown}", steps)
    shown = f"{numbers.format_number(minutes / (24 * 60))} days"
    if (minutes / (24 * 60)).denominator != 1:
        raise ToolInputError("move a date by whole days or weeks")
    year, month, day = endpoint.day
    if year is None:
        return _any_year(month, day, direction * int(minutes / (24 * 60)), shown, direction)
    start = datetime.date(year, month, day)
    try:
        result = start + datetime.timedelta(days=direction * int(minutes / (24 * 60)))
    except OverflowError:
        raise ToolInputError("that date is outside the calendar I can count") from None
    text = f"{result.isoformat()} ({result:%A})"
    sign = "+" if direction > 0 else "−"
    steps = [f"{start.isoformat()} {sign} {shown} = {text}"]
    return Solution(text, None, "date", f"{start.isoformat()} {sign} {shown}", steps)


def _any_year(month: int, day: int, days: int, shown: str, direction: int) -> Solution:
    """'3 weeks from 4 March' with no year: the date reached when it is the same in a leap year and in any other
    (it does not cross the end of February), without the weekday, which the year would decide."""
    reached: set[datetime.date] = set()
    try:
        reached = {datetime.date(year, month, day) + datetime.timedelta(days=days) for year in (2023, 2024)}
    except (ValueError, OverflowError):
        pass  # '29 February', or beyond the calendar: the year decides, or nothing does
    if len({(d.month, d.day) for d in reached}) != 1:
        raise ToolInputError("name the year of the date to count from")
    result = reached.pop()
    begin, text = f"{day} {datetime.date(2024, month, 1):%B}", f"{result.day} {result:%B}"
    step = f"{begin} {'+' if direction > 0 else '−'} {shown} = {text}"
    solution = Solution(text, None, "date", step, [step])
    solution.notes.append("no year was named; the date is the same in any year (the weekday is not)")
    return solution


def clock_at(tokens: list[Token], i: int) -> tuple[int, str | None, int] | None:
    """The clock time read at ``i`` ('23:40', '7:15 am', 'midnight'): minutes since midnight, its am or pm (None
    for a 24-hour time) and the index after it; None when no clock time starts there."""
    found = _endpoint(tokens, i)
    if found is None or found[0].kind != "clock":
        return None
    return found[0].clock, found[0].meridiem, found[1]


DateEnd = _Endpoint
"""One end of a span of days, as ``date_at`` reads it and ``date_span`` takes it."""


def date_at(tokens: list[Token], i: int) -> tuple[_Endpoint, int] | None:
    """The date read at ``i`` ('March 3rd 2027', '2024-03-15', '3 May') and the index after it; None when no
    date starts there."""
    found = _endpoint(tokens, i) if tokens[i].kind == "date" or tokens[i].word in MONTHS else _date_words(tokens, i)
    return found if found is not None and found[0].kind == "date" else None


def date_span(first: _Endpoint, second: _Endpoint, asked: str | None) -> Solution:
    """The days from one date to a later one (the end date minus the start date)."""
    return _date_span(first, second, asked, inclusive=False)


def clock_span(
    first: tuple[int, str | None], second: tuple[int, str | None], asked: str | None, *, next_day: bool = False
) -> Solution:
    """The time from one clock time (minutes, meridiem) to the next; an end earlier than the start is on the next
    day. A ToolInputError when two times without am or pm could be either way round, unless ``next_day`` says the
    end is on the day after (the request said so, or wrote both times as only a 24-hour clock does)."""
    start = _Endpoint("clock", first[0], meridiem=first[1])
    end = _Endpoint("clock", second[0], meridiem=second[1])
    return _clock_span(start, end, asked, next_day=next_day)
