"""Interest on a loan or a deposit told as a story: 'Baya, I borrowed SRD 15.000 from the bank at 18% simple interest
a year, for nine months. How much interest I must pay?' → 'Simple interest on SRD 15000 at 18% per year for 9
months?'; 'Măi, my wife put 25 000 lei on deposit at 6% per year, capitalised every quarter, so every 3 months. How
much we have after 2 years?' → 'LEU 25000 at 6% per year compounded quarterly for 2 years. Final amount?'.

The story gives the sum, a yearly rate and how long; it says whether the interest is simple or added to the sum
(and how often); it asks the interest, or what is paid back or held at the end. A rate not said to be yearly, two
ways of adding interest, or any other figure declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.story_kinds.story import Figure, Story, figure_text
from servers.tools.calculator.tokens import Token

_YEARLY = (
    "per year",
    "a year",
    "per annum",
    "p.a",
    "p . a",
    "pa",
    "yearly",
    "annual",
    "annually",
    "each year",
    "every year",
)
_COMPOUND = frozenset("compound compounded compounding capitalised capitalized capitalise capitalize".split())
_TIMES = {"month": Fraction(1, 12), "year": Fraction(1)}
_OFTEN = {
    "monthly": "monthly", "month": "monthly", "quarterly": "quarterly", "quarter": "quarterly",
    "yearly": "annually", "year": "annually", "annually": "annually", "half": "semiannually",
}  # fmt: skip
_EVERY_MONTHS = {1: "monthly", 3: "quarterly", 6: "semiannually", 12: "annually"}
_TOTAL = ("pay back", "loan and interest", "loan plus interest", "with interest")
_READS = frozenset(
    "interest per every each added add and loan deposit only total back together plus quarter after if round".split()
)


def restate_interest(story: Story) -> str | None:
    """The plain request for the interest or the sum the story asks, or None unless it is exactly that."""
    if story.clocks or story.stretches or story.shifts(_READS):
        return None
    if not story.words & (_COMPOUND | {"interest", "simple"}):
        return None
    rates = [f for f in story.figures if f.percent]
    often, every_at = _how_often(story)
    times = [f for f in story.figures if _time_unit(story, f) and f.at != every_at]
    sums = [f for f in story.figures if not f.percent and f not in times and f.at != every_at]
    if len(rates) != 1 or len(times) != 1 or len(sums) != 1 or sums[0].unit or sums[0].value < 10:
        return None
    if not story.asks(*_YEARLY) or rates[0].value <= 0:
        return None
    simple, compound = "simple" in story.words, bool(story.words & _COMPOUND) or _adds(story)
    if simple == compound:
        return None
    length = _length(story, times[0])
    principal, rate = figure_text(sums[0]), figure_text(rates[0])
    if simple:
        if often is not None:
            return None  # 'simple interest a year for 9 months, paid monthly': repayments change the sum
        if story.asks(*_TOTAL):
            return f"Total to pay back on a loan of {principal} at {rate} simple interest per year for {length}?"
        return f"Simple interest on {principal} at {rate} per year for {length}?" if _interest_asked(story) else None
    if often is None:
        return None
    asked = "How much interest?" if _interest_asked(story) and not story.asks("how much we have") else "Final amount?"
    return f"{principal} at {rate} per year compounded {often} for {length}. {asked}"


def _adds(story: Story) -> bool:
    """'interest added every year to the money', 'the interest is added once every year': compounded."""
    return "interest" in story.words and bool(story.words & {"added", "add"})


def _how_often(story: Story) -> tuple[str | None, int | None]:
    """How often interest is added ('monthly', 'every quarter, so every 3 months', 'every half year', 'once every
    year'), and where a figure that says it is ('every 3 months'); (None, None) when the story does not say."""
    tokens = story.tokens
    found: set[str] = set()
    every_at = None
    for k, token in enumerate(tokens):
        if token.word in ("monthly", "quarterly", "annually", "yearly") and tokens[k - 1].word != "per":
            found.add(_OFTEN[token.word])
        if token.word in ("every", "each") or token.word == "once" and tokens[k + 1].word == "every":
            j = k + 1 + (token.word == "once")
            after = tokens[j]
            if after.kind == "number" and after.value in _EVERY_MONTHS and tokens[j + 1].word in ("month", "months"):
                found.add(_EVERY_MONTHS[int(after.value)])
                every_at = j
            elif after.word in _OFTEN and not (after.word == "year" and _yearly_rate_said(tokens, k)):
                found.add(_OFTEN[after.word])
            elif after.word == "half" and tokens[j + 1].word == "year":
                found.add("semiannually")
    return (found.pop() if len(found) == 1 else None), every_at


def _yearly_rate_said(tokens: list[Token], k: int) -> bool:
    """'6% every year' said of the rate, not of adding it: a percentage right before."""
    return k > 0 and tokens[k - 1].text == "%"


def _length(story: Story, time: Figure) -> str:
    """'9 months', '2 years', '2.5 years' of 'two and a half years'."""
    tokens = story.tokens
    value = time.value
    if [t.word for t in tokens[time.at + 1 : time.at + 4]] == ["and", "a", "half"]:
        value += Fraction(1, 2)
    unit = _time_unit(story, time).rstrip("s")
    return f"{numbers.format_number(value)} {unit}{'s' if value != 1 else ''}"


def _time_unit(story: Story, figure: Figure) -> str:
    """'year' or 'month' of '2 years', 'nine months', 'two and a half years'; '' for any other figure."""
    if figure.unit in _TIMES:
        return figure.unit  # 'years' is read as 'year' already
    after = [t.word for t in story.tokens[figure.at + 1 : figure.at + 5]]
    return after[3] if after[:3] == ["and", "a", "half"] and after[3].rstrip("s") in _TIMES else ""


def _interest_asked(story: Story) -> bool:
    tokens = story.tokens
    last = story.question
    return any(t.word == "interest" and story.sentence(k) == last for k, t in enumerate(tokens))
