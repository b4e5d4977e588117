"""The reckoning reader: a word problem no narrower reader took, answered by the kinds of its quantities alone.

Every number is read with what it is (``typed``), the question with the kind it asks for (``asked``), and every
way of combining all the numbers, each once, with at most two operations, is tried (``search``). The request is
answered only when at least one combination has the asked kind and all that do come to the same value; a count
that is not whole is answered only when the question says which way to round it. Anything else is declined, as it
was before this reader: it is tried last, so it never changes an answer another reader gives.
"""

from __future__ import annotations

import math
from fractions import Fraction

from servers.tools.calculator import numbers, padding
from servers.tools.calculator.asked_totals import total_asked
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.listed_figures import solve_listed
from servers.tools.calculator.number_names import names_a_thing
from servers.tools.calculator.quantities import Measure, Quantity, known, lookup, money
from servers.tools.calculator.reckoning import kinds
from servers.tools.calculator.reckoning.adjustments import adjusted, read_adjustments
from servers.tools.calculator.reckoning.asked import OTHER_ASKS, SPOILERS, Asked, read_asked
from servers.tools.calculator.reckoning.bare_counts import count_the_priced
from servers.tools.calculator.reckoning.classes import solve_classes
from servers.tools.calculator.reckoning.clock_units import in_clock_unit
from servers.tools.calculator.reckoning.every_few import for_every_few
from servers.tools.calculator.reckoning.kept import sides_fit
from servers.tools.calculator.reckoning.kinds import Kind
from servers.tools.calculator.reckoning.lines import listed_lines, priced_lines
from servers.tools.calculator.reckoning.one_priced import one_priced
from servers.tools.calculator.reckoning.over_time import rated_over_time
from servers.tools.calculator.reckoning.search import Allowed, Reckoning, leaf, reckonings
from servers.tools.calculator.reckoning.shared_rates import each_of_both
from servers.tools.calculator.reckoning.shares import solve_share
from servers.tools.calculator.reckoning.subjects import each_left_open, each_one_rated
from servers.tools.calculator.reckoning.typed import PHYSICAL, Typed, asked_word, count_nouns, read_typed
from servers.tools.calculator.reckoning.working import money_measure, per_shown, shown
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

MOST_TOKENS = 70
"""A few sentences at most: a longer story has more in it than its numbers' kinds can account for."""

PROBLEM = "quantities reckoned by their units"

_TOLD = frozenset("out calculate calc compute figure".split())
"""The last word of a lead that tells the calculator to work the rest out ('work out', 'calculate', 'figure out')."""


