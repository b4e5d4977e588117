"""The time between two clock times told as a little story: 'my flight leaves 23:40 and lands 06:15 the next
morning, same time zone. how many minutes is that in the air?', 'I went to bed at 11:30 pm and woke up at 7:15
am. How long did I sleep?', 'Shop hours are 10 am to 6 pm on Saturdays. How many hours is it open that day?'.

The span grammar (``timespans``) reads only the words of a span; a story says who travels, sleeps or opens in
words of its own. Here the words are not matched: the request must hold exactly two clock times and no other
number ('10:15 ... 12:40' with no am or pm is read as under 12 hours only when both are said of the same part of
the day, or a stay is asked with none said), and its question must ask how long ('how long', 'how many hours',
'how much time'). The first time said is the start and the second the end — unless the story tells them the other
way round (an ending verb before the first time and a setting-out verb before the second, or 'before', 'after',
'since'), which declines; a stay ('arrived at 9:50 and left at 12:05. How long did they stay?') is told in its own
order. An end earlier than the start is on the next day; 'the next morning' with an end later than the start would
be more than a day, and declines. Words that change the span — a delay, a break, a wait, another time zone, local
times, every day — decline it too: the answer is never the plain difference of a span the story says is something
else.
"""

from __future__ import annotations

from servers.tools.calculator import span_asks
from servers.tools.calculator.calendars import WEEKDAYS
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import has_phrase, question_words
from servers.tools.calculator.timespans import KEPT_HOURS, DateEnd, clock_at, clock_span, date_at, date_span
from servers.tools.calculator.tokens import Token

_SPOILERS = frozenset(
    "late delay delayed delays early earlier later layover stopover connection wait waiting waited break breaks "
    "lunch pause paused stop stops minus plus except excluding without local gmt utc bst est pst cet ahead behind "
    "every each per week weeks weekly daily month months before after since having had ago both average speed "
    "cost costs pay paid earn earns rate total altogether sum difference weekdays weekends "
    "mon-fri".split()
)
"""Words that make the span something other than the plain time from the first clock time to the second."""
_WHOLE = frozenset("total altogether".split())
"""'How many hours did I work in total?': of one span, the whole of it is the span; said in the story ('a total of
3 hours') it is a given."""
_NEXT_DAY = frozenset("next following overnight tomorrow".split())
_LEAVES = frozenset(
    "leave leaves leaving left depart departs departed departing start starts started starting begin begins began "
    "opens open opened bed asleep sleep slept takes took".split()
)
_ENDS = frozenset(
    "arrive arrives arrived arriving land lands landed landing finish finishes finished end ends ended close "
    "closes closed woke wake wakes up gets got reach reaches reached".split()
)
_STAYS = frozenset("stay stayed staying there visit visited".split())
"""A question of a stay: between arriving and leaving, the arrival is the start."""
_SPAN_WORDS = _LEAVES | _ENDS | {"to", "until", "till", "off", "down", "from"}
_ONE_OF = frozenset("first last next final other same".split())
"""Words before a 'one' that stands for a thing of the story ('the last one back'), not a count."""
_ASKED_UNITS = {"minutes": "minute", "minute": "minute", "hours": "hour", "hour": "hour"} | {
    "hrs": "hour", "hr": "hour", "mins": "minute"
}  # fmt: skip


