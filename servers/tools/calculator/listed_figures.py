"""The mean or the total of one listed set of values told with its occasion: 'Takings were $1,850, $2,240, $1,975
and $2,615 over the four Saturdays in June. What's the mean?' is $2,170.00; 'Her 100 m times this month were 72.4,
71.8, 73.1 and 70.9 seconds. What's her average?' is 72.05 seconds; 'The ferry carried 212, 188 and 305 cars this
week. How many in total?' is 705.

The statistics reader takes a bare list; this one is tried after every other reader has declined, for a list told
inside a sentence of context. It answers only when the whole request is accounted for:

- the question is its own last sentence and asks the mean or average, or the total, and nothing else ('What's her
  average?', 'How many in total?');
- the values are one list of at least three, joined by commas and 'and', all in one currency or one unit (or none);
- every other number is either the list's own count ('the four Saturdays', '5 runs': it must equal the number of
  values listed, or the request is declined) or a label that names the occasion rather than counting anything: a
  distance naming an event ('100 m times'), a route or bus said as 'the 47' or 'route 47'.

A question about what comes next ('what will ...', 'what do I need'), a value left out or weighted, or any other
number decline, as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from servers.tools.calculator import numbers, padding, stat_measures
from servers.tools.calculator.number_names import names_a_thing
from servers.tools.calculator.quantities import Measure, Quantity, currency, lookup
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

MOST_TOKENS = 80
"""A few sentences: a longer story has more in it than one list and its question."""

_MEAN = frozenset({"mean", "average", "avg"})
_TOTAL = frozenset({"total", "altogether", "combined"})
"""A total asked of the list ('in total', 'altogether'); 'sum' and 'all' may ask for more, and stay spoilers."""
_ASKING = frozenset({"what", "what's", "whats", "how"})
_TOTAL_ASKING = frozenset("how many much far long in".split())
"""The words of a question asking a total besides the total's own ('how many in total', 'how far altogether')."""
_QUESTION = frozenset(
    "what what's whats is was were the a her his their my our your its of them those these that arithmetic "
    "overall so far then length duration distance".split()
)
"""The words a question asking only the mean may hold besides 'mean' or 'average' (and a noun the story used)."""
_SPOILERS = frozenset(
    """median mode range weighted weight weights except excluding exclude without not missed missing drop dropped
    ignore ignoring next need needs needed if will would should could predict predicted expect expected forecast
    target total sum plus minus per more less than other another extra instead rather but only all altogether
    combined""".split()
)
"""Words that ask for more than the plain mean of the list, or leave part of it out."""
_JOINERS = frozenset({",", "and", "&"})


@dataclass(frozen=True, slots=True)
class _Value:
    value: Fraction
    start: int
    end: int
    currency: str | None
    unit: Measure | None


def solve_listed(tokens: list[Token], start: int) -> Solution | None:
    """The mean or the total of the one list a request gives, when its question asks only that; None otherwise."""
    window = padding.request_window(tokens, start, MOST_TOKENS)
    if window is None:
        return None
    tokens, end = window
    ask = _question_start(tokens, start, end)
    if ask is None:
        return _told_mean(tokens, start, end)
    story = range(start, ask)
    words = {t.word for t in tokens[start:end] if t.kind == "word"}
    total = not words & _MEAN and bool(words & _TOTAL)  # 'How many in total?': the total asked, not the mean
    if total:
        words -= _TOTAL
    if _per_listed_period(tokens, ask, end, story) or _per_told(tokens, ask, end, story):
        words.discard("per")  # 'for the last six months ... average per month': each value is a month's
    if words & _SPOILERS or any(t.text in ("%", "/", "+", "×", "*") for t in tokens):
        return None
    if any(t.kind in ("clock", "date") and not names_a_thing(tokens, i) for i, t in enumerate(tokens[:end])):
        return None  # a time or a date that is not just the name of a run ('the 7:15 bus')
    listed = _the_list(tokens, story)
    if listed is None or stat_measures.opens_clause(tokens, listed[-1].end):
        return None  # '540 and 3 days were shut': the 3 is no value of the list
    used = {i for v in listed for i in range(v.start, v.end)}
    for i in story:
        if i in used or tokens[i].kind not in ("number", "currency"):
            continue
        if not (_counts_the_list(tokens, i, len(listed)) or names_a_thing(tokens, i)):
            return None  # a number the mean would leave out
    if not _asks_only_the_mean(tokens, ask, end, story, total=total):
        return None
    named = [k for k in range(ask, end) if stat_measures.measure_name(tokens, k)]
    if not stat_measures.fits(tokens, named, [_quantity(v) for v in listed], listed[0].start):
        return None  # 'the average distance' of seconds: no distance was listed
    return _total(listed) if total else _mean(listed)


