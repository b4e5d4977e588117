"""Word problems answered by their units: the one way to combine every given into the measure asked for.

Each given is a number with a dimension — money, length, volume, mass, clock time, calendar time, a count of
something (``three friends``) — and the question asks for a dimension (``litres per 100 km``, ``per month``,
``how much does each owe``). The answer is the product of every given raised to +1 or -1 whose dimension is the
one asked for: ``42 L / 600 km`` scaled to 100 km, ``$96 / 3 people``, ``$52,000 per year`` in months,
``120 km / 2 h x 5 h``. Every given must take part; when no combination fits, or two fit with different
values, the problem is declined rather than guessed. When the question asks for the whole (``average speed for
the whole ride``, ``in total``), givens of the same dimension are first added up, leg by leg.

Calendar time is counted as people count it: 12 months or 52 weeks or 365 days to a year, 7 days to a week;
months against weeks or days (which vary) and clock hours against days (a working day is not 24 hours) are
declined unless they cancel out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from fractions import Fraction
from itertools import product

from servers.tools.calculator import (
    asked_periods,
    asked_totals,
    gallon_systems,
    named_weeks,
    numbers,
    sized_labels,
    split_company,
    stat_labels,
    whole_things,
)
from servers.tools.calculator.counted import (
    Vector,
    asked_thing,
    asks_speed,
    counted_noun,
    group_of,
    occasions,
    one_kind_of_goods,
    said_each,
    shared_noun,
    things_counted,
    work_shared,
)
from servers.tools.calculator.currencies import SIGNED
from servers.tools.calculator.double_rates import double_rate_said
from servers.tools.calculator.each_first import each_before_period
from servers.tools.calculator.each_subject import one_of
from servers.tools.calculator.every_parts import ratio_told
from servers.tools.calculator.frames import has_word
from servers.tools.calculator.givens import Given, Target, read_givens, read_target
from servers.tools.calculator.lot_prices import lot_or_unit
from servers.tools.calculator.money_ratios import money_for_money
from servers.tools.calculator.particles import delivered
from servers.tools.calculator.quantities import (
    Measure,
    Quantity,
    currency,
    is_money,
    known,
    lookup,
    plural,
    rate,
    show,
)
from servers.tools.calculator.reader import NotUnderstood
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_words, unpriced_item
from servers.tools.calculator.targets import further, travelled, uncounted_rate
from servers.tools.calculator.tokens import Token
from servers.tools.calculator.unshared import priced_per_other, times_signed
from servers.tools.inputs import ToolInputError

_CLOCK = {"millisecond": Fraction(1, 1000), "second": Fraction(1), "minute": Fraction(60), "hour": Fraction(3600)}
_CALENDAR = frozenset({"day", "week", "fortnight", "month", "quarter", "year"})
_CALENDARS: tuple[dict[str, Fraction], ...] = (  # one reckoning per set of units, tried in order
    {"day": Fraction(1), "week": Fraction(7), "fortnight": Fraction(14)},
    {"month": Fraction(1), "quarter": Fraction(3), "year": Fraction(12)},
    {"week": Fraction(1), "fortnight": Fraction(2), "year": Fraction(52)},
    {"day": Fraction(1), "year": Fraction(365)},
)
_WHOLE = ("whole", "total", "in total", "overall", "altogether", "all together", "in all", "combined", "entire",
          "average", "both", "add up", "add", "adding up", "sum")  # fmt: skip
_SPOILERS = frozenset(
    "not no don't doesn't didn't isn't won't aren't wasn't weren't except without minus plus times twice double "
    "triple half more less fewer than left remaining rest extra free instead already refund discount off tip tax "
    "interest compound loan deduct deducts deducted deducting commission "
    "ago later until earlier faster slower longer shorter cheaper dearer difference percent percentage profit "
    "save saved saving change doubling doubled tripling tripled halving halved halve break breaks stop stops "
    "stopped pause paused delay delayed wait waited waiting unpaid excluding return round deposit deposits remainder "
    "leftover back way ways some several few".split()
)
"""Words that relate the numbers in ways a product of givens cannot say: the problem is left to other rules ('there
and back', 'each way': a trip made twice, or once?)."""
_NET = frozenset("net take-home takehome".split())
_WHOLE_ASKED = frozenset("total altogether overall combined".split())
_EACH_ASKED = frozenset("each per apiece head everyone everybody".split())
_PER_WORDS = frozenset("a an per every each".split())
_POWERS = frozenset("square sq squared cubic cubed".split())
_ASKS = ("how much", "how many", "how far", "how long", "what distance", "in total", "altogether", "in all")
_WHATS = ("what", "what's", "whats", "what is")
_EXTENT_MARKERS = frozenset({"for", "in", "on", "with", "over", "cover", "covering", "drive", "travel", "buy"})


@dataclass(frozen=True, slots=True)
class _Term:
    value: Fraction  # in base units: seconds, days-or-months, metres, kilograms, cubic metres, currency units
    vector: Vector
    text: str
    fixed: bool = False  # named in the question as the amount to scale to: it multiplies


def solve_by_units(tokens: list[Token], start: int) -> Solution | None:
    """The measure asked for from the givens' units, or None when the request is not a problem of this kind."""
    target = read_target(tokens, start)
    closing = not has_word(tokens, start, *_ASKS) and asked_totals.total_asked(tokens, start)  # '..., total?'
    if target.per is None and not target.each and target.top is None and not asks_speed(tokens, start):
        if not (closing or has_word(tokens, start, *_ASKS)) and not (target.money and has_word(tokens, start, *_WHATS)):
            return None  # 'what's my pay': a question about money asks for the amount
    if _counts_sized(tokens, start) or target.per is None and _how_much_a(tokens, start):
        return None  # 'how much a month is that in 18 months': a rate asked that the reading does not give
    if target.per is None and _POWERS & set(question_words(tokens, start)):
        return None  # 'how many square metres ... for both beds': an area, which lengths added up are not
    middle = target.per is None and not target.each and not closing and stat_labels.asks_middle(tokens, start)
    if middle or stat_labels.total_of_an_average(tokens, start):
        return None  # 'the average a day' of five days' takings is one day's; 'the average calf' in total needs a count
    if any(t.word == "us" and tokens[k + 1].word in ("dollar", "dollars") for k, t in enumerate(tokens[:-1])):
        return None  # 'US dollars' names a currency, not 'us' who are counted
    if double_rate_said(tokens, start):
        return None  # '£4 per person per day': paid for every person on every day (``double_rates``)
    if each_before_period(tokens, start):
        return None  # '$12 each a month': an amount each one pays every month (``each_first``), not a price of one
    if target.money and (unpriced_item(tokens, start) or target.per is not None and lot_or_unit(tokens, start)):
        return None  # '... and a backpack': its price is missing; '2 kg at ₲ 30.000': a kilo's price or the lot's?
    try:
        givens = read_givens(tokens, start, target.span, rates=True)
    except NotUnderstood:
        return None
    if gallon_systems.asked_across(tokens, target.top, [g.quantity.measure for g in givens]):
        return None  # '28 litres a day each. How many gallons ...': a US gallon or a UK one?
    if money_for_money(givens) or ratio_told(tokens, start) or asked_periods.periods_unread(tokens, start, givens):
        return None  # '25p for every £1', '1 basket of husk for every 4 baskets of earth': ratios, never to add
    inside = {k for g in givens for k in range(g.start, g.end)} | delivered(tokens)  # a number's words, 'drop off'
    if any(
        t.word in _SPOILERS and k not in inside and not further(tokens, k) for k, t in enumerate(tokens[start:], start)
    ):
        return None
    net = [t.word for t in tokens[start:] if t.word in _NET]
    if net and len(net) == sum(w in _NET for w in question_words(tokens, start)):
        return None  # 'what's my net pay a month' of a salary: its deductions are not given
    if uncounted_rate(tokens, target, givens) or _each_of_a_group(tokens, start):
        return None
    if has_word(tokens, start, *_WHOLE) and sized_labels.sizes_among_amounts(tokens, givens):
        return None  # '15mm copper for runs of 2.35m, 1.8m': the pipe's size is no run to add
    if target.each and not _EACH_ASKED & set(asked := question_words(tokens, start)) and _WHOLE_ASKED & set(asked):
        return None  # 'each shelf running the full width ... in total?': the total is asked, not a share each
    if not givens or any(g.quantity.percent for g in givens) or len(givens) == 1 and target.per is None:
        return None
    if closing and not any(g.quantity.measure is not None and g.quantity.measure.per or g.count_per for g in givens):
        return None  # '8 people at $27.50 each. What is the total?': a bare 'total' is a chain of rates' alone
    if target.each and (said_each(givens) or priced_per_other(tokens, start, givens) or times_signed(tokens)):
        return None  # '4 of us each paid $12': each one's; '$180 a set': one set's; '$3 × 12': a product, no share
    if not one_kind_of_goods(tokens, start, givens):
        return None
    calendar = _calendar(givens, target)
    if calendar is None:
        return None
    calendar, week = named_weeks.counted_week(tokens, givens, calendar)  # 'Tuesday to Saturday': five days
    solution = _reading(tokens, start, target, givens, calendar)
    other = _reading(tokens, start, target, givens, named_weeks.SIX_DAYS) if week == 0 else None
    if solution is None or week == 0 and named_weeks.uncounted(solution, other):
        return None  # 'on Saturdays', 'a working day': the days worked in a week are not counted
    solution.notes.extend([f"a week is counted as the {week} days named"] if week and week != 7 else [])
    return solution


def _reading(
    tokens: list[Token], start: int, target: Target, givens: list[Given], calendar: dict[str, Fraction]
) -> Solution | None:
    """The one product of the givens the question asks for, counted by ``calendar``."""
    each_noun = group_of(tokens, start, givens)
    if target.each and any("each" in g.before[-3:] or g.after[:1] == ("each",) for g in givens if g.noun == each_noun):
        return None  # 'the kids did 30 lengths each': what one of them did, not a group to share a distance among
    counted = {g.noun for g in givens if g.quantity.measure is None and g.noun}
    terms = [_term(g, calendar, each_noun, _asked_extent(tokens, start, g), one_of(tokens, g, counted)) for g in givens]
    if any(t is None for t in terms):
        return None
    went = travelled(tokens, start, givens)
    if not went and any(further(tokens, k) for k in range(start, len(tokens))):
        return None  # '90 km more' is one more leg only of a walk asked as how far it went, with no times
    whole = has_word(tokens, start, *_WHOLE) or went
    goal = _target_vector(target, givens, each_noun, tokens, start)
    if goal is not None and work_shared(tokens, givens, goal):
        return None
    kept = [t for t in terms if t is not None]
    dimension = None
    if goal is None and asked_thing(tokens, start) is not None and not target.each and target.per is None:
        dimension, found = _only_product(kept, givens, whole)
    else:
        found = _combine(kept, goal, whole)
    if found is None:
        return None
    value, expression = found
    return _answer(value, expression, target, givens, calendar, each_noun, tokens, start, dimension)


def _how_much_a(tokens: list[Token], start: int) -> bool:
    """'how much a month', 'how much per week': a question that asks an amount per a stretch of time."""
    for i in range(start, len(tokens) - 3):
        if tokens[i].word == "how" and tokens[i + 1].word == "much" and tokens[i + 2].word in _PER_WORDS:
            unit = lookup(tokens[i + 3].word, short=False) if tokens[i + 3].kind == "word" else None
            return unit is not None and unit.dimension == "time"
    return False


def _only_product(
    terms: list[_Term], givens: list[Given], whole: bool
) -> tuple[str | None, tuple[Fraction, str] | None]:
    """'uses 6.5 litres per 100 km, how much fuel for 420 km': the question names a thing, not a unit, so the answer
    is in the one dimension of the givens that every given combines into; none or two such, and nothing is."""
    tops = {g.quantity.measure.dimension for g in givens if g.quantity.measure is not None}
    fits: list[tuple[str, tuple[Fraction, str]]] = []
    for dimension in sorted(tops - {"time"}):
        found = _combine(terms, frozenset({(dimension, 1)}), whole)
        if found is not None:
            fits.append((dimension, found))
    return fits[0] if len(fits) == 1 else (None, None)


def _calendar(givens: list[Given], target: Target) -> dict[str, Fraction] | None:
    names = {m.name for g in givens for m in _measures(g.quantity.measure) if m.name in _CALENDAR}
    names |= {g.count_per.name for g in givens if g.count_per is not None and g.count_per.name in _CALENDAR}
    names |= {m.name for m in (target.per, target.top) if m is not None and m.name in _CALENDAR}
    for reckoning in _CALENDARS:
        if names <= reckoning.keys():
            return reckoning
    return None


def _measures(measure: Measure | None) -> list[Measure]:
    if measure is None:
        return []
    return [measure] if measure.per is None else [measure, measure.per]


def _dimension(measure: Measure, calendar: dict[str, Fraction]) -> tuple[str, Fraction] | None:
    """The dimension a unit measures and its size in that dimension's base unit."""
    if measure.dimension == "time":
        if measure.name in _CLOCK:
            return "clock time", _CLOCK[measure.name]
        if measure.name in calendar:
            return "calendar time", calendar[measure.name]
        return None
    if measure.dimension == "temperature":
        return None
    return measure.dimension, measure.factor


def _each_of_a_group(tokens: list[Token], start: int) -> bool:
    """'My kids each eat 2 apples a day', 'we each drink 2 litres': an amount each one of a group has, where how many
    they are is not said — the answer for one of them is not the group's."""
    group = tokens[start:]  # said in the story, before the question ('how much does each owe' asks a share)
    end = next((k for k, t in enumerate(group) if t.word in ("how", "what", "what's", "whats")), len(group))
    return any(
        group[k].word == "each"
        and group[k + 1].kind == "word"
        and (group[k - 1].word in ("we", "they", "you", "both") or group[k - 1].word.endswith("s"))
        and group[k - 1].word not in ("does", "is", "was", "has")
        and (k < 2 or group[k - 2].kind != "number")  # 'the 3 kids each': counted, for the other readings
        for k in range(1, end)
    )


def _term(
    given: Given, calendar: dict[str, Fraction], each_noun: str | None, fixed: bool, priced: str | None = None
) -> _Term | None:
    q = given.quantity
    value = Fraction(q.value)
    text = show(q, exact=True)
    if q.measure is None:
        if not given.noun:
            return None
        noun = given.noun if given.noun == "people" or value == 1 else plural(given.noun)
        if given.count_per is None:
            return _Term(value, frozenset({(f"count {given.noun}", 1)}), f"{text} {noun}", fixed)
        per = _dimension(given.count_per, calendar)
        if per is None:
            return None
        vector = frozenset({(per[0], -1)} | (set() if occasions(given) else {(f"count {given.noun}", 1)}))
        return _Term(value / per[1], vector, f"{text} {noun} per {given.count_per.name}", fixed)
    measure = q.measure
    top_factor = measure.factor * measure.per.factor if measure.per is not None else measure.factor
    top = _dimension(Measure(measure.name, measure.dimension, top_factor, measure.symbol), calendar)
    if top is None:
        return None
    vector = {top[0]: 1}
    value *= top[1]
    if measure.per is not None:
        bottom = _dimension(measure.per, calendar)
        if bottom is None or bottom[0] == top[0]:
            return None
        vector[bottom[0]] = -1
        value /= bottom[1]
    if given.per_each:
        if each_noun is None:
            return None
        vector[f"count {each_noun}"] = -1
        text += " each"
    elif priced is not None:
        vector[f"count {priced}"] = -1
        text += f" a {priced}"
    return _Term(value, frozenset(vector.items()), text, fixed)


def _asked_extent(tokens: list[Token], start: int, given: Given) -> bool:
    """Whether the given stands in the question after an extent word: 'how far in 5 hours', 'how much for 8 kg'."""
    asked = next((i for i in range(start, len(tokens)) if tokens[i].word in ("how", "what", "what's", "whats")), None)
    if asked is None or given.start < asked or not given.before or given.before[-1] not in _EXTENT_MARKERS:
        return False
    return not any(t.word in ("if", "when", "given", "since", "because") for t in tokens[asked : given.start])


def _target_vector(
    target: Target, givens: list[Given], each_noun: str | None, tokens: list[Token], start: int
) -> Vector | None:
    top = _top_dimension(target, givens, tokens, start)
    if top is None:
        return None
    vector = {top: 1}
    per = target.per or (known("hour") if asks_speed(tokens, start) else None)
    if per is not None:
        dimension = _dimension(per, {**_CALENDARS[0], **_CALENDARS[1], **_CALENDARS[2]} | {"day": Fraction(1)})
        if dimension is None or dimension[0] == top:
            return None
        vector[dimension[0]] = -1
    if target.each and (per is None or _shared_per(tokens, start, each_noun)):
        if each_noun is None or f"count {each_noun}" == top:  # 'how many bulbs each' of bulbs shared by no one
            return None
        vector[f"count {each_noun}"] = -1  # 'how much per person per month': a share of a rate
    return frozenset(vector.items())


def _shared_per(tokens: list[Token], start: int, each_noun: str | None) -> bool:
    """A rate asked of each one of a group the request shares it among ('split between 4 housemates ... per person
    per month'): the question's 'each' as well as its 'per', when the group is counted and said to share."""
    return each_noun is not None and has_word(tokens, start, "split", "shared", "share", "divided", "splitting")


def _top_dimension(target: Target, givens: list[Given], tokens: list[Token], start: int) -> str | None:
    if target.top is not None:
        found = _dimension(target.top, {**_CALENDARS[0], **_CALENDARS[1]})
        return None if found is None else found[0]
    counted = counted_noun(tokens, start, givens)
    if counted is not None:
        return counted
    shared = shared_noun(target, givens, tokens, start)
    if shared is not None:
        return shared
    if asks_speed(tokens, start) or has_word(tokens, start, "how far", "what distance", "how many miles"):
        return "length"
    if things_counted(tokens, start):
        return None  # 'how many posts' of a fence's length: a count of things the givens do not count
    tops = {g.quantity.measure.dimension for g in givens if g.quantity.measure is not None}
    moneys = {d for d in tops if d.startswith("money")}
    if has_word(tokens, start, "how long"):
        times = {_time_kind(m) for g in givens for m in _measures(g.quantity.measure) if m.dimension == "time"}
        return next(iter(times)) if len(times) == 1 else None
    others = tops - moneys - {"time"}
    if moneys and (target.money or has_word(tokens, start, "how much") or not others):
        return next(iter(moneys)) if len(moneys) == 1 else None
    if len(others) == 1 and not moneys:
        return next(iter(others))
    return None


def _time_kind(measure: Measure) -> str:
    return "clock time" if measure.name in _CLOCK else "calendar time"


def _combine(terms: list[_Term], goal: Vector | None, whole: bool) -> tuple[Fraction, str] | None:
    """The value of the one product of the terms (each to +1 or -1) with the goal's dimension."""
    if goal is None:
        return None
    if whole:
        terms = _summed(terms)
        if not terms:
            return None
    values: set[Fraction] = set()
    expression = ""
    for signs in product((1, -1), repeat=len(terms)):
        if any(t.fixed and s < 0 for t, s in zip(terms, signs, strict=True)):
            continue
        total: Counter[str] = Counter()
        for term, sign in zip(terms, signs, strict=True):
            for name, power in term.vector:
                total[name] += sign * power
        if frozenset((k, v) for k, v in total.items() if v) != goal:
            continue
        value = Fraction(1)
        for term, sign in zip(terms, signs, strict=True):
            value = value * term.value if sign > 0 else value / term.value
        values.add(value)
        over = [t.text for t, s in zip(terms, signs, strict=True) if s < 0]
        expression = " × ".join(t.text for t, s in zip(terms, signs, strict=True) if s > 0)
        expression += "".join(f" ÷ {text}" for text in over)
    if len(values) != 1:
        return None
    return values.pop(), expression


def _summed(terms: list[_Term]) -> list[_Term]:
    """Terms of one dimension added up: two legs of a ride are one distance and one time."""
    groups: dict[Vector, list[_Term]] = {}
    for term in terms:
        groups.setdefault(term.vector, []).append(term)
    if len({len(group) for group in groups.values()}) > 1:
        return []  # two distances but one time: the legs do not pair up, so the whole is not known
    summed: list[_Term] = []
    for vector, group in groups.items():
        if len(group) == 1:
            summed.append(group[0])
            continue
        if any(power < 0 for _, power in vector):
            return []  # two speeds or two prices per unit: rates of legs do not add up to the whole's rate
        text = "(" + " + ".join(t.text for t in group) + ")"
        summed.append(_Term(sum((t.value for t in group), Fraction(0)), vector, text, any(t.fixed for t in group)))
    return summed


def _answer(
    value: Fraction,
    expression: str,
    target: Target,
    givens: list[Given],
    calendar: dict[str, Fraction],
    each_noun: str | None,
    tokens: list[Token],
    start: int,
    dimension: str | None = None,
) -> Solution:
    value = value if target.each or not target.money else split_company.whole_paid(value, tokens)  # 'split the cost'
    dimension = dimension or _top_dimension(target, givens, tokens, start)
    top = target.top or _unit_of(givens, dimension or "", calendar)
    if top is None:
        raise ToolInputError("say which unit the answer should be in")
    top_size = _dimension(top, calendar)
    assert top_size is not None
    amount = value / top_size[1]
    per = target.per or (known("hour") if asks_speed(tokens, start) else None)
    suffix = ""
    if per is not None:
        reckoning = calendar if per.name in calendar else {**_CALENDARS[0], **_CALENDARS[1]}
        per_size = _dimension(per, reckoning)
        assert per_size is not None
        amount = amount * per_size[1] * target.scale
        if target.scale != 1:
            suffix = f" per {numbers.format_number(target.scale)} {plural(per.name)}"
    if target.each and (per is None or _shared_per(tokens, start, each_noun)):
        suffix += " each" if each_noun != "people" else " per person"
    amount = numbers.checked(amount)
    if per is None and target.each and top.dimension.startswith("count ") and has_word(tokens, start, "how many"):
        shared = whole_things.whole_shares(amount, givens, top)
        if shared is not None:
            return shared
    whole_things.refuse_part_of_one(amount, top, givens, per is None and not target.each)  # '4.4 bags': up or down?
    shown = Quantity(amount, top if per is None or target.scale != 1 else rate(top, per))
    solution = answer_for(shown, "units", expression, [f"{expression} = {show(shown, exact=True)}{suffix}"],
                          suffix=suffix)  # fmt: skip
    if {"year", "week"} <= calendar.keys() and "month" not in calendar:
        solution.notes.append("a year is counted as 52 weeks")
    elif {"year", "day"} <= calendar.keys() and "week" not in calendar:
        solution.notes.append("a year is counted as 365 days")
    return solution


def _unit_of(givens: list[Given], dimension: str, calendar: dict[str, Fraction]) -> Measure | None:
    """The unit the givens use for ``dimension`` (the first one named), so the answer speaks their units."""
    if dimension.startswith("count "):  # '1,200 bottles': the answer counts bottles too
        noun = dimension.removeprefix("count ")
        return Measure(noun if noun != "people" else "person", dimension)
    for given in givens:
        for measure in _measures(given.quantity.measure):
            base = measure
            if measure.per is not None:
                base = Measure(measure.name, measure.dimension, measure.factor * measure.per.factor, measure.symbol)
            found = _dimension(base, calendar)
            if found is not None and found[0] == dimension:
                if is_money(base):
                    code = base.dimension.removeprefix("money ")
                    return currency(code) if code in SIGNED else Measure(base.name, base.dimension)
                return base
    return None


def _counts_sized(tokens: list[Token], start: int) -> bool:
    """'how many 250 ml glasses': things of a size counted, not an amount in the size's unit."""
    return any(tokens[i].word == "how" and tokens[i + 1].word == "many" and tokens[i + 2].kind == "number"
               for i in range(start, len(tokens) - 3))  # fmt: skip
