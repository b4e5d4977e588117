"""The unit a question asks its answer in: '... my average speed in km/h if I finished in 4 hours 15 minutes' asks
kilometres per hour, whatever unit the distance was given in.

A reading that accounts for every number may still answer in the givens' own unit (6.16 miles per hour). When the
unit named after 'in', 'into' or 'how many' measures the same thing as the answer, the answer is converted to it
(9.92 kilometres per hour); when two such units are asked ('how many gallons ... in litres'), or only a rate of
what the answer is an amount of, or an amount of what the answer is a rate of ('in km/h' answered in miles), the
request is declined. A unit of anything else ('in pounds' of money, 'in feet' of an area) is left alone: it is not
the answer's.
"""

from __future__ import annotations

import re

from servers.tools.calculator.asked_currency import check_currency_asked
from servers.tools.calculator.asked_minor_units import in_minor_unit, minor_unit_asked
from servers.tools.calculator.quantities import Measure, Quantity, convert, lookup, rate, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.inputs import ToolInputError

_ASKED_IN = re.compile(r"\bin(?:to)?\s+([a-z°][a-z°.]*(?:\s*/\s*[a-z]+|\s+per\s+[a-z]+|\s+[a-z]+)?)")
_HOW_MANY = re.compile(r"\bhow (?:many|much)\s+([a-z°][a-z°.]*(?:\s*/\s*[a-z]+|\s+per\s+[a-z]+|\s+[a-z]+)?)")
_RATE_NAMED = re.compile(r"\b(?:speed|average|avg|pace|rate)\s+([a-z]+\s*/\s*[a-z]+|[a-z]+\s+per\s+[a-z]+|mph|kph)\b")
"""A rate's unit said straight after what it measures: 'avg speed km/h?', 'average speed mph'."""
_MEASURED = frozenset({"length", "area", "volume", "mass"})
_COUNT_FILLERS = re.compile(r"^(?:more|fewer|extra|additional|whole|full|total|square|sq|cubic|of|the)\s+")
_CLOCK = re.compile(r" \(\d+ h \d+ min\)")  # the clock form answer_for adds to a number of hours


def in_units_asked(text: str, solution: Solution) -> Solution:
    """``solution`` in the currency and unit the question asks for (``asked_minor_units``, ``asked_currency``,
    ``honour_unit_asked``)."""
    minor = minor_unit_asked(text)
    if minor is not None:  # 'in pence': 25p, not £0.25
        return in_minor_unit(text, solution, minor)
    check_currency_asked(text, solution)
    check_scale_asked(text)
    check_count_asked(text, solution)
    check_measure_of_a_count(text, solution)
    return honour_unit_asked(text, solution)


_SCALE_ASKED = re.compile(r"\bin (thousands|lakhs?|millions|crores?|billions|hundreds)$", re.I)


def check_scale_asked(text: str) -> None:
    """Raise ToolInputError when the request ends asking for its figure in a scale ('… in thousands?', 'in lakhs'):
    the answer is said in full, and read in thousands it would be a thousand times too big. A scale said of the
    givens ('house prices in thousands: 245, 310') is not asked."""
    asked = _SCALE_ASKED.search(text.rstrip(" \t\n?.!"))  # the ending stripped first: the pattern has no run to retry
    if asked:
        raise ToolInputError(
            f"it asks for the answer in {asked.group(1).lower()}; I give figures in full, so ask without it"
        )


def check_measure_of_a_count(text: str, solution: Solution) -> None:
    """Raise ToolInputError when the answer counts things ('263 sheep each', '80%') and the question asks it in a
    unit of length, area, volume or weight ('avg per man in kg?'): a count is in no such unit, and how much one
    weighs or holds is not given."""
    unit = solution.unit or ""
    if solution.result is None or re.fullmatch(r"[A-Z]{3}(?: per .*)?", unit) or unit_named(unit, short=False):
        return
    if any(lookup(word, short=True) for word in re.findall(r"[A-Za-z°]+", unit)):
        return  # 'liters per 100 km', 'ft-lb': a measure, though not one this reader names whole
    question = [s for s in re.split(r"[.!?]+", text) if s.strip()][-1:]
    said_in = _measures(_ASKED_IN.findall(" ".join(question).lower()))
    asked = [m for m in said_in if m.dimension in _MEASURED]
    if asked:
        raise ToolInputError(f"the answer is a count, not an amount in {asked[0].label()}; say what one weighs")


def check_count_asked(text: str, solution: Solution) -> None:
    """Raise ToolInputError when the question asks how many of something that is not a unit ('how many lamp posts',
    'How many?') and the answer is a length, area, volume or weight: 20 m + 200 m is no count of posts."""
    answered = unit_named(solution.unit or "", short=False)
    if answered is None or answered.per is not None or answered.dimension not in _MEASURED:
        return
    lowered = text[-600:].lower()
    if not re.search(r"\bhow many\b", lowered):
        return
    phrases = [_COUNT_FILLERS.sub("", p) for p in re.findall(r"\bhow many\s+((?:[a-z°]+\s*){1,3})", lowered)]
    named = [w for p in phrases for w in p.split()]  # 'how many US gallons is': a unit among the words after
    if _measures([" ".join(p.split()) for p in phrases if p.strip()] + named) or _asked(text)[0]:
        return  # 'how many metres', 'how many square feet', 'how many is 5 km in metres': a unit is asked
    raise ToolInputError(
        f"the question asks how many, and what I can work out is an amount in {answered.label()}; "
        "say the things counted and the spacing or size of each, and ask again"
    )