def solve_clock_story(tokens: list[Token], start: int) -> Solution | None:
    """The span from the first clock time of a story to the second; None when the request is not exactly that."""
    times: list[tuple[int, str | None, int]] = []  # minutes, meridiem, index of the time
    hhmm = any(_hhmm(t) is not None and t.text.startswith("0") for t in tokens[start:])  # 'off 0715, landed 0842'
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if story_one(tokens, i):
            i += 1  # 'the last one comes back': a bus or a shift, not a number
            continue
        if hhmm and (minutes := _hhmm(token)) is not None:
            times.append((minutes, None, i))
            i += 1
            continue
        if token.kind in ("clock", "number") or token.word in ("noon", "midnight", "midday"):
            found = clock_at(tokens, i)
            if found is None:
                return None  # another number: a duration, a count, a price
            times.append((found[0], found[1], i))
            i = found[2]
            continue
        if token.kind in ("date", "ordinal", "currency") or token.text == "%":
            return None
        i += 1
    if len(times) != 2:
        return None  # '10:15 ... 12:40' may be morning or night, the same span either way; a clock face says which
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    unmarked = not any(mark or _twenty_four(tokens[at]) for _, mark, at in times)
    if unmarked and not _one_half_of_day(tokens, start):
        return None  # 'opened at 6:15 this morning and closed at 7:40 this evening': not under 12 hours
    if any(tokens[at].kind == "number" for _, _, at in times) and not set(words) & _SPAN_WORDS:
        return None  # 'the code is 0715 and the room is 0842': figures, unless the story sets out or ends
    asked = question_words(tokens, start)
    remark: list[str] = []
    terse = span_asks.unit_asked(tokens, start) if _asked_unit(asked) is None else None  # 'Minutes worked?'
    if _asked_unit(asked) is None and terse is None:
        asked, remark = _asked_before_remark(tokens, start)
    story = words[: len(words) - len(asked) - len(remark)]
    if len({w.removesuffix("s") for w in words} & WEEKDAYS) > 1:  # 'Monday to Friday': a run of days, not one span
        return None
    if (
        set(story + remark)
        & _SPOILERS - (named := _named_span(tokens, start, times[0][2], story) | _after_named(tokens, start))
        or set(asked) & _SPOILERS - _WHOLE - named
        or _another_zone(words)
        or _duration_said(tokens, start, terse[1] if terse else -1)
    ):
        return None
    unit = _asked_unit(asked) if terse is None else terse[0]
    if unit is None:
        return None
    (first, first_mark, at_first), (second, second_mark, at_second) = times
    stay = bool(set(asked) & _STAYS)  # 'arrived at 9:50 and left at 12:05. How long did they stay?'
    if _verb_before(tokens, start, at_first) == "end" and _verb_before(tokens, at_first, at_second) == "leave":
        if not stay:
            return None  # 'it lands at 06:15, having left at 23:40': told the other way round
    next_day = bool(set(words) & _NEXT_DAY)
    if next_day and second >= first and first_mark == second_mark:
        return None  # 'leaves 9:00 and arrives 10:00 the next day' is more than a day
    next_day = next_day or all(_twenty_four(tokens[at]) for at in (at_first, at_second))  # '04:52 ... 01:17'
    solution = clock_span((first, first_mark), (second, second_mark), unit or None, next_day=next_day)
    solution.problem = "time between clock times"
    if unmarked:
        solution.notes.append("no am or pm is said: the span is the same morning or night, read as under 12 hours")
    return solution


_DAY_PARTS = frozenset("morning evening afternoon night tonight midnight noon midday dawn dusk".split())


def _one_half_of_day(tokens: list[Token], start: int) -> bool:
    """Whether two clock times with no am or pm are read as under 12 hours apart: both said of the same part of
    the day ('start 4:45 in da morning, pau 11:15 same morning'), or a stay asked with no part of the day said
    ('arrived at 9:50 and left at 12:05. How long did they stay?'); a trip may run overnight, so it is not."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if any(words[k] == "same" and words[k + 1] in _DAY_PARTS for k in range(len(words) - 1)):
        return True
    stay = bool(set(question_words(tokens, start)) & _STAYS)
    return stay and not set(words) & (_DAY_PARTS | KEPT_HOURS)


def _asked_before_remark(tokens: list[Token], start: int) -> tuple[list[str], list[str]]:
    """'How many minutes was I out? Charging nights by the minute now': the question before a closing remark with no
    figure and no question of its own, and the remark's words; ([], []) when the request does not end so."""
    marks = [k for k in range(start, len(tokens)) if tokens[k].text == "?"]
    if not marks:
        return [], []
    after = tokens[marks[-1] + 1 :]
    if any(t.kind != "word" and t.kind != "end" and t.text not in (".", "!") for t in after):
        return [], []
    remark = [t.word for t in after if t.kind == "word"]
    if not remark or set(remark) & _ASKING:
        return [], []
    begin = next((k + 1 for k in range(marks[-1] - 1, start - 1, -1) if tokens[k].text in (".", "!", "?")), start)
    return [t.word for t in tokens[begin : marks[-1]] if t.kind == "word"], remark


