"""Saving towards a goal at a steady amount a period: how many periods until there is enough ('saving up for a
£1,200 bike and i can put away £85 every fortnight. how many fortnights until i have enough?' -> 15; 'how many
weeks to save £1,200 at £85 a week'; 'I'm putting aside $120 a month for a $1,500 laptop. how many months will it
take?' -> 13).

The count is of whole periods, rounded up: after 14 fortnights £1,190 is put by, £10 short, so the bike is bought
after the 15th. The request must give exactly the goal (an amount) and the saving (the same currency a period),
with a verb of saving, and ask how many of that period (or how long). Money already saved, interest, a second
amount or a change in the saving ('more', 'bonus', 'every other') declines the reading. A closing bracket saying to
round up ('(rounding up, cant buy 0.1 of a bike)') asks what this reading does anyway and is set aside.
"""

from __future__ import annotations

import math
from dataclasses import replace
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, read_givens
from servers.tools.calculator.quantities import Measure, Quantity, is_money, lookup, plural, show
from servers.tools.calculator.reader import NotUnderstood
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_SAVING = frozenset("save saves saving put puts putting set sets setting aside away".split())
_SPOILERS = frozenset(
    "already saved interest rate percent spend spends spent more less extra bonus plus minus except twice double "
    "half other raise increase increases tax left owe owed borrow loan deposit deposited each per cent".split()
)
_ROUND = frozenset("round rounding rounded".split())
_MAX_BRACKET = 16  # a short aside, not a second request


def solve_saving_goal(tokens: list[Token], start: int) -> Solution | None:
    """Whole periods of saving until the goal is reached; None when the request is not exactly that."""
    skip = _round_up_bracket(tokens, start)
    try:
        givens = read_givens(tokens, start, skip)
    except NotUnderstood:
        return None
    saved = _already_saved(tokens, givens) if len(givens) == 3 else None
    if saved is not None:
        givens = [g for g in givens if g is not saved]
    if len(givens) != 2:
        return None
    inside = {i for g in givens for i in range(g.start, g.end)} | set(range(*skip))
    if saved is not None:
        inside |= set(range(saved.start, saved.end + 1)) | {
            i for i in range(start, saved.start) if tokens[i].word in ("already", "saved")
        }
    words = [t.word for i, t in enumerate(tokens[start:], start) if t.kind == "word" and i not in inside]
    saving_words = _SAVING | _EARNING if saved is not None else _SAVING
    if not set(words) & saving_words or set(words) & _SPOILERS:
        return None
    givens = _in_the_saving_currency(givens)
    if saved is None:
        return _goal_reached(givens, words)
    rest = _less_saved(givens, saved)
    solution = None if rest is None else _goal_reached(rest, words)
    if solution is not None and rest is not None:
        goal = next(g.quantity for g in givens if _per(g) is None)
        left = next(g.quantity for g in rest if _per(g) is None)
        solution.steps.insert(0, f"{show(goal)} − {show(saved.quantity)} already saved = {show(left)} still to save")
    return solution


def _goal_reached(givens: list[Given], words: list[str]) -> Solution | None:
    """Whole periods until the goal of the two givens is saved at the other's rate; None when they are not that."""
    if all(g.quantity.measure is None and not g.quantity.percent for g in givens):
        return _plain_goal(givens, words)
    rated = [g.quantity for g in givens if g.quantity.measure is not None and g.quantity.measure.per is not None]
    goals = [g.quantity for g in givens if g.quantity.measure is not None and g.quantity.measure.per is None]
    if len(rated) != 1 or len(goals) != 1:
        return None
    saving, goal = rated[0], goals[0]
    assert saving.measure is not None and saving.measure.per is not None and goal.measure is not None
    period = saving.measure.per
    if (
        not is_money(goal.measure)
        or goal.measure.dimension != saving.measure.dimension
        or period.dimension != "time"
        or saving.value <= 0
        or goal.value <= 0
        or not _asks_periods(words, period)
    ):
        return None
    return _periods(goal, saving, period)


_EVERY = frozenset("a an per every each".split())
_EARNING = frozenset("make makes earn earns get gets".split())
"""Verbs of earning, read as saving only beside money already saved ('ive got 412 saved, i make 25 a week')."""
_HAVING = frozenset("have has got ive i've already".split())


def _already_saved(tokens: list[Token], givens: list[Given]) -> Given | None:
    """'ive got 412 saved', 'I have £300 already saved', 'I've already saved 120': the one amount put by so far."""
    found = [
        g
        for g in givens
        if _per(g) is None
        and (
            "saved" in (tokens[g.end].word, g.noun)
            and set(g.before[-2:]) & _HAVING
            or tokens[g.end].word == "already"
            and tokens[g.end + 1].word == "saved"
            or g.before[-2:] in (("already", "saved"), ("have", "saved"), ("i've", "saved"), ("ive", "saved"))
        )
    ]
    return found[0] if len(found) == 1 else None


