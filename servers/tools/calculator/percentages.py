"""Percentage questions that are not plain arithmetic: change from one value to another, what share one value is
of another, and the whole that a percentage was taken of.

* change:  "percent increase from 80 to 100", "my rent went from $1,200 to $1,350, what % change is that"
* share:   "what percent of 80 is 20", "20 is what percentage of 80", "18 out of 24 as a percentage"
* whole:   "30 is 12% of what number", "15% of what is 45"
"""

from __future__ import annotations

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import Frame, Slot, has_word
from servers.tools.calculator.grammar import NotUnderstood
from servers.tools.calculator.inert import inert
from servers.tools.calculator.quantities import Quantity, add, convert, percent_shown, show
from servers.tools.calculator.solution import Solution, answer_for, note_percent_rounded
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_SUBJECTS = (
    "price prices cost value rent salary pay wage wages income sales revenue population score weight stock share "
    "traffic users visitors bill profit temperature pension allowance benefit amount premium fee fees subscription "
    "my our the its their a an it this that"
)
# What a value may count or be per: "80,000 people", "1,650 a month"; none of them changes the percentage.
_COUNTED = "people residents users customers visitors members subscribers students employees a per month year week day"
# When each value was: "12,400 last year and 15,500 this year".
_BEFORE = tuple(f"{w} {p}" for w in ("last", "the previous", "the prior") for p in ("year", "month", "week", "quarter"))
_BEFORE_ALL = (*_BEFORE, "yesterday", "before", "previously")
_NOW = tuple(f"this {p}" for p in ("year", "month", "week", "quarter")) + ("today", "now")
_CHANGE = Frame(
    slots=(
        Slot("old", "value", ("from", "went from", "rose from", "fell from", "dropped from", "grew from", "was",
             "bought for", "bought it for", "bought at", "paid"), _BEFORE_ALL, bare=False),
        Slot("new", "value", ("to", "rose to", "fell to", "dropped to", "grew to", "is now", "now", "became",
             "sold for", "sold it for", "sold at"), _NOW, bare=False),
    ),
    fillers=frozenset(
        f"% percent percentage change increase decrease growth drop rise fall gain loss what is was the by did "
        f"does go went up down of if how much many in and then changed increased decreased lose lost gain gained "
        f"raise profit got get cut improvement "
        f"{_COUNTED} {_SUBJECTS}".split()
    ),
    verbs=("went", "grew", "rose", "fell", "dropped", "increased", "decreased", "climbed", "jumped", "changed",
           "is", "was", "were", "are", "has", "had", "bought", "sold", "purchased"),
)  # fmt: skip
# A value raised by a percentage said as a noun: "my salary is 48000 and I'm getting a 3.5% raise".
_RISES = ("raise", "pay raise", "pay rise", "rise", "increase", "hike", "markup", "mark-up")
_RAISED = Frame(
    slots=(
        Slot("base", "value", ("is", "of", "on", "earn", "make", "from", "currently", "currently is", "pays", "costs"),
             bare=False),
        Slot("percent", "percent", ("a", "an", "by"), _RISES, needs_noun=True),
        Slot("rise", "percent", ("goes up by", "go up by", "going up by", "is going up by", "increases by",
             "increase by", "rises by", "rise by", "will rise by", "is rising by", "up by", "raising it by",
             "raise it by", "raising it", "increasing it by", "increase it by", "putting it up by", "put it up by",
             "putting it up", "put it up", "upping it by", "bumping it up by"), bare=False),
    ),
    fillers=frozenset(
        f"what's whats what is will be the new my our and i'm i am we're there's getting get got gets after with once "
        f"each he she we they going to it it's that monthly weekly yearly annual in next january february march april "
        f"may june july august september october november december {_SUBJECTS} {_COUNTED} {' '.join(_RISES)}".split()
    ),
)  # fmt: skip
_SHARE = Frame(
    slots=(
        Slot("part", "value", ("is", "are", "was", "were", "got", "scored", "get", "score", "answered")),
        Slot("whole", "value", ("of", "out of"), bare=False),
    ),
    fillers=frozenset(
        "what % percent percentage is as a in of express expressed that my on test exam quiz questions points "
        "marks correct right score grade i got".split()
    ),
)
_WHOLE = Frame(
    slots=(Slot("part", "value", ("is", "are", "was")), Slot("percent", "percent", ("is",))),
    fillers=frozenset("of what which number a the is find if".split()),
)


