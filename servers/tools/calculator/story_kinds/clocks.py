"""Clock times in a story: when something ends ('Tipper leave for Waterloo 10:50 am. Going take 1 hour 40 minutes,
offload 35 minutes, coming back 1 hour 40 again. What time e go reach back?' → 2:45 pm), and how long it lasts
('The gele-gele left Farafenni at 6:10 in the morning and reached Serekunda at 11:35. How long?' → 5 hours 25
minutes; two stretches of opening hours are added).

An end is one clock time and stretches of time after it, each added once; a stretch said 'N of it each' ('four
firings of 35 min each') is counted N times. A length is pairs of clock times, each from its first to its second.
A clock time with no part of the day is read in the part that keeps each end after its start, and the answer says
so. Any other figure, or a word that could change the sum, declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.story_kinds.story import Clock, Story

_DAY = 24 * 60
_END_ASKED = ("what time", "when", "what hour")
_LENGTH_ASKED = ("how long", "how many hours", "how much time", "how many hours and minutes", "duration")
_STARTS = frozenset(
    "leave leaves left leaving start starts started starting depart departs departed begin begins began put puts "
    "set go goes went open opens opened load loads loaded drive drives drove come comes came".split()
)
_BACKWARD = frozenset("should need must latest by".split())
"""'What time should I leave?': a time worked back from, not forward."""
_DAYS_OFF = frozenset(
    "break lunch pause week weeks weekday weekdays weekly daily every monday tuesday wednesday thursday friday "
    "saturday sunday weekend".split()
)
"""A break taken from a span, or spans kept on several days: more than the clock times say."""
_END_READS = frozenset("then back each and take left".split())
_LENGTH_READS = frozenset("then again and left back total".split())


def solve_clock_end(story: Story) -> Solution | None:
    """The time a run of stretches after one clock time ends; None unless the story is exactly that."""
    if len(story.clocks) != 1 or not story.stretches or not story.asks(*_END_ASKED) or story.asks(*_LENGTH_ASKED):
        return None
    if story.shifts(_END_READS) or not _back_said_with_stretch(story) or story.words & _BACKWARD:
        return None
    start = story.clocks[0]
    sentence = story.sentence(start.at)
    if not any(t.word in _STARTS and story.sentence(k) == sentence for k, t in enumerate(story.tokens[: start.at])):
        return None  # 'the meeting is at 3 pm and it takes 30 minutes': what starts then is not said
    if any(s.at < start.end for s in story.stretches):
        return None  # '35 minutes before 10:50': a stretch before the start is not after it
    counted: set[int] = set()
    total = Fraction(0)
    parts: list[str] = []
    for stretch in story.stretches:
        times = _times_each(story, stretch.at, stretch.end)
        if times is None:
            return None
        count, figure_at = times
        if figure_at is not None:
            counted.add(figure_at)
        total += stretch.minutes * count
        parts.append(_length(stretch.minutes) + (f" × {count}" if count != 1 else ""))
    each_said = sum(1 for t in story.tokens if t.word == "each")
    if {f.at for f in story.figures} - counted or each_said != len(counted) or total.denominator != 1:
        return None
    end = start.minutes + int(total)
    days, minute = divmod(end, _DAY)
    shown = _both_ways(minute) + (" the next day" if days == 1 else f" {days} days later" if days else "")
    added = " + ".join(parts) + (f" = {start.written} + {_length(total)}" if parts != [_length(total)] else "")
    steps = [f"{start.written} + {added} = {shown}"]
    solution = Solution(shown, None, "clock time after stretches of time", f"{start.written} + {int(total)} min", steps)
    if not start.settled:
        solution.notes.append(f"{start.written} is read as written, in 24-hour time; say 'pm' if it is after noon")
    return solution


def solve_clock_length(story: Story) -> Solution | None:
    """How long from each clock time to the next, pairs added; None unless the story is exactly that."""
    clocks = story.clocks
    figures = [f for f in story.figures if not (f.value == 1 and f.unit == "day")]  # 'open in one day, in total'
    if not clocks or len(clocks) % 2 or story.stretches or figures or not story.asks(*_LENGTH_ASKED):
        return None
    if story.shifts(_LENGTH_READS) or _days_or_breaks(story):
        return None
    total = 0
    steps: list[str] = []
    notes: list[str] = []
    for first, second in zip(clocks[::2], clocks[1::2], strict=True):
        if not first.settled:
            return None  # 'We open at 7:00 and close at 9:00': morning or evening, the clock alone does not say
        end = second.minutes
        if end <= first.minutes and not second.settled and end + 12 * 60 > first.minutes:
            end += 12 * 60  # '9:30 in the morning to 1 o'clock': one in the afternoon
            notes.append(f"{second.written.lstrip('0')} is read as after noon, {_clock(end)}")
        if end <= first.minutes or end - first.minutes > 16 * 60:
            return None  # overnight, or longer than a working day: which day each is on is not said
        total += end - first.minutes
        steps.append(f"from {_clock(first.minutes)} to {_clock(end)} is {_length(Fraction(end - first.minutes))}")
    if len(steps) > 1:
        steps.append(f"together: {_length(Fraction(total))}")
    hours = Fraction(total, 60)
    answer = f"{_length(Fraction(total))} ({numbers.format_number(numbers.round_half_up(hours, 2))} hours)"
    solution = Solution(answer, hours, "length of time between clock times", f"{total} min", steps, "hours")
    solution.notes.extend(notes)
    return solution


def _days_or_breaks(story: Story) -> bool:
    """A break in the span ('with a lunch break'; not 'with no break') or the span kept on several days."""
    tokens = story.tokens
    return any(
        t.word in _DAYS_OFF and not (t.word == "break" and tokens[k - 1].word == "no") for k, t in enumerate(tokens)
    )


def _times_each(story: Story, at: int, end: int) -> tuple[int, int | None] | None:
    """How many times a stretch counts: once, or N for 'four firings of 35 min each' (and where the N is); None when
    'each' is said of it without a count."""
    tokens = story.tokens
    each_after = tokens[end].word == "each"
    if at >= 3 and tokens[at - 1].word == "of" and tokens[at - 3].kind == "number":
        figure = tokens[at - 3]
        count = Fraction(figure.value)
        if each_after and count.denominator == 1 and 1 < count <= 100:
            return int(count), at - 3
    return None if each_after else (1, None)


def _back_said_with_stretch(story: Story) -> bool:
    """'coming back 1 hour 40', 'back to back': the way back told with the stretch it takes, and then asked of
    ('what time e go reach back?'); never a way back left unsaid."""
    tokens = story.tokens
    backs = [k for k, token in enumerate(tokens) if token.word == "back"]
    told = [k for k in backs if any(s.at in range(k + 1, k + 4) for s in story.stretches)]
    for k in backs:
        if tokens[k + 1].word == "to" and tokens[k + 2].word == "back" or tokens[k - 1].word == "to" and k >= 2:
            continue  # 'back to back': one after another
        if k not in told and not (told and told[0] < k):
            return False
    return True


def _both_ways(minute: int) -> str:
    """'14:45 (2:45 pm)'."""
    hour, mins = divmod(minute, 60)
    twelve = f"{(hour - 1) % 12 + 1}:{mins:02d} {'am' if hour < 12 else 'pm'}"
    return f"{_clock(minute)} ({twelve})"


def _clock(minute: int) -> str:
    return f"{minute // 60 % 24:02d}:{minute % 60:02d}"


def _length(minutes: Fraction) -> str:
    """'3 hours 55 minutes', '35 minutes', '2 hours'."""
    hours, mins = divmod(minutes, 60)
    said: list[str] = []
    if hours:
        said.append(f"{numbers.format_number(hours)} hour{'s' if hours != 1 else ''}")
    if mins or not hours:
        said.append(f"{numbers.format_number(mins)} minute{'s' if mins != 1 else ''}")
    return " ".join(said)


__all__ = ["Clock", "solve_clock_end", "solve_clock_length"]