def _quantity(value: _Value) -> Quantity:
    if value.currency is not None:
        return Quantity(value.value, currency(value.currency))
    return Quantity(value.value, value.unit)


def _told_mean(tokens: list[Token], start: int, end: int) -> Solution | None:
    """'(Compute) the average of 320, 410, 385 and 445 daily visitors', '(work out) the mean of 41, 38 and 45
    minutes per brake job': the list right after 'average of', then only words that say what each value is."""
    i = start + (tokens[start].word == "the")
    if tokens[i].word not in _MEAN or tokens[i + 1].word != "of":
        return None
    i += 2
    listed = _the_list(tokens, range(i, end))
    if listed is None or listed[0].start != i or stat_measures.opens_clause(tokens, listed[-1].end):
        return None
    rest = tokens[listed[-1].end : end]
    if any(t.kind != "word" or t.word in _SPOILERS - {"per"} for t in rest):
        return None
    if any(t.word == "per" for t in rest) and listed[-1].end < end and tokens[listed[-1].end].word != "per":
        return None  # 'per' only as what each value is: '45 minutes per brake job'
    return _mean(listed)


def _question_start(tokens: list[Token], start: int, end: int) -> int | None:
    """Where the last sentence starts, when a sentence of story comes before it and it names the mean."""
    i = end
    while i > start and tokens[i - 1].text not in (".", "?", "!", ";"):
        i -= 1
    if i <= start + 1:  # one sentence: 'we scored 42, 57 and 38 in the matches whats our mean score'
        i = max((k for k in range(start + 1, end) if tokens[k].word in _ASKING), default=start)
    if i <= start + 1 or not any(t.word in _MEAN or t.word in _TOTAL for t in tokens[i:end]):
        return None
    if any(t.text == "?" or t.word in ("how", "what", "what's", "which") for t in tokens[start:i]):
        return None  # 'How many passed? What's the average?': another question beside the mean
    return i


def _asks_only_the_mean(tokens: list[Token], ask: int, end: int, story: range, *, total: bool) -> bool:
    """'What's the mean?', 'What's her average time?': ask words, 'mean' or 'average', and a noun the story named;
    with ``total``, 'How many in total?', 'How far altogether?': ask words, a total's words and a noun told."""
    told = {tokens[i].word for i in story if tokens[i].kind == "word"}
    asked = [t for t in tokens[ask:end] if t.text not in ("?", "'s")]
    asking = ("what", "what's", "whats", "how") if total else ("what", "what's", "whats")
    if not any(t.word in asking for t in asked) and not _bare(asked):
        return False
    per = not total and (_per_listed_period(tokens, ask, end, story) or _per_told(tokens, ask, end, story))
    named = _TOTAL | _TOTAL_ASKING if total else _MEAN
    return all(
        t.kind == "word"
        and (t.word in _QUESTION or t.word in named or _told(t.word, told) or _PERIODICAL.get(t.word, "") + "s" in told)
        or t.word == "per"
        and per
        for t in asked
    )


_PERIODICAL = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annual": "year",
               "nightly": "night", "hourly": "hour"}  # fmt: skip
"""'my average monthly income' of 'the last four months': each value is one of the periods the story counts."""