def _per(g: Given) -> Measure | None:
    measure = g.quantity.measure
    return measure.per if measure is not None and measure.per is not None else _period_after(g)


def _in_the_saving_currency(givens: list[Given]) -> list[Given]:
    """'save 15 dollars every week ... until i have 240': a plain goal beside a saving in a currency is in it."""
    rated = [g for g in givens if g.quantity.measure is not None and g.quantity.measure.per is not None]
    plain = [g for g in givens if g.quantity.measure is None and not g.quantity.percent and not g.noun]
    if len(rated) != 1 or len(plain) != 1 or not is_money(rated[0].quantity.measure):
        return givens
    money = replace(rated[0].quantity.measure, per=None)
    return [replace(g, quantity=Quantity(g.quantity.value, money)) if g is plain[0] else g for g in givens]


def _less_saved(givens: list[Given], saved: Given) -> list[Given] | None:
    """The goal less what is already saved, in the goal's unit; None when they differ or nothing is left to save."""
    goals = [g for g in givens if _per(g) is None]
    if len(goals) != 1 or saved.quantity.percent or saved.quantity.measure != goals[0].quantity.measure:
        return None
    rest = Fraction(goals[0].quantity.value) - Fraction(saved.quantity.value)
    if rest <= 0:
        return None
    return [replace(g, quantity=Quantity(rest, g.quantity.measure)) if g is goals[0] else g for g in givens]


def _plain_goal(givens: list[Given], words: list[str]) -> Solution | None:
    """'saving for a 9,000 car, I can put away 375 a month': amounts with no currency, where the words of saving say
    they are money — the goal said with no period, the saving with one ('375 a month')."""
    periods = [_period_after(g) for g in givens]
    if sorted(p is None for p in periods) != [False, True]:
        return None
    at = 0 if periods[0] is not None else 1
    period = periods[at]
    saving, goal = givens[at].quantity, givens[1 - at].quantity
    if period is None or saving.value <= 0 or goal.value <= 0 or not _asks_periods(words, period):
        return None
    return _periods(goal, saving, period)


def _period_after(g: Given) -> Measure | None:
    """'375 a month', '85 every fortnight': the period said right after an amount, or None."""
    if len(g.after) < 2 or g.after[0] not in _EVERY:
        return None
    unit = lookup(g.after[1], short=False) if g.after[1].isalpha() else None
    return unit if unit is not None and unit.dimension == "time" and unit.per is None else None


def _periods(goal: Quantity, saving: Quantity, period: Measure) -> Solution:
    exact = numbers.checked(Fraction(goal.value) / Fraction(saving.value))
    whole = math.ceil(exact)
    name = period.name if whole == 1 else plural(period.name)
    each = show(Quantity(saving.value, goal.measure))
    steps = [f"{show(goal)} ÷ {each} per {period.name} = {numbers.format_number(exact)} {plural(period.name)}"]
    if whole != exact:
        short = numbers.checked(Fraction(goal.value) - (whole - 1) * Fraction(saving.value))
        steps.append(
            f"after {whole - 1} the savings are {show(Quantity(goal.value - short, goal.measure))}, "
            f"{show(Quantity(short, goal.measure))} short, so it takes {whole}"
        )
    solution = Solution(f"{whole} {name}", whole, "saving towards a goal", f"ceil({show(goal)} ÷ {each})", steps)
    solution.unit = plural(period.name)
    solution.notes.append("whole periods, rounded up: the goal is reached at the end of the last one")
    return solution


def _asks_periods(words: list[str], period: Measure) -> bool:
    """'how many fortnights', 'how many weeks', 'how long': the question counts the saving's own period."""
    for k in range(len(words) - 1):
        if words[k] != "how":
            continue
        if words[k + 1] == "long":
            return True
        if words[k + 1] == "many" and k + 2 < len(words) and words[k + 2] in (plural(period.name), period.name):
            return True
    return False


def _round_up_bracket(tokens: list[Token], start: int) -> tuple[int, int]:
    """The tokens of a bracket closing the request that says to round up, or (0, 0)."""
    end = len(tokens) - 1
    while end > start and tokens[end - 1].text in (".", "!"):
        end -= 1
    if tokens[end - 1].text != ")":
        return (0, 0)
    opening = end - 2
    while opening > start and end - opening < _MAX_BRACKET and tokens[opening].text not in ("(", ")"):
        opening -= 1
    if tokens[opening].text != "(":
        return (0, 0)
    inside = [t.word for t in tokens[opening:end]]
    rounds_up = any(w in _ROUND and inside[k + 1] == "up" for k, w in enumerate(inside[:-1]))
    return (opening, end) if rounds_up else (0, 0)