def solve_reckoned(tokens: list[Token], start: int) -> Solution | None:
    """The one value every reckoning of the asked kind agrees on, with its working; None otherwise."""
    listed = solve_listed(tokens, start)
    if listed is not None:
        return listed  # 'Takings were $1,850, ... over the four Saturdays. What's the mean?': one list told in a story
    window = padding.request_window(tokens, start, MOST_TOKENS)
    if window is None:
        return None
    tokens, end = window
    said = givens_or_none(tokens, start)
    if not said:
        return None
    givens = [g for g in said if not _a_name(tokens, g)]  # 'on the 47': the bus, no number to reckon with
    if not givens:
        return None
    share = solve_share(tokens, end, givens)
    if share is not None:
        return share  # 'The hall holds 420 and we sold 357 tickets. What percentage of seats is that?'
    classed = solve_classes(tokens, end, givens)
    if classed is not None:
        return classed  # 'Entry is £8 adult and £5 child. We had 140 adult and 85 child, total takings?'
    if _some_of_a_group(tokens, givens):
        return None  # 'We are 5 friends and 2 of us paid £20 each': the 2 are some of the 5, never times them
    adjustments = read_adjustments(tokens, end, givens)
    givens = [g for g in givens if all(g is not a.given for a in adjustments)]  # applied last, to what the rest make
    givens = count_the_priced(tokens, givens)  # 'Coconut 35 baht each. I buy 40.': 40 coconuts
    things = count_nouns(givens) | _asked_things(tokens, end)
    items = read_typed(tokens, givens, things)
    if items is None:
        return None
    items = each_one_rated(tokens, items)  # 'Porter charge Rs 2,500 per day' with 3 porters: per porter per day
    if each_left_open(tokens, items):
        return None  # 'each one costs $320 ground hire and $180 for the refs': is the $180 each too?
    items = each_of_both(items)  # '4 days each' of 3 buses at '£620 per bus per day': 12 bus-days
    items = one_priced(tokens, items)  # 'Cost for one plate 34 baht' beside 'Today 87 plates': 34 baht a plate
    items = priced_lines(tokens, items)  # '7 yards of lace at ₦9,500 per yard': one line of the bill
    items = for_every_few(tokens, items)  # '350g for every 3 pasties' beside 'making 90 pasties': a third each
    items = rated_over_time(tokens, items)  # 'I paint 3 masks in 2 hours': a mask and a half an hour
    units, mixed = _units([g.quantity.measure for g in givens])
    money_kinds = {b for item in items for b in kinds.bases(item.kind) if b.startswith("money")}
    spans = [(item.start, item.end) for item in items] + [(g.start, g.end) for g in said]
    spans += [(i, i + 1) for a in adjustments for i in a.said]
    alone = items[0].kind if len(items) == 1 and items[0].percent_of is not None else None
    if alone is not None and not _share_asked(tokens, end, givens):
        return None  # '20% of 150 guests are vegetarian. How many eat meat?': the share may not be what is asked
    told = start > 0 and tokens[start - 1].word in _TOLD  # 'Work out 4 nights ... at €3.20 per metre per night'
    asked = read_asked(tokens, end, spans, things, money_kinds, units, alone, told) or _bill_total(
        tokens, start, items, money_kinds
    )
    if asked is None:
        return None
    if asked.unit is not None and asked.unit.dimension in PHYSICAL:
        units = units | {asked.unit.dimension: asked.unit}
    elif any(b in mixed for b in kinds.bases(asked.kind)):
        return None  # 'how far' with miles and km given: which to answer in is not said
    joined = _joined(tokens, items) | listed_lines(tokens, items)
    pairs = zip(items, items[1:], strict=False)
    if any(_hour_and_hours(a, b) and _said_with_and(tokens, a, b) for a, b in pairs):
        return None  # '$15 an hour and 20 hours a week': 'an hour and 20' may be one stretch of time
    allowed = Allowed(asked.adds, asked.backwards, joined, bool(asked.takes))
    every = reckonings(items, allowed, units)
    if adjustments and len(items) == 1:
        every = [leaf(items[0], units)]  # 'The bill is £80, add 12.5% service': the bill alone
    found = [r for r in (in_clock_unit(r, asked.kind) for r in every) if _fits(r.kind, asked)]
    if asked.takes:
        found = [r for r in found if r.kept]  # what is kept: one amount less the rest, and nothing else
    if any(not sides_fit(tokens, r.joins, [(item.start, item.end) for item in items], asked.takes) for r in found):
        return None  # a cost taken as takings, or a selling price added to a cost
    if not found or any(r.value != found[0].value or r.kind != found[0].kind or r.broken or r.doubtful for r in found):
        return None  # nothing of the asked kind, or two readings that disagree
    plainest = min(
        found, key=lambda r: sum(step.count(" per ") + 9 * step.count("(") for step in r.steps)
    )  # working as a person shows it
    if adjustments and (asked.takes or "+" not in asked.adds):
        return None  # 'how much change' after a discount: taken off the price, not what is kept
    for adjustment in adjustments:
        plainest = adjusted(plainest, adjustment, units)
        if plainest is None:
            return None
    return _answer(plainest, asked, units)