def _told(word: str, told: set[str]) -> bool:
    """Whether the story said ``word``, its plural or its past ('my average tip' of 'tips', 'our mean score' of 'we
    scored')."""
    forms = (word, word + "s", word + "es", word.removesuffix("s"), word + "d", word + "ed")  # 'score' of 'scored'
    return any(form in told for form in forms)


def _bare(asked: list[Token]) -> bool:
    """'Mean?', 'average pls': the question is the mean's name alone."""
    words = [t.word for t in asked if t.kind == "word"]
    return bool(words) and words[0] in _MEAN and all(w in _MEAN or w in ("the", "please", "pls") for w in words)


def _per_told(tokens: list[Token], ask: int, end: int, story: range) -> bool:
    """'Ferry fares were €640, ... over four sailings. What's the average per sailing?': the one 'per' is in the
    question and names something the story names in the plural ('four sailings', 'our market days'), which each
    value is one of; not a unit or a period ('average per mile' of miles, 'per week' of four weeks)."""
    pers = [i for i in range(story.start, end) if tokens[i].word == "per"]
    if len(pers) != 1 or pers[0] < ask or tokens[pers[0] + 1].kind != "word" or pers[0] + 2 != _last_word(tokens, end):
        return False
    named = tokens[pers[0] + 1].word
    if (lookup(named, short=False) or lookup(named + "s", short=False)) is not None:
        return False  # a period or a unit: a period labels the list only as ``_per_listed_period`` reads it
    plurals = {tokens[i].word for i in story if tokens[i].kind == "word" and tokens[i].word.endswith("s")}
    if named + "s" not in plurals:
        return False
    return True


def _last_word(tokens: list[Token], end: int) -> int:
    """Just after the question's last word (before a closing '?')."""
    while end > 0 and tokens[end - 1].kind != "word":
        end -= 1
    return end


def _the_list(tokens: list[Token], story: range) -> list[_Value] | None:
    """The one run of at least three values joined by commas and 'and', in one currency or unit; None otherwise."""
    runs: list[list[_Value]] = []
    i = story.start
    while i < story.stop:
        value = _value_at(tokens, i)
        if value is None:
            i += 1
            continue
        run = [value]
        j = value.end
        while True:
            k = j
            while k < story.stop and (tokens[k].text in _JOINERS or tokens[k].word in _JOINERS):
                k += 1
            nxt = _value_at(tokens, k) if k > j and k < story.stop else None
            if nxt is None:
                break
            run.append(nxt)
            j = nxt.end
        runs.append(run)
        i = j
    long = [run for run in runs if len(run) >= 3]
    if len(long) != 1:
        return None
    run = long[0]
    if run[-1].currency is not None and all(v.currency is None for v in run[:-1]):  # '22, 15, 30 and 25 dollars'
        run = [_Value(v.value, v.start, v.end, run[-1].currency, v.unit) for v in run]
    if len({v.currency for v in run}) != 1:
        return None  # '$40, 35 and $20': one kind of value or none
    units = [v.unit for v in run]
    said = {u.name for u in units if u is not None}
    if len(said) > 1 or said and units[-1] is None:
        return None  # '3 km, 5 miles and 4': one unit, said after each value or after the last
    unit = next((u for u in units if u is not None), None)
    return [_Value(v.value, v.start, v.end, v.currency, unit) for v in run]


def _value_at(tokens: list[Token], i: int) -> _Value | None:
    """A value at ``i``: '$1,850', '72.4', '70.9 seconds'; a unit word right after it is part of it."""
    money = None
    at = i
    if tokens[i].kind == "currency":
        money = str(tokens[i].value)
        at = i + 1
    if tokens[at].kind != "number":
        return None
    after = tokens[at + 1]
    unit = lookup(after.word) if after.kind == "word" and money is None else None
    if unit is not None and unit.dimension.startswith("money"):
        money, unit = unit.dimension.removeprefix("money").strip() or None, None
        if money is None:
            return None
    if unit is not None and (unit.per is not None or unit.dimension == "temperature"):
        return None
    end = at + 1 + (unit is not None or after.kind == "word" and lookup(after.word) is not None)
    return _Value(Fraction(tokens[at].value), i, end, money, unit)


