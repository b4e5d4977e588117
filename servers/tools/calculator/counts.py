"""Things counted at a rate over a time: "11 calories a minute, how many in 45 minutes", "a printer does 30 pages
a minute, how many pages in 12 minutes".

The rate counts something that is not a unit (calories, pages, drops); money and units have their own kinds of
problem. The time is converted to the rate's as a payslip or a calendar counts it (52 weeks to a year), and a
clock rate over days ("10 pages an hour for 3 days") is asked about rather than taken as 72 hours.
"""

from __future__ import annotations

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import PUNCTUATION, QUESTION_WORDS
from servers.tools.calculator.prices import calendar_count
from servers.tools.calculator.quantities import Measure, Quantity, convert, lookup, show
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_PER = frozenset({"a", "an", "per", "every", "each", "/"})
_DOING = frozenset(
    "burn burns burned burnt burning make makes made making produce produces produced print prints printed "
    "type types typed typing read reads reading drip drips fill fills pump pumps do does did get gets got cycling "
    "running walking swimming rowing jogging hiking dancing skipping working exercising training".split()
)
_FILLERS = QUESTION_WORDS | _DOING | frozenset("how many in for over during after total altogether all".split())


_KEPT_UP = tuple(
    tuple(p.split())
    for p in (
        "at that rate", "at this rate", "at the same rate", "at that speed", "at this speed", "at the same speed",
        "ran", "runs", "run", "kept going", "keeps going", "went on", "goes on", "carried on", "carries on",
        "continued", "continues", "handles", "handled", "handle", "processes", "processed", "serves", "served",
        "receives", "received", "sends", "sent", "gets", "got",
    )
)  # fmt: skip
_PEAK = (("at", "peak"), ("at", "its", "peak"), ("at", "the", "peak"), ("at", "full", "speed"))
"""A rate said of its peak, read as kept up only when the question keeps it ('if it ran at that rate')."""
_DOERS = frozenset("a an the our my their his her this that your".split())


def _phrase(tokens: list[Token], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    for p in phrases:
        if all(tokens[min(i + k, len(tokens) - 1)].word == w for k, w in enumerate(p)):
            return len(p)
    return 0


def _kept_up(tokens: list[Token], start: int) -> bool:
    """'at that rate', 'at the same rate': the question says the rate goes on as given."""
    return any(_phrase(tokens, i, _KEPT_UP[:6]) for i in range(start, len(tokens) - 1))


def _after_doer(tokens: list[Token], start: int) -> int:
    """Past who or what does the counting ('our api handles', 'the machine makes'): a determiner, up to two plain
    words that are no unit, and a verb of doing, right before the rate's number."""
    if tokens[start].word not in _DOERS:
        return start
    j = start + 1
    while j < start + 3 and tokens[j].kind == "word" and tokens[j].word.isalpha() and lookup(tokens[j].word) is None:
        if _phrase(tokens, j, _KEPT_UP[6:]) == 1 or tokens[j].word in _DOING:
            return j + 1 if tokens[j + 1].kind == "number" else start
        j += 1
    return start


def _time_unit(token: Token) -> Measure | None:
    measure = lookup(token.text) if token.kind == "word" else None
    return measure if measure is not None and measure.dimension == "time" and measure.per is None else None


def solve_count_rate(tokens: list[Token], start: int) -> Solution | None:
    """A count per unit of time times a time; None unless the request is exactly that."""
    rate: tuple[Quantity, str] | None = None  # (the count per time unit, the thing counted)
    extent: Quantity | None = None
    kept = _kept_up(tokens, start)
    i = _after_doer(tokens, start)
    while tokens[i].kind != "end":
        token = tokens[i]
        said = _phrase(tokens, i, _KEPT_UP) or kept and _phrase(tokens, i, _PEAK)
        if said:
            i += said  # 'if it ran at that rate for 24 hours': the rate, kept up
            continue
        if token.kind == "number":
            after = tokens[i + 1]
            if (
                after.kind == "word" and after.word.isalpha() and lookup(after.text) is None
                and (tokens[i + 2].word in _PER or tokens[i + 2].text == "/") and _time_unit(tokens[i + 3])
            ):  # fmt: skip
                if rate is not None:
                    return None
                per = _time_unit(tokens[i + 3])
                assert per is not None
                rate = (Quantity(token.value, per), after.word)
                i += 4
                continue
            unit = _time_unit(after)
            if unit is None or extent is not None:
                return None
            extent = Quantity(token.value, unit)
            i += 2
            continue
        if token.word in ("a", "an") and tokens[i - 1].word in ("for", "in", "over") and _time_unit(tokens[i + 1]):
            if extent is not None:
                return None
            unit = _time_unit(tokens[i + 1])
            assert unit is not None
            extent = Quantity(1, unit)  # "for a year"
            i += 2
            continue
        if not (token.word in _FILLERS or token.text in PUNCTUATION or rate and token.word == rate[1]):
            return None
        i += 1
    if rate is None or extent is None:
        return None
    each, thing = rate
    assert each.measure is not None and extent.measure is not None
    counted = calendar_count(extent, each.measure)
    if counted is None:
        count, note = convert(extent.value, extent.measure, each.measure), ""
    else:
        count, note = counted
    total = numbers.checked(each.value * count)
    shown = f"{numbers.format_number(total)} {thing}"
    rate_text = f"{numbers.format_number(each.value)} {thing} per {each.measure.name}"
    steps = [f"{rate_text} × {show(extent, exact=True)} = {shown}"]
    solution = Solution(shown, total, "count at a rate", f"{rate_text} * {show(extent)}", steps)
    if note:
        solution.notes.append(note)
    return solution