_ASKING = frozenset("how what what's whats which when why".split())


def story_one(tokens: list[Token], i: int) -> bool:
    """Whether the token at ``i`` is a 'one' that stands for a thing of the story ('the last one'), not a count."""
    return tokens[i].kind == "number" and tokens[i].text.lower() == "one" and tokens[i - 1].word in _ONE_OF


def solve_date_story(tokens: list[Token], start: int) -> Solution | None:
    """The days from the first date of a story to the second ('We arrive on March 3rd 2027 and fly home on April
    17th 2027. How many days is that?'): exactly two dates and no other number, a question asking how many days or
    weeks, no word that changes the count (both days, nights, working days), and the later date said second."""
    dates: list[DateEnd] = []
    places: list[int] = []
    i = start
    while tokens[i].kind != "end":
        found = date_at(tokens, i)
        if found is not None:
            dates.append(found[0])
            places.append(i)
            i = found[1]
            continue
        if tokens[i].text.lower() == "two" and tokens[i + 1].word == "dates":
            i += 2  # 'between the two dates': the dates already given
            continue
        if tokens[i].kind in ("number", "clock", "date", "ordinal", "currency") or tokens[i].text == "%":
            return None
        i += 1
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    if len(dates) != 2 or words & (_SPOILERS - {"week", "weeks"} | _DAY_COUNTS):
        return None
    asked = question_words(tokens, start)
    unit = next((_DAY_UNITS[asked[k + 2]] for k in range(len(asked) - 2)
                 if asked[k : k + 2] == ["how", "many"] and asked[k + 2] in _DAY_UNITS), None)  # fmt: skip
    first, second = dates
    if second.day < first.day and _today(tokens, places[1]) and not _today(tokens, places[0]):
        first, second = second, first  # 'The wedding is on 14 June 2025 and today is 3 February 2025': from today
    if unit is None or None in (first.day[0], second.day[0]) or second.day < first.day:
        return None  # no year said (a leap year?) or told the other way round: left to the span grammar
    solution = date_span(first, second, unit)
    solution.problem = "days between dates"
    return solution


def _today(tokens: list[Token], at: int) -> bool:
    """'today is 3 February 2025', "today's date is ...": the date said is today's, where a count to go starts."""
    before = [t.word for t in tokens[max(0, at - 4) : at] if t.kind == "word"]
    return "today" in before or "today's" in before


_DAY_UNITS = {"days": "day", "weeks": "week"}
_DAY_COUNTS = frozenset(
    "inclusive including include includes counting count nights night working weekdays weekday business weekend "
    "weekends full whole".split()
)
"""Words that count the days some other way than the end date minus the start date."""


def _duration_said(tokens: list[Token], start: int, asked_at: int = -1) -> bool:
    """'then napped for an hour': a stretch of time said in words, besides the unit asked ('how many hours', or the
    word at ``asked_at``: 'Minutes worked?')."""
    for i in range(start, len(tokens)):
        word, before = tokens[i].word, tokens[i - 1].word
        if i == asked_at or word in ("hours", "minutes", "hrs", "mins") and before in _OWNED:
            continue  # 'log my hours', 'put the hours on my timesheet': the span's own hours, not a stretch
        if word in ("day", "week") and before in ("that", "the", "this", "working", "school", "next", "following"):
            continue  # 'open that day', 'my working day', 'the next day': a day named, not a stretch of it
        if word in ("minute", "hour") and before == "the" and tokens[i - 2].word == "by":
            continue  # 'charging by the minute': how a span is counted, not a stretch of time
        if word == "day" and before == "a" and tokens[i - 2].word == "long":
            continue  # 'how long a day is that': the span asked for
        if word in _DURATIONS and before not in _HOURS_OF:
            return True
    return False


