"""How many containers a count needs when each holds so many: '120 guests confirmed and the round tables seat 8
each. How many tables do I need?' → 120 ÷ 8 = 15 tables; 125 guests need 16 (15.625, rounded up: the last table
is partly filled).

Two numbers. The capacity: a number said of the container the question counts, by a verb of holding ('the tables
seat 8', 'each bus holds 40', 'a minibus carries 15') or by 'per' or 'of' ('8 per table', '6 to a box', 'tables of
8'). The count: the other number, with what it counts ('120 guests', '100 books'); when the capacity names what it
holds, it is the same ('holds 12 books'), or people for a count of people; a verb of holding with nothing named
('each bus holds 40') is read only of a count of people, or of the things the container is named by ('cupcake
boxes hold 6'). The question asks how many of the containers ('how many tables'). A third number, a unit or an
amount of money, or a word that changes the count (some already seated, spare seats, rounding down) declines the
reading.
"""

from __future__ import annotations

import math
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import lookup, plural, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_HOLDING = frozenset("seat seats sit sits hold holds take takes carry carries fit fits sleep sleeps".split())
_PER = (("per",), ("to", "a"), ("to", "each"), ("at", "each"), ("in", "each"), ("on", "each"), ("a",))
_PEOPLE = frozenset(
    "people person persons guests guest adults children kids students pupils passengers players visitors diners "
    "attendees delegates staff members campers scouts".split()
)
_SPOILERS = frozenset(
    "already left remaining spare extra more less fewer except plus minus half twice double empty full down "
    "reserved only but without besides another other cost costs price each's fill filled".split()
)
"""Words that change the count or the capacity: some already placed, spare places, rounding down ('how many boxes
can I fill' asks for the full ones, not all that are needed)."""
_MAX_BEFORE = 3  # 'the round tables seat 8': up to two words between the container and its verb


def solve_containers(tokens: list[Token], start: int) -> Solution | None:
    """The containers a count needs, rounded up to whole ones; None when the request is not that."""
    question = question_start(tokens, start)
    asked = _asked(tokens, question)
    if asked is None:
        return None
    if any(t.kind in ("currency", "date", "clock", "ordinal") or t.text in ("%", "/") for t in tokens[start:]):
        return None  # money, a percentage, a clock time: not a count of things
    counts = [k for k in range(start, len(tokens)) if tokens[k].kind == "number"]
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    if len(counts) != 2 or words & _SPOILERS:
        return None
    capacity = [k for k in counts if _holds(tokens, k, asked)]
    if len(capacity) != 1:
        return None
    size_at = capacity[0]
    count_at = counts[0] if counts[1] == size_at else counts[1]
    counted = _counted(tokens, count_at)
    held = _held(tokens, size_at)
    if counted is None or held not in ("", counted) and not (held in _PEOPLE and counted in _PEOPLE):
        return None
    if held == "" and tokens[size_at - 1].word in _HOLDING and counted not in _PEOPLE:
        if not any(singular(t.word) == singular(counted) for t in tokens[max(size_at - 4, 0) : size_at - 1]):
            return None  # 'each bus holds 40' of '6 classes': what a bus holds is not said ('cupcake boxes hold 6')
    total, size = Fraction(tokens[count_at].value), Fraction(tokens[size_at].value)
    if size.denominator != 1 or total.denominator != 1 or size <= 0 or total <= 0:
        return None
    exact = total / size
    needed = math.ceil(exact)
    label = asked if needed == 1 else plural(asked)
    working = f"{numbers.format_number(total)} {counted} ÷ {numbers.format_number(size)} per {asked}"
    steps = [f"{working} = {numbers.format_number(exact)}"]
    solution = Solution(f"{needed} {label}", needed, "containers needed", f"ceil({total} / {size})", steps, label)
    if needed != exact:
        steps.append(f"{numbers.format_number(exact)} rounded up to {needed} whole {plural(asked)}")
        solution.notes.append(f"rounded up to whole {plural(asked)}: the last one is partly filled")
    return solution


def _asked(tokens: list[Token], question: int) -> str | None:
    """The container the question counts ('how many tables'), as one of it."""
    for k in range(question, len(tokens) - 2):
        if tokens[k].word == "how" and tokens[k + 1].word == "many" and tokens[k + 2].kind == "word":
            noun = tokens[k + 2].word
            if not noun.isalpha() or lookup(noun, short=False) is not None:
                return None  # 'how many hours', 'how many litres': a measure, not a container
            return singular(noun)
    return None


def _holds(tokens: list[Token], at: int, container: str) -> bool:
    """Whether the number at ``at`` is what one container holds: 'tables seat 8', '8 per table'."""
    if tokens[at - 1].word in _HOLDING:
        for k in range(at - 2, max(at - 2 - _MAX_BEFORE, -1), -1):
            if tokens[k].kind != "word":
                return False
            if singular(tokens[k].word) == container:
                return True
        return False
    if tokens[at - 1].word == "of" and at >= 2 and tokens[at - 2].word.endswith("s"):
        return singular(tokens[at - 2].word) == container  # 'tables of 8', 'in packs of 6'
    j = at + 1 + (_held(tokens, at) != "")  # '8 people per table'
    for phrase in _PER:
        if all(tokens[j + n].word == w for n, w in enumerate(phrase)):
            return singular(tokens[j + len(phrase)].word) == container
    return False


def _held(tokens: list[Token], at: int) -> str:
    """What the capacity names it holds ('holds 12 books', '8 people per table'), '' when unsaid."""
    after = tokens[at + 1]
    if after.kind == "word" and after.word.isalpha() and after.word not in ("each", "per", "to", "at", "in", "on", "a"):
        if lookup(after.word, short=False) is None and after.word not in ("and", "or", "so", "but", "how"):
            return after.word if after.word.endswith("s") else plural(after.word)
    return ""


def _counted(tokens: list[Token], at: int) -> str | None:
    """What the count counts ('120 guests'); None when a measure or nothing follows the number."""
    after = tokens[at + 1]
    if after.kind != "word" or not after.word.isalpha() or lookup(after.word, short=False) is not None:
        return None
    return after.word
