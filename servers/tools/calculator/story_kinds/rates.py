"""Work at the same rate, told as a story: 'I hammer 4 džezve in 3 hours. A hotel ordered 30 džezve. How many
hours of work is that?' → 22.5 hours; 'Three pickers pick 84 kilo in 4 hours. Same speed, how many kilo in 7
hours?' → 147 kilo; 'One boy breaks 18 buckets of stone in one day. I get seven boys working 6 days. How many
buckets?' → 756 buckets.

The first sentence that says the unit asked tells the rate: the amount asked of and the amounts it goes with (the
time, the workers). Each later figure is one of those again, changed; what is not said again stays as it was
('Three pickers ... in 7 hours': the same three). What is made grows with each of them; a time asked grows only with
what is to be made, so a question that changes the workers as well declines. A figure of another unit, or a unit
told twice in the rate, declines the reading.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import lookup, plural
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.story_kinds.story import Story, unit_name

_READS = frozenset("every if and speed last half".split())  # 'same speed'; the rate is all there is
_TIMES = frozenset("minute hour day week month".split())
_SKIPPED = frozenset("more extra".split())
_LINKS = frozenset("in every per for each hold holds take takes contains fits carries".split())
_TIME_WORDS = frozenset("minute hour day week month year".split())
PROBLEM = "the same rate of work, scaled"


@dataclass(frozen=True, slots=True)
class _Amount:
    value: Fraction
    unit: str
    sentence: int


def solve_rate(story: Story) -> Solution | None:
    """The amount asked at the rate the story tells; None unless the story is exactly that."""
    reads = _READS | frozenset({"not"} if _last_partial(story) else ())  # 'the last one can stay not full'
    if story.clocks or story.shifts(reads) or story.words & _SKIPPED or story.asks_unsaid():
        return None
    if any(f.currency or f.percent or not f.unit for f in story.figures):
        return None
    amounts = [_Amount(f.value, unit_name(f.unit), story.sentence(f.at)) for f in story.figures]
    amounts += [_Amount(s.minutes / 60, "hour", story.sentence(s.at)) for s in story.stretches if s.minutes % 60 == 0]
    if len(amounts) != len(story.figures) + len(story.stretches) or len(amounts) < 3:
        return None
    asked = _asked(story)
    if asked is None:
        return None
    if asked == "time":  # 'how long': in the unit of time the rate is told in
        told_times = {a.unit for a in amounts if a.unit in _TIMES}
        asked = told_times.pop() if len(told_times) == 1 else ""
    told = [a for a in amounts if a.unit == asked]
    if len(told) != 1:
        return None
    rate = [a for a in amounts if a.sentence == told[0].sentence and a is not told[0]]
    changes = [a for a in amounts if a.sentence != told[0].sentence]
    units = [a.unit for a in rate]
    if not rate or not changes or len(set(units)) != len(units) or any(c.unit not in units for c in changes):
        return None
    if len({c.unit for c in changes}) != len(changes) or any(a.value <= 0 for a in amounts):
        return None
    if not _linked(story, told[0].sentence) or _per_period(story) or not _named_in_rate(story, told[0].sentence):
        return None
    changed = {c.unit for c in changes}
    if any(_dimension(u) and _dimension(u) == _dimension(asked) for u in units if u not in changed):
        return None  # '1 kg rice, 500 g peanut paste ... how many kg of peanut paste': which amount is asked?
    base = {a.unit: a.value for a in rate}
    if asked in _TIMES:
        made = [u for u in units if u not in _TIMES]
        if len(changes) != 1 or changes[0].unit not in made:
            return None  # a time asked of more work and more hands too: not said how they share it
    value = told[0].value
    steps: list[str] = []
    for change in changes:
        ratio = change.value / base[change.unit]
        steps.append(f"{_shown(change.value, change.unit)} ÷ {_shown(base[change.unit], change.unit)} = {_n(ratio)}")
        value *= ratio
    value = Fraction(numbers.checked(value))
    rounded_up = lookup(asked) is None and value.denominator != 1
    if rounded_up and not _last_partial(story):
        return None  # '1 tin holds 2 kg. How many tins for 15 kg?': 7.5 tins is not a count, and full or not is open
    times = " × ".join(_n(c.value / base[c.unit]) for c in changes)
    steps.append(f"{_shown(told[0].value, asked)} × {times} = {_shown(value, asked)}")
    if rounded_up:  # 'the last one can stay not full': a whole one more for what is left over
        value = Fraction(math.ceil(value))
        steps.append(f"rounded up to whole {plural(asked)}, the last one not full: {_shown(value, asked)}")
    solution = Solution(_shown(value, asked), value, PROBLEM, f"{_n(told[0].value)} × {times}", steps, asked)
    grown = " and ".join(plural(c.unit) for c in changes)
    solution.notes.append(f"the {plural(asked)} grow in step with the {grown}, at the rate the request tells")
    return solution


def _last_partial(story: Story) -> bool:
    """'The last one can stay not full', 'last bag no need to full', 'the last one can be half full'."""
    return "last" in story.words and bool(story.words & {"full", "half", "partly", "partial"})


def _linked(story: Story, sentence: int) -> bool:
    """'84 kilo in 4 hours', 'three shells every two days', '6 scotch bonnet for 2 chicken': the rate says what goes
    with what; '3 pickers fill 12 crates' says no time, so more pickers are not more crates."""
    return any(t.word in _LINKS and story.sentence(k) == sentence for k, t in enumerate(story.tokens))


def _per_period(story: Story) -> bool:
    """'sells 40 loaves a day': a rate of its own beside the one told."""
    tokens = story.tokens
    return any(t.word in ("a", "an", "per") and tokens[k + 1].word in _TIME_WORDS for k, t in enumerate(tokens[:-1]))


def _named_in_rate(story: Story, sentence: int) -> bool:
    """'how many cups of rice': the rice is what the rate is told of, not another thing."""
    tokens = story.tokens
    told = {t.word for k, t in enumerate(tokens) if story.sentence(k) == sentence}
    for k in range(len(tokens) - 3):
        asks = tokens[k].word == "how" and tokens[k + 1].word in ("many", "much") and tokens[k + 3].word == "of"
        if asks and unit_name(tokens[k + 2].word) not in _TIMES:  # 'how many days of work': the time, of anything
            if tokens[k + 4].kind == "word" and tokens[k + 4].word not in told:
                return False
    return True


def _dimension(unit: str) -> str:
    known = lookup(unit)
    return known.dimension if known is not None else ""


def _asked(story: Story) -> str | None:
    """The unit of 'how many hours', 'how many days of work', 'how many kilo'; None when the question is another."""
    tokens = story.tokens
    found: list[str] = []
    for k in range(len(tokens) - 2):
        if tokens[k].word == "how" and tokens[k + 1].word in ("many", "much") and tokens[k + 2].kind == "word":
            found.append(unit_name(tokens[k + 2].word))
        elif tokens[k].word == "how" and tokens[k + 1].word == "long":
            found.append("time")
    return found[0] if len(set(found)) == 1 else None


def _n(value: Fraction) -> str:
    return numbers.format_number(numbers.round_half_up(value, 4) if not numbers.terminates(value) else value)


def _shown(value: Fraction, unit: str) -> str:
    return f"{_n(value)} {unit if value == 1 else plural(unit)}"
