"""Whole packs to buy for what is needed: 'Back boxes come in packs of 10 and I need 37 of them, how many packs do I
order?' → 4 packs; 'cupcake boxes hold 6. order is for 75 cupcakes. how many boxes' → 13 boxes; 'I need 100 m of
cable and it comes on 50 m drums' → 2 drums.

Two numbers: the size of one pack, said with the thing the question counts ('packs of 10', 'boxes hold 6', '6 per
box', '50 m drums', 'bottles are 750 ml'), and the amount needed, said as needed ('I need 37', 'order is for 75',
'we need 30 litres') or asked as needed ('how many boxes do I need'). A part pack is a whole pack more: the count is
rounded up, and what is spare is said. A third number, a price, a percentage, a word that changes the amounts
('spare', 'already', 'left', 'extra') or a question of how many can be filled declines the reading: how many
*full* packs the amount makes is another question (``portions``).
"""

from __future__ import annotations

import math
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, read_givens
from servers.tools.calculator.quantities import Quantity, convert, is_money, show, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_HOLDS = frozenset("hold holds take takes fit fits seat seats contain contains carry carries are is".split())
_PER = (("per",), ("to", "a"), ("in", "a"), ("in", "each"), ("in", "every"), ("a",), ("each",))
_NEEDS = frozenset("need needs needed order ordered ordering require requires required want wants for".split())
_ASK_TAIL = frozenset(
    "do does should shall will would i we you they need to buy order get require have use must make up".split()
)
_ASK_NEEDS = frozenset("need buy order get require use must".split())
_SPOILERS = frozenset(
    "spare extra more less left remaining already except plus minus half twice double triple dozen pair couple "
    "cost costs price prices each fill filled full can could without broken lose lost waste percent".split()
)
"""Words that change the amounts or ask another question: the reading leaves them to other rules."""


def solve_packs(tokens: list[Token], start: int) -> Solution | None:
    """The whole packs needed for an amount, rounded up; None when the request is not that."""
    asked = start + _asked_at(tokens, start)
    if asked == start - 1:
        return None
    container = singular(tokens[asked].word)
    tail = [t.word for t in tokens[asked + 1 :] if t.kind == "word"]
    if any(t.kind not in ("word", "end") and t.text != "?" for t in tokens[asked + 1 :]) or set(tail) - _ASK_TAIL:
        return None
    if any(w in _SPOILERS and not _sizing_each(tokens, k) for k, w in _indexed(tokens, start, asked)):
        return None
    givens = read_givens(tokens, start)
    if len(givens) != 2 or any(g.quantity.percent or _money(g.quantity) for g in givens):
        return None
    packs = [g for g in givens if _sizes(tokens, g, container)]
    if len(packs) != 1:
        return None
    pack = packs[0]
    need = next(g for g in givens if g is not pack)
    between = tokens[need.end : pack.start]
    if len(between) <= 3 and all(t.kind == "word" for t in between) and any(t.word == "of" for t in between):
        return None  # 'I need 3 boxes of 12 eggs': the size is of the packs needed, not a pack of what is needed
    held, counted = _counted(tokens, pack), _counted(tokens, need)
    if held and counted and held != counted:
        return None  # 'egg boxes hold 6 eggs. order is for 75 cupcakes': the packs hold something else
    if not (_NEEDS & set(need.before) or _ASK_NEEDS & set(tail)):
        return None  # '75 cupcakes, boxes hold 6, how many boxes': filled or needed, it does not say
    size, amount = pack.quantity, need.quantity
    if (size.measure is None) != (amount.measure is None) or size.value <= 0 or amount.value <= 0:
        return None
    if size.measure is not None and amount.measure is not None:
        if size.measure.per is not None or amount.measure.per is not None:
            return None
        if size.measure.dimension != amount.measure.dimension:
            return None
        needed = Fraction(convert(amount.value, amount.measure, size.measure))
    else:
        needed = Fraction(amount.value)
    exact = needed / Fraction(size.value)
    count = math.ceil(exact)
    label = tokens[asked].word if count != 1 else container
    spare = count * Fraction(size.value) - needed
    working = f"{_shown(amount)} ÷ {_shown(size)}"
    steps = [f"{working} = {numbers.format_number(exact)}"]
    answer = f"{count} {label}"
    if spare:
        left = _shown(Quantity(spare, size.measure))
        steps.append(f"rounded up to {count} whole {label}, with {left} spare")
        answer += f" ({left} spare)"
    solution = Solution(answer, count, "whole packs", working, steps, label)
    solution.notes = ["a part pack is bought whole, so the count is rounded up"] if spare else []
    return solution


def _asked_at(tokens: list[Token], start: int) -> int:
    """The offset from ``start`` of the thing 'how many' counts in the question ('how many packs'), or -1."""
    first = question_start(tokens, start)
    for k in range(first, len(tokens) - 2):
        if tokens[k].word == "how" and tokens[k + 1].word == "many" and tokens[k + 2].kind == "word":
            return k + 2 - start
    return -1


def _indexed(tokens: list[Token], start: int, stop: int) -> list[tuple[int, str]]:
    return [(k, tokens[k].word) for k in range(start, stop) if tokens[k].kind == "word"]


def _sizing_each(tokens: list[Token], k: int) -> bool:
    """'each box holds 6': the 'each' of one pack's size, not a count of each."""
    return tokens[k].word == "each" and tokens[k + 2].word in _HOLDS and tokens[k + 3].kind == "number"


def _counted(tokens: list[Token], given: Given) -> str | None:
    """What a count counts, said right after its number ('6 eggs', '75 cupcakes'), singular; None for a measure."""
    if given.quantity.measure is not None:
        return None
    numbers_at = [k for k in range(given.start, min(given.end + 1, len(tokens))) if tokens[k].kind == "number"]
    after = numbers_at[-1] + 1 if numbers_at else given.end
    return singular(tokens[after].word) if after < len(tokens) and tokens[after].kind == "word" else None


def _money(quantity: Quantity) -> bool:
    return quantity.measure is not None and is_money(quantity.measure)


def _sizes(tokens: list[Token], given: Given, container: str) -> bool:
    """The number is one pack's size: 'packs of 10', 'boxes hold 6', 'each box holds 6', 'bottles are 750 ml',
    '6 per box', '12 to a box', '50 m drums', '40 litre bags'."""
    before = [t.word for t in tokens[max(0, given.start - 3) : given.start]]
    if len(before) >= 2 and singular(before[-2]) == container and before[-1] in ("of", *_HOLDS):
        return True
    after = tokens[given.end :]
    if after[0].kind == "word" and singular(after[0].word) == container:
        return True
    for phrase in _PER:
        width = len(phrase)
        if [t.word for t in after[:width]] == list(phrase) and singular(after[width].word) == container:
            return True
    return False


def _shown(quantity: Quantity) -> str:
    return show(quantity) if quantity.measure is not None else numbers.format_number(quantity.value)