def solve_percentage(tokens: list[Token], start: int) -> Solution | None:
    if (
        (has_word(tokens, start, "from") and has_word(tokens, start, "to", "now", "became")
         or has_word(tokens, start, "bought") and has_word(tokens, start, "sold")
         or has_word(tokens, start, *_BEFORE_ALL) and has_word(tokens, start, *_NOW))
        and has_word(tokens, start, "percent", "percentage", "%")
    ):  # fmt: skip
        return _change(tokens, start)
    if has_word(tokens, start, "what percent", "what percentage", "what %", "as a percentage", "as a percent",
                "in percent", "as percentage", "percentage is"):  # fmt: skip
        return _share(tokens, start)
    if has_word(tokens, start, "of what", "of which", "of a number"):
        return _whole(tokens, start)
    risen = has_word(
        tokens,
        start,
        *_RISES,
        "goes up",
        "go up",
        "going up",
        "increases",
        "rises",
        "up by",
        "raising it",
        "increasing it",
        "putting it up",
        "put it up",
    )  # 'I'm raising it by 4.5%'
    if risen and has_word(tokens, start, "new", "after", "with", "become", "be", "get"):
        return _raised(tokens, start)
    return None


def _raised(tokens: list[Token], start: int) -> Solution | None:
    """A value after a rise of a percentage: 'my salary is 48000 and I'm getting a 3.5% raise, the new salary?'."""
    try:
        reading = _RAISED.read(tokens, start)
    except NotUnderstood:
        return None
    if len(reading.values) != 2 or "base" not in reading.values:
        return None  # one percentage, said as a noun ('a 3.5% raise') or a verb ('goes up by 3.1%')
    base, percent = reading.values["base"], reading.values.get("percent") or reading.values["rise"]
    if not _periods_agree(tokens, start, base):
        return None  # '£30,000 a year ... what will it be a month?' asks for another amount than the raised one
    rise = Quantity(numbers.checked(base.value * percent.value), base.measure)
    raised = Quantity(numbers.checked(base.value + rise.value), base.measure)
    pct = numbers.format_number(percent.value * 100)
    steps = [f"{show(base, exact=True)} × {pct}% = {show(rise, exact=True)}",
             f"{show(base, exact=True)} + {show(rise, exact=True)} = {show(raised, exact=True)}"]  # fmt: skip
    solution = answer_for(raised, "percentage increase", f"{show(base, exact=True)} * (1 + {pct}%)", steps)
    solution.values = {"base": base.value, "increase": rise.value, "new": raised.value}
    return solution


_PERIOD_WORDS = {"day": "day", "daily": "day", "week": "week", "weekly": "week", "fortnight": "fortnight",
                 "month": "month", "monthly": "month", "quarter": "quarter", "quarterly": "quarter", "year": "year",
                 "yearly": "year", "annual": "year", "annually": "year", "annum": "year"}  # fmt: skip


def _periods_agree(tokens: list[Token], start: int, base: Quantity) -> bool:
    """Every period the request names ('a month', 'each month', 'monthly') is the one the base is paid per: the
    raised amount is then the amount asked. A base without a period has none to agree with."""
    per = base.measure.per.name if base.measure is not None and base.measure.per is not None else None
    named = {_PERIOD_WORDS[w] for t in tokens[start:] if (w := t.word.removesuffix("s")) in _PERIOD_WORDS}
    return named <= ({per} if per else set())


def _change(tokens: list[Token], start: int) -> Solution:
    reading = _CHANGE.read(tokens, start)
    if len(reading.values) < 2:
        raise NotUnderstood(start, "a change from one value to another")
    old, new = reading.values["old"], reading.values["new"]
    if old.value == 0:
        raise ToolInputError("a percentage change from zero is undefined")
    difference = add(new, old, -1)
    change = numbers.checked(difference.value / _same_unit(old, difference) * 100)
    direction = "increase" if change > 0 else "decrease" if change < 0 else "no change"
    if change and has_word(tokens, start, *(_NAMED["increase" if change < 0 else "decrease"])):
        raise ToolInputError(f"the value shows a {direction}, but the question asks for the opposite")
    if has_word(tokens, start, *_IMPROVEMENT) and (change < 0) != _timed(old, new):
        raise ToolInputError(f"the value shows a {direction}; say whether that is better or worse")
    shown = percent_shown(abs(change)).removesuffix("%")
    steps = [
        f"change = {show(new, exact=True)} − {show(old, exact=True)} = {show(difference, exact=True)}",
        f"{show(difference, exact=True)} ÷ {show(old, exact=True)} × 100 = {numbers.format_number(change)}%",
    ]
    answer = "0% (no change)" if change == 0 else f"{shown}% {direction}"
    near = numbers.round_half_up(abs(change), 2)
    if change and near != abs(change) and near >= 1 and shown != numbers.format_number(near):
        answer += f" ({numbers.format_number(near)}% to 2 decimal places)"  # '7.209% (7.21% to ...)': as reported
    expression = f"({show(new, exact=True)} - {show(old, exact=True)}) / {show(old, exact=True)} * 100"
    solution = Solution(answer, signed_change(tokens, start, change), "percentage change", expression, steps, "%")
    note_percent_rounded(solution, abs(change))
    solution.values = {"old": old.value, "new": new.value, "difference": difference.value, "percent": change}
    return solution