def _counts_the_list(tokens: list[Token], i: int, listed: int) -> bool:
    """'the four Saturdays', 'over 5 days': a count of plural things, not a unit, equal to the values listed.

    A count of some other number is not the list's and declines the request ('the 6 races' with 4 times given)."""
    if tokens[i].kind != "number" or tokens[i].value != listed:
        return False
    for nxt in tokens[i + 1 : i + 3]:  # 'four Saturdays', '4 market days', 'over five days'
        if nxt.kind != "word" or nxt.word in _JOINERS or nxt.word == "times":
            return False  # 'I ran 3 times': times can multiply as well as count
        unit = lookup(nxt.word)
        if unit is not None and unit.dimension != "time":
            return False  # '4 kg': an amount, not the occasions counted
        if nxt.word.endswith("s") and (unit is None or unit.per is None):
            return True
    return False


def _total(listed: list[_Value]) -> Solution:
    values = [v.value for v in listed]
    total = numbers.checked(sum(values, Fraction(0)))
    steps = [f"{' + '.join(numbers.format_number(v) for v in values)} = {numbers.format_number(total)}"]
    return _shown(listed, "sum", total, steps)


def _mean(listed: list[_Value]) -> Solution:
    values = [v.value for v in listed]
    total = sum(values, Fraction(0))
    mean = numbers.checked(total / len(values))
    shown = ", ".join(numbers.format_number(v) for v in values)
    steps = [f"{len(values)} numbers: {shown}", f"mean = {numbers.format_number(total)} ÷ {len(values)} = "
             f"{numbers.format_number(mean)}"]  # fmt: skip
    return _shown(listed, "mean", mean, steps)


def _shown(listed: list[_Value], name: str, value: numbers.Real, steps: list[str]) -> Solution:
    """The statistic ``name`` of the list, in the list's currency or unit when it has one."""
    measure = _quantity(listed[0]).measure
    expression = f"{name} of {len(listed)} numbers"
    if measure is None:
        solution = Solution(numbers.format_number(value), value, "statistics", expression, steps)
    else:
        solution = answer_for(Quantity(value, measure), "statistics", expression, steps)
    solution.values[name] = value
    return solution


def _per_listed_period(tokens: list[Token], ask: int, end: int, story: range) -> bool:
    """'My flying hours for the last six months were 78, 84, 91, 69, 88 and 75. What's my average per month?': the
    one 'per' is in the question, before the period the story counts as many of as it lists values — so each value
    is one period's and the mean is per period. A count of another size is the list's count ``_counts_the_list``
    declines; another period ('per week' of six months) is left to decline. The period labels the list, said just
    before it: 'ran 5, 7, 6 and 8 km over the past four weeks' may be four runs in any of the weeks."""
    pers = [i for i in range(story.start, end) if tokens[i].word == "per"]
    if len(pers) != 1 or pers[0] < ask or tokens[pers[0] + 1].kind != "word":
        return False
    asked = lookup(tokens[pers[0] + 1].word, short=False)
    if asked is None or asked.dimension != "time" or asked.per is not None:
        return False
    for i in story:
        named = tokens[i + 1]
        if tokens[i].kind == "number" and named.kind == "word" and named.word.endswith("s"):
            unit = lookup(named.word, short=False)
            if unit is not None and unit.name == asked.name and _labels_next(tokens, i + 2):
                return True
    return False


def _labels_next(tokens: list[Token], i: int) -> bool:
    """'... six months were 78, ...', '... six months: 78, ...': the list follows straight after its label."""
    while tokens[i].word in ("were", "was", "are") or tokens[i].text == ":":
        i += 1
    return tokens[i].kind in ("number", "currency")