def honour_unit_asked(text: str, solution: Solution) -> Solution:
    """``solution`` in the unit the question asks for; a ToolInputError when it is in one it cannot become, or the
    request asks for two ('how many gallons ... in litres')."""
    answered = unit_named(solution.unit or "", short=False)
    if answered is None or solution.result is None or len(solution.values) > 1:
        return solution
    said_in, how_many = _asked(text)
    kin = [m for m in said_in if m.dimension == answered.dimension]
    if not kin:
        return solution
    # 'how many km is that per year' names only the top of a rate: it counts when it is the answer's kind in full
    same = {(m.name, m.per.name if m.per else None, m.factor): m for m in kin + how_many if m.key == answered.key}
    if solution.problem == "unit conversion" and len(same) > 1:  # 'sent her measurements in feet': the source's
        source = solution.expression.split(" in ", 1)[0].partition(" ")[2]
        same = {key: m for key, m in same.items() if not _is_source(m, source) or m.name == answered.name}
    if not same and _converted_rate(solution, answered, kin, text):
        return solution  # '150 litres a day, how many US gallons is that?': 39.63 gallons a day, converted as asked
    if not same:
        raise ToolInputError(
            f"the question asks for the answer in {kin[-1].label()}, and what is given makes it in "
            f"{answered.label()}; say what is missing and ask again"
        )
    if len({m.factor for m in same.values()}) > 1:
        named = " and ".join(sorted({m.label() for m in same.values()}))
        raise ToolInputError(f"the question asks for the answer in {named}; ask for one of them")
    asked = next(iter(same.values()))
    if (asked.name, asked.per) == (answered.name, answered.per) or asked.factor == answered.factor:
        return solution
    before = show(Quantity(solution.result, answered))
    if not solution.answer.startswith(before):
        raise ToolInputError(f"the question asks for the answer in {asked.label()}; ask for it on its own")
    suffix = _CLOCK.sub("", solution.answer[len(before) :])
    value = convert(solution.result, answered, asked)
    shown = Quantity(value, asked)
    steps = [*solution.steps, f"{before} = {show(shown, exact=True)}"]
    converted = answer_for(shown, solution.problem, solution.expression, steps, suffix=suffix)
    converted.notes = [*solution.notes, *converted.notes]
    return converted


def _is_source(measure: Measure, source: str) -> bool:
    """Whether ``measure`` is the unit converted from ('feet' of '7 feet', 'gallons' of '120 imperial gallons')."""
    return source == measure.label() or source.endswith(" " + measure.label())


def _converted_rate(solution: Solution, answered: Measure, kin: list[Measure], text: str) -> bool:
    """A rate in the one unit asked for its top: what a conversion of a rate answers, kept per its period, or a rate
    asked 'per hectare in kg'."""
    return (
        answered.per is not None
        and (solution.problem == "unit conversion" or _says_per(text, answered.per))
        and len({m.name for m in kin}) == 1
        and all(m.per is None and m.name == answered.name for m in kin)
    )


def _says_per(text: str, per: Measure) -> bool:
    """Whether the request asks 'per <the rate's own period or unit>' ('the yield per hectare in kg')."""
    return any(lookup(word, short=False) == per for word in re.findall(r"\bper\s+([a-z]+)", text.lower()))


def _asked(text: str) -> tuple[list[Measure], list[Measure]]:
    """The measures the request names after 'in' or 'into' ('in km/h') or as a rate's unit after what it measures
    ('avg speed km/h'), and after 'how many' ('how many gallons')."""
    lowered = text.lower()
    said_in = _ASKED_IN.findall(lowered) + _RATE_NAMED.findall(lowered)
    return _measures(said_in), _measures(_HOW_MANY.findall(lowered))


def _measures(phrases: list[str]) -> list[Measure]:
    found: list[Measure] = []
    for phrase in phrases:
        first = phrase.split()[0]
        # 'how many g of apples': a unit's symbol straight after 'how many' names it, as after a number
        measure = unit_named(phrase, short=True) or lookup(first, short=first not in ("a", "i"))
        if measure is not None and not measure.dimension.startswith("money"):
            found.append(measure)
    return found


def unit_named(phrase: str, *, short: bool) -> Measure | None:
    """'km/h', 'miles per hour', 'kilometres', '°F' as a measure; None when it names none."""
    parts = [p.strip() for p in re.split(r"\s*/\s*|\s+per\s+", phrase)]
    if len(parts) == 1:
        return lookup(parts[0], short=False)
    if len(parts) != 2:
        return None
    top, bottom = lookup(parts[0], short=short), lookup(parts[1], short=short)
    if top is None or bottom is None or top.per is not None or bottom.per is not None:
        return None
    return rate(top, bottom)
