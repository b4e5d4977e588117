"""Inverse proportion: so many doers take so long, so how long would another number of them take (or how many are
needed to take another time)? 'If five workers take twelve days to build a wall, how many days would 4 workers
take at the same rate?' → 5 × 12 = 60 worker-days; 60 ÷ 4 = 15 days.

The story gives a count of doers ('5 workers', 'twelve men', '3 pumps') and the time they take; the question gives
another count of the same doers and asks how long, or another time and asks how many of them. Every doer is taken
to work at the same rate, so the work done — doers × time — stays the same, and the answer says so. A third count,
a rate, doers who join or leave part way, or a question about anything else is not this reading and declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import PEOPLE, Given, givens_or_none
from servers.tools.calculator.quantities import Quantity, show, singular
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start, question_words
from servers.tools.calculator.tokens import Token

_SPOILERS = frozenset(
    "each per more fewer less extra additional join joins joined leave leaves left after already another remaining "
    "then faster slower twice half double triple speed km miles mph cost costs paid pay price percent".split()
)
"""Words that change the work or the rate (doers who join, a faster one) or ask for something else."""
_DOERS = frozenset(
    "workers worker builders painters decorators cleaners gardeners farmers labourers laborers carpenters plumbers "
    "bricklayers electricians cooks chefs crews teams machines pumps pipes taps hoses printers robots tractors "
    "diggers excavators harvesters workmen mowers typists bakers pickers packers movers roofers welders employees "
    "staff".split()
)
"""Those whose work is shared: more of them finish one job sooner."""
_PEOPLE = PEOPLE | frozenset("men women volunteers".split())
"""People in general, who share the work only when the story says it is a job ('paint', 'build', 'dig'): four
friends driving to the beach take as long as two."""
_JOBS = frozenset(
    "build builds built paint paints painted dig digs dug clean cleans cleaned finish finishes complete completes "
    "pick picks harvest harvests mow mows plant plants lay lays repair repairs decorate decorates clear clears "
    "tile tiles pack packs fill fills empty empties type types make makes made do does job task work".split()
)
"""What each does in parallel, each on its own ('4 eggs take 10 minutes to boil', 'shirts take 3 hours to dry'), is
not shared work and is not read here: only doers of a shared job are."""


def solve_inverse(tokens: list[Token], start: int) -> Solution | None:
    """Time for another number of doers, or doers for another time, with the work fixed; None otherwise."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if _SPOILERS & set(words):
        return None
    givens = givens_or_none(tokens, start, 3)
    if givens is None:
        return None
    asking = question_start(tokens, start)
    story = [g for g in givens if g.start < asking]
    asked = [g for g in givens if g.start >= asking]
    if len(story) != 2 or len(asked) != 1:
        return None
    counts = [g for g in story if _count(g)]
    times = [g for g in story if _time(g)]
    if len(counts) != 1 or len(times) != 1:
        return None
    count, time, other = counts[0], times[0], asked[0]
    question = question_words(tokens, start)
    doers = _doers(tokens, count)
    if doers not in _DOERS and not (doers in _PEOPLE and _JOBS & set(words)):
        return None
    if _count(other) and _doers(tokens, other) == doers and _asks_time(question):
        return _time_for(count, time, other, doers)
    if _time(other) and _asks_count(question, doers):
        return _count_for(count, time, other, doers)
    return None


def _count(g: Given) -> bool:
    q = g.quantity
    return q.measure is None and not q.percent and bool(g.noun) and q.value > 0


def _doers(tokens: list[Token], g: Given) -> str:
    """The doers as the user names them ('workers', 'men'): the word right after the number when it names doers
    ('twelve men dig', where the counted noun read runs on to the verb), else the counted noun."""
    after = tokens[g.start + 1].word
    return after if after in _DOERS or after in _PEOPLE else tokens[g.end - 1].word


def _time(g: Given) -> bool:
    m = g.quantity.measure
    return m is not None and m.dimension == "time" and m.per is None and g.quantity.value > 0


def _asks_time(question: list[str]) -> bool:
    if " ".join(question[:2]) == "how long" or "how long" in " ".join(question):
        return True
    for k in range(len(question) - 2):
        if question[k : k + 2] == ["how", "many"] and question[k + 2] in _TIME_WORDS:
            return True
    return False


def _asks_count(question: list[str], doer: str) -> bool:
    for k in range(len(question) - 2):
        if question[k : k + 2] == ["how", "many"] and question[k + 2] == doer:
            return True
    return False


_TIME_WORDS = frozenset("days hours minutes weeks months years seconds".split())


def _work(count: Given, time: Given, doers: str) -> tuple[Fraction, str]:
    work = Fraction(numbers.checked(Fraction(count.quantity.value) * Fraction(time.quantity.value)))
    unit = time.quantity.measure.label(2) if time.quantity.measure is not None else ""
    step = (
        f"{numbers.format_number(count.quantity.value)} {doers} × {show(time.quantity, exact=True)} = "
        f"{numbers.format_number(work)} {singular(doers)}-{unit}"
    )
    return work, step


def _time_for(count: Given, time: Given, other: Given, doers: str) -> Solution:
    work, step = _work(count, time, doers)
    value = numbers.checked(work / Fraction(other.quantity.value))
    q = Quantity(value, time.quantity.measure)
    steps = [step, f"{numbers.format_number(work)} ÷ {numbers.format_number(other.quantity.value)} {doers} = "
             f"{show(q, exact=True)}"]  # fmt: skip
    expression = (
        f"{numbers.format_number(count.quantity.value)} * {show(time.quantity)} / "
        f"{numbers.format_number(other.quantity.value)}"
    )
    return _noted(answer_for(q, "inverse proportion", expression, steps), doers)


def _count_for(count: Given, time: Given, other: Given, doers: str) -> Solution | None:
    work, step = _work(count, time, doers)
    other_measure, time_measure = other.quantity.measure, time.quantity.measure
    assert other_measure is not None and time_measure is not None
    other_time = Fraction(other.quantity.value) * other_measure.factor / time_measure.factor
    value = Fraction(numbers.checked(work / other_time))
    steps = [step, f"{numbers.format_number(work)} ÷ {show(Quantity(other_time, time_measure), exact=True)} = "
             f"{numbers.format_number(value)} {doers}"]  # fmt: skip
    expression = f"{numbers.format_number(count.quantity.value)} * {show(time.quantity)} / {show(other.quantity)}"
    solution = Solution(f"{numbers.format_number(value)} {doers}", value, "inverse proportion", expression, steps)
    if not numbers.is_integer(value):
        whole = -(-value.numerator // value.denominator)
        solution.notes.append(f"a whole number of {doers} is needed: {whole} to finish in time")
    return _noted(solution, doers)


def _noted(solution: Solution, doers: str) -> Solution:
    solution.notes.append(
        f"inverse proportion: every one of the {doers} is taken to work at the same rate, so "
        f"{doers} × time (the work) stays the same — more {doers} take less time"
    )
    return solution