def _bill_total(tokens: list[Token], start: int, items: list[Typed], money_kinds: set[str]) -> Asked | None:
    """'7 yards at £9.50 per yard plus £45, total?': a bare 'total?' asks what a bill comes to when every line of it
    is already money of one currency, so the total of nothing else could be meant."""
    if len(money_kinds) != 1 or len(items) < 2 or not total_asked(tokens, start):
        return None
    money = kinds.base(next(iter(money_kinds)))
    if any(item.kind != money or item.percent_of is not None for item in items):
        return None
    if any(t.word in SPOILERS or t.word in OTHER_ASKS for t in tokens[start:]):
        return None  # 'tax', 'then write ...': more asked than the bill's sum
    for a, b in zip(items, items[1:], strict=False):
        if any(t.word not in _ADDED and t.text not in _ADDED for t in tokens[a.end : b.start]):
            return None  # 'less £5', 'and I paid £20': a line taken away, or no line of the bill at all
    if any(t.kind == "word" and t.word not in _ASKING_TOTAL for t in tokens[items[-1].end :]):
        return None  # '... plus £15 parking each day. Total?': the last line says more than its amount
    return Asked(money, None, False, frozenset("+"), "")


_ADDED = frozenset({"plus", "and", ",", "+", "&", "with", "also", "then"})
"""What joins two lines of a bill that are added: nothing else may stand between them."""
_ASKING_TOTAL = frozenset("total the what what's whats is so pls please then and altogether grand all in".split())
"""What may follow the bill's last line: only the words that ask its total."""


def _a_name(tokens: list[Token], given: Given) -> bool:
    """A bare number that names a thing ('on the 47', 'route 12'): set aside, as it counts and measures nothing."""
    q = given.quantity
    return q.measure is None and not q.percent and not given.noun and names_a_thing(tokens, given.start)


def _some_of_a_group(tokens: list[Token], givens: list[Given]) -> bool:
    """A count of some of a group ('2 of us', '3 of them', 'four of the boxes') beside another count: one may be
    part of the other, which the kinds of the numbers cannot tell, so no product of them is sure."""
    counts = [g for g in givens if g.quantity.measure is None and not g.quantity.percent]
    for g in (g for g in counts if tokens[g.start + 1].word == "of"):
        for other in (h for h in counts if h is not g):
            if tokens[g.start + 2].word not in ("us", "you") or other.noun == g.noun or "of" in other.before[-2:]:
                return True  # '4 of them' is some of a group named; '4 of us' some of the people counted
    return False  # 'There are 4 of us and ... 2 pizzas': the speaker's company beside things of another kind


def _hour_and_hours(a: Typed, b: Typed) -> bool:
    """A rate per a time followed straight by a time: '$15 an hour and 20 hours a week'."""
    return any(p < 0 and n.startswith("time ") for n, p in a.kind) and any(
        p > 0 and n.startswith("time ") for n, p in b.kind
    )


def _said_with_and(tokens: list[Token], a: Typed, b: Typed) -> bool:
    """'an hour and 20 hours': joined by 'and' alone, which can make one stretch of them ('an hour, 20 hours' can't)."""
    between = tokens[a.end : b.start]
    return bool(between) and all(t.word in ("and", "&") or t.text == "&" for t in between)


def _joined(tokens: list[Token], items: list[Typed]) -> frozenset[frozenset[int]]:
    """Givens said one straight after the other ('£2,600 and £3,150', '120, 95'): two of the same thing."""
    pairs: set[frozenset[int]] = set()
    for a, b in zip(items, items[1:], strict=False):
        between = tokens[a.end : b.start]
        if all(t.word in ("and", "&") or t.text in (",", "&") for t in between):
            pairs.add(frozenset((a.start, b.start)))
    return frozenset(pairs)


_PLAIN = frozenset("the a an is are was were of it that this my our your his her their to in on for and".split())


def _share_asked(tokens: list[Token], end: int, givens: list[Given]) -> bool:
    """Whether the question asks the share itself: it says the percentage ('what's 18% of 1,250?') or names what
    the share is ('the rent is 35% of it. How much is rent?')."""
    share = next(g for g in givens if g.quantity.percent)
    ask = next((i for i in range(end) if tokens[i].word in ("how", "what", "what's", "whats")), None)
    if ask is None:
        return False
    first = ask
    while first > 0 and tokens[first - 1].text not in (".", "?", "!", ";"):
        first -= 1
    if first <= share.start:
        return True  # the percentage is in the question's own sentence
    asked = {t.word for t in tokens[ask:end] if t.kind == "word"} - _PLAIN
    return bool(asked & (set(share.before) - _PLAIN))


