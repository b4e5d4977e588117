"""Two calculations in one request, the second on the first's result: 'Take 35% off 2,400, then use that number to
work out the monthly amount if it's paid over 12 months'.

The request is cut at its one 'then' ('…, then …', '… and then …', '…. Then …'). The part before must be a whole
request the calculator answers on its own, with one number for an answer (plain, money or a measure: '8.04672
kilometers'). The part after is then read with that number put where it refers to it ('that', 'it', 'the result',
'that number'), or, when it names no earlier result, as a step on the running value ('…, then divide by 4') or as a
story told of it ('the amount is $1,560. What's the monthly amount over 12 months?'). Whatever the second part is
read as, every number in it is still used: the solver's own rules decide, so a chain is only ever two answers the
calculator would give.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import is_money, lookup
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import CURRENCY_SYMBOLS, Token
from servers.tools.inputs import ToolInputError

_REFERENCES = (
    ("that", "number"), ("that", "figure"), ("that", "amount"), ("that", "total"), ("that", "result"),
    ("this", "number"), ("the", "result"), ("the", "answer"), ("that", "answer"), ("that", "area"),
    ("that", "volume"), ("the", "area"), ("that",), ("it",), ("this",),
)  # fmt: skip
_USE = frozenset("use take".split())
_BACK = frozenset(
    "original originally before full initial initially starting first old previous undiscounted sticker "
    "list pre earlier".split()
)
"""Words by which the second part reaches past the first answer to what came before it ('on the original price')."""
_BEFORE_THEN = frozenset({",", ".", ";", "?", "!", "and"})
_SYMBOLS = {code: symbol for symbol, code in CURRENCY_SYMBOLS.items()}


def solve_chain(text: str, tokens: list[Token], solve: Callable[[str], Solution]) -> Solution | None:
    """The second calculation's answer, worked on the first's; None when the request is not two such steps."""
    found = _cut(tokens)
    if found is None:
        return None
    cut, rest = found
    if tokens[rest].kind == "end" or any(t.word in _BACK for t in tokens[rest:]):
        return None  # '20% off, then a 15% tip on the original price': not a step on the discounted price
    try:
        first = solve(text[: tokens[cut].start])
    except ToolInputError:
        return None
    value = _value_text(first)
    if value is None:
        return None
    for second_text in _readings(text, tokens, rest, value):
        try:
            second = solve(second_text)
        except ToolInputError:
            continue
        return _joined(first, second)
    return None


def _cut(tokens: list[Token]) -> tuple[int, int] | None:
    """Where the first part ends and the second begins: at the one 'then', or else at the one sentence that
    opens on an operation ('What's 3 feet in inches? Add 4.')."""
    thens = [i for i in range(1, len(tokens) - 1) if tokens[i].word == "then" and _after_break(tokens, i)]
    if len(thens) == 1:
        at = thens[0]
        cut = at - 1 if tokens[at - 1].text in _BEFORE_THEN or tokens[at - 1].word == "and" else at
        if cut > 0 and tokens[cut].word == "and" and tokens[cut - 1].text == ",":
            cut -= 1  # '…, and then …'
        return cut, at + 1 + (tokens[at + 1].text == ",")
    if thens or any(t.word == "then" for t in tokens):
        return None
    steps = [i for i in range(1, len(tokens) - 1) if tokens[i - 1].text in _SENTENCE_ENDS and tokens[i].word in _STEPS]
    return (steps[0] - 1, steps[0]) if len(steps) == 1 else None


_SENTENCE_ENDS = frozenset({".", "?", "!"})
_STEPS = frozenset("add subtract multiply divide double halve triple times minus plus deduct".split())
"""Verbs that open a second sentence as a step on the first answer ('... ? Divide it by 3.')."""


def _after_break(tokens: list[Token], i: int) -> bool:
    before = tokens[i - 1]
    return before.text in _BEFORE_THEN or before.word == "and"


def _value_text(solution: Solution) -> str | None:
    """The first answer as the second part reads it: '$1560', '23.5'; None for an answer that is not one number."""
    result = solution.result
    if result is None or isinstance(result, float) or " and " in solution.answer:
        return None
    result = Fraction(result)
    if not numbers.terminates(result):
        return None  # '1/3' written out would be rounded: the second step would not be exact
    plain = numbers.decimal_text(result)
    if solution.unit is None:
        return plain
    symbol = _SYMBOLS.get(solution.unit)
    if symbol is not None:
        return None if result < 0 else f"{symbol}{plain}"
    # '8.04672 kilometers', '14.4 square meters': a measure the second step reads again
    measure = lookup(solution.unit.removeprefix("square "), short=False)
    if measure is not None and solution.unit.startswith("square ") and measure.dimension != "length":
        return None
    return None if measure is None or is_money(measure) else f"{plain} {solution.unit}"


def _readings(text: str, tokens: list[Token], rest: int, value: str) -> list[str]:
    """The second part with the first answer in it: in place of its reference, before its step, or as its story."""
    begin = rest
    if tokens[begin].word in _USE:
        width = _reference_at(tokens, begin + 1)
        if width and tokens[begin + 1 + width].word == "to":
            begin += 2 + width  # 'use that number to work out …'
    readings: list[str] = []
    for i in range(begin, len(tokens) - 1):
        width = _reference_at(tokens, i)
        if width:
            end = tokens[i + width].start
            readings.append(text[tokens[begin].start : tokens[i].start] + value + " " + text[end:])
            break
    second = text[tokens[begin].start :]
    if begin == rest:
        readings.append(f"{value}, then {second}")  # '…, then divide by 4': a step on the running value
        running = _running_named(tokens, begin)
        if running is not None:  # '…, then add 10% on the new price': the running value, named
            readings.append(f"{value}, then {text[tokens[begin].start : tokens[running].start]}")
    readings.append(f"The amount is {value}. {second}")
    return readings


_RUNNING = tuple(
    (on, "the", new, thing)
    for on in ("on", "to")
    for new in ("new", "discounted", "reduced")
    for thing in ("price", "total", "amount", "figure", "cost")
)
"""'on the new price', 'to the discounted total': the value the first step left, said at the end of the second."""


def _running_named(tokens: list[Token], begin: int) -> int | None:
    """Where a closing phrase naming the running value starts, when the second part ends with one."""
    end = len(tokens) - 1 - (tokens[-2].text in ("?", ".") and len(tokens) > 1)
    for phrase in _RUNNING:
        at = end - len(phrase)
        if at > begin and all(tokens[at + k].word == w for k, w in enumerate(phrase)):
            return at
    return None


def _reference_at(tokens: list[Token], i: int) -> int:
    for phrase in _REFERENCES:
        if all(tokens[i + k].word == word for k, word in enumerate(phrase)):
            return len(phrase)
    return 0


def _joined(first: Solution, second: Solution) -> Solution:
    steps = [f"first: {first.answer}", *first.steps, f"then: {second.answer}", *second.steps]
    expression = f"{first.expression}; then {second.expression}"
    problem = f"{first.problem}, then {second.problem}"
    notes = [*first.notes, *second.notes]
    return Solution(second.answer, second.result, problem, expression, steps, second.unit, second.exact, notes,
                    dict(second.values))  # fmt: skip