_OWNED = frozenset("my your our his her their the".split())
_HOURS_OF = frozenset("many in shop opening office business working visiting store library".split())
"""Words before 'hours' that ask for them or name a time of day ('how many hours', 'opening hours')."""
_DURATIONS = frozenset("hour hours hr hrs minute minutes min mins second seconds secs day days week weeks".split())


def _named_span(tokens: list[Token], start: int, at_first: int, story: list[str]) -> frozenset[str]:
    """'Lunch service starts at 12:30 pm': the span's own name, said once as the subject of the verb that sets it
    going before the first time, is the span asked about, not a break or a delay taken out of it."""
    for j in range(at_first - 1, start - 1, -1):
        if tokens[j].word in _LEAVES:
            subject = {t.word for t in tokens[start:j] if t.kind == "word"} & _SPAN_NAMES
            return frozenset(w for w in subject if story.count(w) == 1)
        if tokens[j].text in (".", "?", "!", ";"):
            break
    return frozenset()


def _after_named(tokens: list[Token], start: int) -> frozenset[str]:
    """'the milonga after finishes at 02:15': an 'after' right before the verb that ends the span names what
    follows, not a stretch after a time; every 'after' must be so for it to be set aside."""
    afters = [k for k in range(start, len(tokens) - 1) if tokens[k].word == "after"]
    if afters and all(tokens[k + 1].word in _ENDS and tokens[k - 1].kind == "word" for k in afters):
        return frozenset({"after"})
    return frozenset()


_SPAN_NAMES = frozenset("lunch break delay wait layover stopover pause".split())


def _twenty_four(token: Token) -> bool:
    """'22:50', '06:15', '00:30', '0715': a time only a 24-hour clock writes."""
    return token.kind == "clock" and (token.text.startswith("0") or token.value[0] >= 13) or _hhmm(token) is not None


def _hhmm(token: Token) -> int | None:
    """'0715', '1342': minutes since midnight of a time written as four figures with no colon, as pilots and rosters
    write them; read so only when one time of the request opens with a zero, which no count or price does."""
    text = token.text
    if token.kind != "number" or len(text) != 4 or not text.isdigit():
        return None
    hour, minute = int(text[:2]), int(text[2:])
    return hour * 60 + minute if hour < 24 and minute < 60 else None


def _asked_unit(asked: list[str]) -> str | None:
    """'how many minutes' → minute; 'how long', 'how much time' → '' (hours and minutes); None: not asked."""
    for k, word in enumerate(asked[:-2]):
        if word == "how" and asked[k + 1] == "many" and asked[k + 2] in _ASKED_UNITS:
            return _ASKED_UNITS[asked[k + 2]]
    if has_phrase(asked, "how long") or has_phrase(asked, "how much time"):
        k = len(asked) - 2
        return _ASKED_UNITS.get(asked[-1], "") if k >= 0 and asked[k] == "in" else ""  # '... in minutes'
    return None


def _another_zone(words: list[str]) -> bool:
    """'time zone' said of another zone ('a different time zone'); 'same time zone' keeps the clock times apart."""
    for k, word in enumerate(words):
        if word in ("zone", "zones", "timezone") and (k < 2 or words[k - 2] != "same" and words[k - 1] != "same"):
            return True
    return False


def _verb_before(tokens: list[Token], begin: int, at: int) -> str | None:
    """Whether the nearest verb before the time at ``at`` sets out ('leave') or ends ('end'), within its part."""
    for j in range(at - 1, begin - 1, -1):
        word = tokens[j].word
        if word in _ENDS:
            return "end"
        if word in _LEAVES:
            return "leave"
    return None