def _asked_things(tokens: list[Token], end: int) -> set[str]:
    """The things a 'how many' question counts ('how many articles can we order'), for an amount 'each'."""
    for i in range(end - 2):
        if tokens[i].word == "how" and tokens[i + 1].word == "many":
            thing = asked_word(tokens, i + 2)
            return set() if thing is None else {thing}
    return set()


def _units(measures: list[Measure | None]) -> tuple[dict[str, Measure], set[str]]:
    """The unit each physical dimension was first given in, to show results in, and the dimensions given in two
    units (a result in one of those is shown only in a unit the question names)."""
    units: dict[str, Measure] = {}
    mixed: set[str] = set()
    for m in measures:
        if m is None:
            continue
        top = Measure(m.name, m.dimension, m.factor * (m.per.factor if m.per is not None else 1), m.symbol)
        if top.dimension in PHYSICAL:
            named = lookup(top.name, short=False) or top
            if units.setdefault(top.dimension, named) != named:
                mixed.add(top.dimension)
    return units, mixed


def _fits(kind: Kind, asked: Asked) -> bool:
    if asked.any_time:
        return len(kind) == 1 and kind[0][1] == 1 and kind[0][0].startswith("time ")
    return kind == asked.kind


def _answer(found: Reckoning, asked: Asked, units: dict[str, Measure]) -> Solution | None:
    value, kind = found.value, found.kind
    steps = list(found.steps)
    expression = steps[-1].split(" = ")[0] if steps else found.text
    thing = kinds.counted(kind)
    tops = [b for b, p in kind if p > 0]
    if thing is None and tops and tops[0].startswith("count ") and value.denominator != 1:
        return None  # '4.17 biscuits per friend': whole things shared out leave some over, not a part each
    timed = len(kind) == 1 and kind[0][0].startswith("time ") and kind[0][1] == 1
    notes: list[str] = []
    if (thing is not None or timed and asked.rounding) and value.denominator != 1:  # 'how many full days'
        if not asked.rounding:
            return None  # a part of a thing, and the question does not say which way to round
        whole = math.floor(value) if asked.rounding == "down" else math.ceil(value)
        things = shown(Fraction(2), kind, units).split(" ", 1)[1]
        notes.append(f"{numbers.format_number(value)} is rounded {asked.rounding} to whole {things}")
        value = Fraction(whole)
    if len(kind) == 1 and kind[0][1] == 1:
        top = kind[0][0]
        if top.startswith("money"):
            solution = answer_for(Quantity(value, money_measure(top)), PROBLEM, expression, steps)
        elif top.startswith("time "):
            solution = answer_for(Quantity(value, known(top.removeprefix("time "))), PROBLEM, expression, steps)
        elif top in units:
            solution = answer_for(Quantity(value / units[top].factor, units[top]), PROBLEM, expression, steps)
        else:
            solution = Solution(shown(value, kind, units), value, PROBLEM, expression, steps, unit=None)
    else:
        solution = _rate_answer(value, kind, expression, steps, units)
    solution.notes.extend(notes)
    return solution


def _rate_answer(value: Fraction, kind: Kind, expression: str, steps: list[str], units: dict[str, Measure]) -> Solution:
    """A rate ('£6.50 per jar'): money to the cent with its exact value kept, anything else as worked out."""
    text = shown(value, kind, units)
    tops = [b for b, p in kind if p > 0]
    if len(tops) == 1 and tops[0].startswith("money"):
        measure = money_measure(tops[0])
        value = per_shown(value, kind, units)
        rest = text.split(" per ", 1)[1] if " per " in text else ""
        cents = numbers.round_half_up(value, 2)
        solution = Solution(f"{money(value, measure.symbol)} per {rest}".strip(), value, PROBLEM, expression, steps)
        if cents != value:
            solution.exact = numbers.format_number(value)
            solution.notes.append(
                f"money is shown rounded to the cent (halves round up); the exact amount is {solution.exact}"
            )
        return solution
    return Solution(text, value, PROBLEM, expression, steps)
