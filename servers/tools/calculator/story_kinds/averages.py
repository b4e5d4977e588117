"""The average of a list a story gives: 'Rain in mm on my farm from June to October: 85, 190, 260, 175 and 40.
What is the average per month? Abaraka.' → 150; 'Monday I salted five legs: 9,2 kg, 8,7 kg, 10,1 kg, 9,6 kg and
8,9 kg. What is the average weight of one leg?' → 9.3 kg.

The list is every figure of the story, of one unit or currency (or none); a count before it ('five legs') must be
the list's length. An average asked 'per month' or 'a day' must be of a list told by that period: its name or its
labels (June, Monday) are in the story, so a week's figures are never averaged per day.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import Quantity, currency, lookup, show
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.story_kinds.story import MONTHS, Figure, Story, unit_name

_ASKED = frozenset("average mean".split())
_READS = frozenset("per each last and".split())
_OTHER_MEANS = frozenset(
    "weights weighted sample ignoring ignore closed lowest highest median mode missing fourth fifth "
    "range hour hours hourly distance length height depth width time duration price cost temperature speed".split()
)
"""Words of an average this reading does not work out: weighted, of a sample, with figures set aside, per hour."""
_BEFORE_FIRST = frozenset(": , were was are is got of".split())
_BETWEEN = frozenset(", ; and or &".split())
_PERIODS = {
    "day": frozenset("day days daily monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat "
                     "sun".split()),
    "week": frozenset("week weeks weekly".split()),
    "month": frozenset("month months monthly january february march april may june july august september october "
                       "november december jan feb mar apr jun jul aug sep sept oct nov dec".split()),
    "year": frozenset("year years yearly season seasons".split()),
}  # fmt: skip
_PERIOD_OF = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annual": "year"}
_ORDER: dict[str, tuple[str, ...]] = {
    "day": tuple("monday tuesday wednesday thursday friday saturday sunday".split()),
    "month": MONTHS,
}
PROBLEM = "average of a list"


def solve_average(story: Story) -> Solution | None:
    """The mean of the story's list; None unless the story is exactly a list and an average asked of it."""
    if not story.words & _ASKED or story.words & _OTHER_MEANS or story.clocks or story.stretches:
        return None
    if story.shifts(_READS):
        return None
    asked_at = min(k for k, t in enumerate(story.tokens) if t.word in _ASKED)
    figures = [f for f in story.figures if not _one_asked_of(story, f, asked_at)]
    if figures and _counts_list(figures):
        figures = figures[1:]
    if len(figures) < 2 or any(f.percent or story.tokens[f.end].word in ("per", "an", "a") for f in figures):
        return None
    last = figures[-1]
    closed = story.tokens[last.end].kind in ("symbol", "end")  # '42, 55, 61 and 38 mm.'; not '3 days were shut'
    if all(not f.unit and not f.currency for f in figures[:-1]) and lookup(last.unit) is not None and closed:
        figures = [Figure(f.value, f.at, f.end, figures[-1].unit) for f in figures]  # '42, 55, 61 and 38 mm'
    kinds = {(f.currency, unit_name(f.unit)) for f in figures}
    if len(kinds) != 1 or not _one_list(story, figures) or not _period_told(story, len(figures)):
        return None
    money, unit = kinds.pop()
    measure = lookup(unit) if unit else None
    if "weight" in story.words and (measure is None or measure.dimension != "mass"):
        return None  # 'My students got 78, 85 and 92. What's the average weight?'
    total = sum((f.value for f in figures), Fraction(0))
    mean = Fraction(numbers.checked(total / len(figures)))
    measure = currency(money) if money else lookup(unit) if unit else None
    shown = show(Quantity(mean, measure)) if measure is not None else numbers.format_number(_rounded(mean))
    n = numbers.format_number
    steps = [f"{len(figures)} figures: {', '.join(n(f.value) for f in figures)}",
             f"mean = {n(total)} ÷ {len(figures)} = {n(_rounded(mean))}"]  # fmt: skip
    return Solution(shown, mean, PROBLEM, f"mean of {len(figures)} numbers", steps)


def _counts_list(figures: list[Figure]) -> bool:
    """'five legs: 9,2 kg, ...': a count first that is the length of the list after it."""
    first = figures[0]
    return first.value == len(figures) - 1 and not first.currency and first.unit != figures[1].unit


def _one_asked_of(story: Story, figure: Figure, asked_at: int) -> bool:
    """'the average weight of one leg': the one each figure is of, said in the question."""
    return figure.value == 1 and figure.at > asked_at and story.tokens[figure.at - 1].word in ("of", "per", "for")


def _one_list(story: Story, figures: list[Figure]) -> bool:
    """'85, 190, 260, 175 and 40', 'Mon 7, Tue 9': the figures one after another, with nothing but a comma, an 'and'
    or a label between; 'year 10: 72, 85' is a label and a list, not three figures."""
    tokens = story.tokens
    labels = _PERIODS["day"] | _PERIODS["month"]
    first = tokens[figures[0].at - 1].text.lower() if figures[0].at else ""
    if first not in _BEFORE_FIRST and first not in labels:
        return False
    for before, after in zip(figures, figures[1:], strict=False):
        between = [t.word or t.text for t in tokens[before.end : after.at]]
        if not between or any(w not in _BETWEEN and w not in labels for w in between):
            return False
    return True


def _period_told(story: Story, count: int) -> bool:
    """An average 'per month', 'a day', 'monthly' only of a list the story tells by that period: one label a figure
    ('Mon 7, Tue 9'), a count of periods that is the list's ('the last five days'), or a run of them ('from June to
    October')."""
    tokens = story.tokens
    asked = {
        tokens[k].word.rstrip("s") for k in range(1, len(tokens))
        if tokens[k - 1].word in ("per", "a", "each", "every") and tokens[k].word.rstrip("s") in _PERIODS
    } | {_PERIOD_OF[t.word] for t in tokens if t.word in _PERIOD_OF}  # fmt: skip
    if any(t.word == "per" and tokens[k + 1].word.rstrip("s") not in _PERIODS for k, t in enumerate(tokens[:-1])):
        return False  # 'the average per mile' of the miles driven each day: not a period the list is of
    return all(_told_by(story, period, count) for period in asked)


def _told_by(story: Story, period: str, count: int) -> bool:
    tokens = story.tokens
    if any(t.word.rstrip("s") == period and story.sentence(k) < story.question for k, t in enumerate(tokens)):
        return True  # 'harvest per week this month: ...': the list is told by it
    labels = [t.word for t in tokens if t.word in _PERIODS[period] and t.word.rstrip("s") != period]
    if len(set(labels)) == count == len(labels):
        return True
    if any(f.value == count and f.unit == period for f in story.figures):
        return True  # 'the last five days: ...'
    order = _ORDER.get(period, ())
    for k in range(len(tokens) - 2):
        first, second = _full(tokens[k].word, order), _full(tokens[k + 2].word, order)
        if tokens[k + 1].word in ("to", "till", "until", "through") and first is not None and second is not None:
            return (second - first) % len(order) + 1 == count
    return False


def _full(word: str, order: tuple[str, ...]) -> int | None:
    """The place of 'june', 'jun', 'mon' in the order of its period's names."""
    for place, name in enumerate(order):
        if word and (word == name or len(word) >= 3 and name.startswith(word)):
            return place
    return None


def _rounded(value: Fraction) -> Fraction:
    return value if numbers.terminates(value) else numbers.round_half_up(value, 4)
