"""Figures in a sentence: years, months, days, quantities with their units, and whether two figures agree.

A figure is compared only with a figure of the same kind: a year with a year, a month with a month, a day of
the month with a day, and a quantity with a quantity in the same unit ("8,849 metres" with "8,848.86 metres",
never with "1953" or "20 percent"). Agreement allows for how the figures were written:

- a claim's figure agrees with a more precise source figure that rounds to it (8,849 against 8,848.86), or, from
  three digits up, that it is with its fraction dropped (8,848 against 8,848.86);
- a source figure marked as approximate ("about 300 metres") agrees within 5 percent (a year within ten
  years, a percentage within two points or 5 percent of it);
- a bound ("more than 1,500") agrees with any figure on the right side of it.

A number right after a name ("Apollo 11", "Rust 1.0") names the thing rather than measuring it: it is an
identifier, kept apart so that "Apollo 17" is never evidence about "Apollo 11".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from patterns.lexical import NUMBER_WORDS as LEXICAL_NUMBERS
from servers.tools.summarizer.sentences import STOPWORDS, stem

MONTHS = {
    name: n
    for n, name in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
NUMBER_WORDS = {w: n for w, n in LEXICAL_NUMBERS.items() if n > 1}  # "one" is too often a pronoun to be a figure
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
# "a tenth of", "half of", "all of": shares written as words, compared as approximate percentages.
SHARES = {"tenth": 10.0, "quarter": 25.0, "third": 33.3, "half": 50.0, "all": 100.0}
_UNITS = {
    "%": "percent", "percent": "percent", "per cent": "percent",
    "m": "metre", "metre": "metre", "meter": "metre", "km": "kilometre", "kilometre": "kilometre",
    "kilometer": "kilometre", "cm": "centimetre", "centimetre": "centimetre", "centimeter": "centimetre",
    "ft": "foot", "foot": "foot", "feet": "foot", "inch": "inch", "inche": "inch", "mile": "mile",
    "kg": "kilogram", "kilogram": "kilogram", "g": "gram", "gram": "gram", "tonne": "tonne", "ton": "tonne",
    "lb": "pound", "pound": "pound", "second": "second", "minute": "minute", "hour": "hour", "day": "days",
    "week": "week", "month": "months", "year": "years", "decade": "decade", "century": "century",
    "centurie": "century",
}  # fmt: skip
# "20 July 1969" and "July 20, 1969": a number beside a month name is a day of the month.
_TOKEN = re.compile(
    r"(?P<num>(?<![\w.:])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w:]|\.\d))(?P<pct>\s?%)?"
    r"|(?P<word>\b[a-z]+\b)",
    re.I,
)
_SCALES_OF_TEMPERATURE = {"celsius": "celsius", "fahrenheit": "fahrenheit"}
_DEGREES = stem("degrees")  # what "32 degrees" counts when it names no scale
_APPROX = frozenset({"about", "around", "roughly", "approximately", "nearly", "almost", "some", "circa", "c"})
_AT_LEAST = {("more", "than"), ("at", "least"), ("upwards", "of"), ("over",)}
_AT_MOST = {("less", "than"), ("fewer", "than"), ("at", "most"), ("up", "to"), ("under",)}
# Verbs whose "up to" is a total: "add up to 180", "adds up to", "summed up to", "totals up to".
_TOTALLING = frozenset("add adds added adding sum sums summed summing total totals totalled totaling".split())


Agreement = Literal["agree", "disagree", "unclear"]


@dataclass(frozen=True, slots=True)
class Figure:
    """A number with what it counts. ``bound`` is "" (exact), "about", "at least" or "at most"."""

    value: float
    unit: str  # "year", "month", "day", a unit such as "metre" or "percent", a counted noun's stem, or ""
    text: str
    decimals: int = 0
    bound: str = ""

    def agrees_with(self, source: Figure) -> bool:
        """Does this (claimed) figure agree with ``source``, a figure in the evidence of the same unit?"""
        return self.relation(source) == "agree"

    def relation(self, source: Figure) -> Agreement:
        """How this (claimed) figure stands to ``source``, a figure in the evidence of the same unit.

        A bound settles only what lies on its far side: "more than 1,500 died" contradicts "1,200 died" but
        neither confirms "2,000 died" nor "more than 2,500 died", and "more than 10 percent" is not settled by
        a passage that gives 10 percent."""
        claimed, given = self.value, source.value
        if source.bound in ("at least", "at most"):
            above = source.bound == "at least"
            if self.bound == source.bound:
                return "agree" if (given >= claimed if above else given <= claimed) else "unclear"
            if above:
                return "disagree" if claimed < given else "unclear"
            return "disagree" if claimed > given else "unclear"
        if self.bound in ("at least", "at most"):
            if given == claimed:
                return "unclear"
            return "agree" if (given > claimed) == (self.bound == "at least") else "disagree"
        if "about" in (source.bound, self.bound):
            near = abs(claimed - given) <= self._slack(given)
            if near and self.text.endswith(tuple(_FRACTIONS)) and abs(claimed - given) > _FRACTION_SLACK:
                return "unclear"  # "365 and a half" is said to the half day: "about 365.25" does not settle it
            return "agree" if near else "disagree"
        if claimed == given or round(given, self.decimals) == claimed or self._cut_from(source):
            return "agree"
        return "disagree"

    def _cut_from(self, source: Figure) -> bool:
        """Is this whole figure ``source`` with its fraction dropped, as figures are often quoted ("8,848 metres"
        for 8,848.86)? Only from three digits up, where the fraction dropped is under a hundredth of the whole,
        and never for a year."""
        whole = self.decimals == 0 and source.decimals > 0 and self.unit != "year"
        return whole and self.value >= 100 and int(source.value) == self.value

    def _slack(self, given: float) -> float:
        """How far an approximate figure may be off. A year is about right within a decade, a share within
        two points or a twentieth; a 10 percent slack would let "around 1500" agree with "around 1440"."""
        if self.unit == "year":
            return 10.0
        if self.unit == "percent":
            return max(2.0, 0.05 * abs(given))
        return 0.05 * max(abs(given), abs(self.value))


@dataclass(frozen=True, slots=True)
class Figures:
    """The figures of a clause, and the identifiers ("Apollo 11") kept apart from them."""

    figures: tuple[Figure, ...]
    identifiers: frozenset[str]


def is_year(value: float, decimals: int) -> bool:
    return decimals == 0 and 1000 <= value <= 2100 and value == int(value)


def _bound(previous: list[str]) -> str:
    if previous and previous[-1] in _APPROX:
        return "about"
    for phrase, bound in [(p, "at least") for p in _AT_LEAST] + [(p, "at most") for p in _AT_MOST]:
        if tuple(previous[-len(phrase) :]) == phrase:
            if phrase == ("up", "to") and previous[-3:-2] and previous[-3] in _TOTALLING:
                return ""  # "the angles add up to 180 degrees" gives a total, not a bound
            return bound
    return ""


_DURATIONS = frozenset({"second", "minute", "hour", "week", "decade", "century"})
_SPAN_BEFORE = frozenset(
    "about around roughly approximately nearly almost over under than takes take took taking lasts last lasted just "
    "only within".split()
)
_FIGURE_WORDS = frozenset(MONTHS) | frozenset(NUMBER_WORDS) | frozenset(SHARES)


def _unit(word: str | None) -> str | None:
    if word is None:
        return None
    key = word.lower()
    return _UNITS.get(key) or _UNITS.get(key.rstrip("s")) or None


def find_figures(text: str) -> Figures:
    """The figures and identifiers in ``text`` (one clause or sentence), in reading order."""
    tokens = [m for m in _TOKEN.finditer(text)]
    found: list[Figure] = []
    identifiers: set[str] = set()
    for i, match in enumerate(tokens):
        word = match.group("word")
        if word is not None and word.lower() not in _FIGURE_WORDS and word.lower() not in ("a", "an"):
            continue  # most words are not figures: skip them before looking around them
        previous = [t.group().lower() for t in tokens[max(0, i - 3) : i]]
        after = [t.group() for t in tokens[i + 1 : i + 3]]
        if word is not None and word.lower() in ("a", "an"):
            # "about an hour", "takes a minute": one of a unit of time, as a duration (not "once a year", a rate)
            if previous and previous[-1] in _SPAN_BEFORE and after and _unit(after[0]) in _DURATIONS:
                found.append(Figure(1, _unit(after[0]) or "", f"{word} {after[0]}", 0, _bound(previous)))
            continue
        if word is not None:
            if word[0].isupper() and word.lower() in MONTHS and (word != "May" or _beside_number(tokens, i)):
                found.append(Figure(MONTHS[word.lower()], "month", word))
            elif word.lower() in SHARES and after and after[0].lower() == "of" and (word != "all" or i > 0):
                found.append(Figure(SHARES[word.lower()], "percent", word, 0, "about"))
            elif word.lower() in NUMBER_WORDS and after and after[0].lower() != "of":
                unit = "percent" if after[0].lower() == "per" else _unit(after[0]) or _counted(after)
                found.append(Figure(NUMBER_WORDS[word.lower()], unit, word, 0, _bound(previous)))
            continue
        raw = match.group("num")
        value = float(raw.replace(",", ""))
        decimals = len(raw.partition(".")[2])
        before = tokens[i - 1].group() if i else ""
        named = before[:1].isupper() and before.lower() not in MONTHS and before.lower() not in STOPWORDS
        if named and not is_year(value, decimals):
            identifiers.add(raw)  # "Apollo 11", "Rust 1.0"
            continue
        if (part := _fraction_after(tokens, i)) is not None:
            value, decimals = value + part, 2  # "365 and a quarter days" is 365.25 days
            raw = " ".join(t.group() for t in tokens[i : i + 4])
            after = [t.group() for t in tokens[i + 4 : i + 6]]
        beside_month = any(t.lower() in MONTHS for t in ([before] + after[:1]))
        scale = _SCALES.get(after[0].lower()) if after else None
        if scale:
            value, after = value * scale, after[1:]
        unit = "percent" if match.group("pct") else _temperature(after) or _unit(after[0] if after else None)
        if unit is None and is_year(value, decimals):
            unit = "year"
        elif unit is None and beside_month and value <= 31:
            unit = "day"
        elif unit is None:
            unit = _counted(after)
        shown = f"{raw} degrees {unit.capitalize()}" if unit in _SCALES_OF_TEMPERATURE else raw
        found.append(Figure(value, unit, shown, decimals, _bound(previous)))
    return Figures(tuple(found), frozenset(identifiers))


_FRACTIONS = {"half": 0.5, "quarter": 0.25}
_FRACTION_SLACK = 0.1  # how far a figure said with a fraction may be from an approximate one


def _fraction_after(tokens: list[re.Match[str]], i: int) -> float | None:
    """The fraction a whole number goes on with ("365 and a quarter", "2 and a half"), or None."""
    said = [t.group().lower() for t in tokens[i + 1 : i + 4]]
    if len(said) == 3 and said[0] == "and" and said[1] in ("a", "one") and said[2] in _FRACTIONS:
        return _FRACTIONS[said[2]]
    return None


def _temperature(after: list[str]) -> str | None:
    """The scale of "0 degrees Celsius" or "32 degrees Fahrenheit" (vocabulary.rephrase writes "0°C" so)."""
    if len(after) > 1 and after[0].lower() in ("degree", "degrees"):
        return _SCALES_OF_TEMPERATURE.get(after[1].lower())
    return None


def _in_scale(figure: Figure, unit: str) -> Figure | None:
    """``figure`` as a temperature on the scale ``unit``, when it is one on the other scale: a note giving
    "100 degrees Celsius" speaks to a claim of "212 degrees Fahrenheit"."""
    if figure.unit == unit or {figure.unit, unit} != {"celsius", "fahrenheit"}:
        return None
    value = figure.value * 9 / 5 + 32 if unit == "fahrenheit" else (figure.value - 32) * 5 / 9
    return Figure(value, unit, figure.text, 0, figure.bound)


def _beside_number(tokens: list[re.Match[str]], i: int) -> bool:
    near = tokens[max(0, i - 1) : i] + tokens[i + 1 : i + 2]
    return any(t.group("num") for t in near)


def _counted(after: list[str]) -> str:
    """What a bare number counts: the noun after it ("2,200 passengers" counts "passeng"), else nothing."""
    if after and after[0].isalpha() and after[0].islower() and after[0] not in ("of", "and", "or", "to", "in"):
        return stem(after[0])
    return ""


def compare(claimed: tuple[Figure, ...], given: tuple[Figure, ...]) -> tuple[str, str]:
    """How the evidence's figures bear on the claim's: ("agree" | "disagree" | "unclear" | "missing", why).

    "disagree" when some claimed figure has figures of its kind in the evidence and none of them agrees;
    "agree" when every claimed figure is matched; "unclear" when a bound leaves a claimed figure open;
    "missing" when the evidence lacks some claimed kind.
    """
    matched: list[str] = []
    missing: list[Figure] = []
    for figure in claimed:
        same = [g for g in given if g.unit == figure.unit]
        same += [g for g in (_in_scale(g, figure.unit) for g in given) if g is not None]
        if figure.unit == _DEGREES:  # "boils at 100 degrees", the scale left out: on the scale the passage uses
            same += [g for g in given if g.unit in ("celsius", "fahrenheit")]
        relations = {figure.relation(g) for g in same}
        if not same:
            missing.append(figure)
        elif "agree" in relations:
            cut = [g for g in same if figure.relation(g) == "agree" and figure.value != g.value]
            exact = len(cut) < len([g for g in same if figure.relation(g) == "agree"])
            matched.append(figure.text if exact or not cut else f"{cut[0].text}, quoted as {figure.text}")
        else:
            shown = ", ".join(dict.fromkeys(g.text for g in same))
            if "unclear" in relations:
                return "unclear", f"the passage gives {shown}, which does not settle {figure.text}"
            return "disagree", f"the passage gives {shown}, not {figure.text}"
    if missing:
        return "missing", f"the passage gives no {_kind(missing[0])} to compare with {missing[0].text}"
    return "agree", f"the passage gives the same figure ({', '.join(matched)})"


def _kind(figure: Figure) -> str:
    if figure.unit in ("year", "month", "day"):
        return figure.unit
    return f"figure in {figure.unit}" if figure.unit in _UNITS.values() else "figure"