_IMPROVEMENT = ("percent improvement", "percentage improvement", "% improvement")


def _timed(old: Quantity, new: Quantity) -> bool:
    """A time taken ('from 34.6 seconds to 32.9'), which improves by falling; anything else improves by rising."""
    return any(q.measure is not None and q.measure.dimension == "time" and q.measure.per is None for q in (old, new))


_NAMED = {
    direction: tuple(f"{lead} {word}" for lead in ("percent", "percentage", "%") for word in words)
    for direction, words in (
        ("increase", ("increase", "rise", "growth", "gain")),
        ("decrease", ("decrease", "drop", "fall", "loss", "reduction", "cut")),
    )
}


def signed_change(tokens: list[Token], start: int, change: numbers.Real) -> numbers.Real:
    """The result of a percent change: signed when a 'change' is asked (a fall is negative), but the size alone
    when the question names the direction ('what percent decrease', 'by how much did it drop')."""
    return change if has_word(tokens, start, "change", "changed", "changes") else abs(change)


def _same_unit(old: Quantity, difference: Quantity) -> numbers.Real:
    if old.measure is None or difference.measure is None or old.measure == difference.measure:
        return old.value
    return convert(old.value, old.measure, difference.measure)


def _share(tokens: list[Token], start: int) -> Solution:
    try:
        reading = _SHARE.read(tokens, start)
    except NotUnderstood:
        counted = _without_counted(tokens, start)
        if counted is None:
            raise
        reading = _SHARE.read(counted, start)  # '348 signups out of 12,400 visits': what each number counts
    if len(reading.values) < 2:
        raise NotUnderstood(start, "a part and the whole it is a share of")
    part, whole = reading.values["part"], reading.values["whole"]
    if whole.value == 0:
        raise ToolInputError("a share of zero is undefined")
    percent = numbers.checked(_ratio(part, whole) * 100)
    steps = [f"{show(part, exact=True)} ÷ {show(whole, exact=True)} × 100 = {numbers.format_number(percent)}%"]
    expression = f"{show(part, exact=True)} / {show(whole, exact=True)} * 100"
    solution = Solution(percent_shown(percent), percent, "percentage share", expression, steps, "%")
    note_percent_rounded(solution, percent)
    solution.values = {"part": part.value, "whole": whole.value, "percent": percent}
    return solution


def _without_counted(tokens: list[Token], start: int) -> list[Token] | None:
    """The tokens without the one plain noun after each of the two numbers of 'A things out of B things', which say
    what is counted and change nothing in the share; None when the request is not that shape."""
    numbers_at = [k for k in range(start, len(tokens) - 1) if tokens[k].kind == "number"]
    if len(numbers_at) != 2 or not has_word(tokens, start, "out of"):
        return None
    nouns = {k + 1 for k in numbers_at if inert(tokens[k + 1]) and tokens[k + 1].word.isalpha()}
    return [t for k, t in enumerate(tokens) if k not in nouns] if nouns else None


def _ratio(part: Quantity, whole: Quantity) -> numbers.Real:
    if part.measure is None or whole.measure is None or part.measure == whole.measure:
        return part.value / whole.value
    return convert(part.value, part.measure, whole.measure) / whole.value


def _whole(tokens: list[Token], start: int) -> Solution:
    reading = _WHOLE.read(tokens, start)
    if len(reading.values) < 2:
        raise NotUnderstood(start, "a value and the percentage of the unknown whole it is")
    part, percent = reading.values["part"], reading.values["percent"]
    if percent.value == 0:
        raise ToolInputError("no number has a 0% share equal to that value")
    whole = Quantity(numbers.checked(part.value / percent.value), part.measure)
    pct = numbers.format_number(percent.value * 100)
    steps = [f"{show(part, exact=True)} ÷ {pct}% = {show(part, exact=True)} ÷ {numbers.format_number(percent.value)}"
             f" = {show(whole, exact=True)}"]  # fmt: skip
    solution = Solution(show(whole), whole.value, "percentage whole", f"{show(part, exact=True)} / {pct}%", steps)
    solution.values = {"part": part.value, "percent": percent.value * 100, "whole": whole.value}
    return solution
