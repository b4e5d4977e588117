"""Whole quotients with what is left: a division asked with its remainder, and full containers with what is over.

* '250 divided by 3 with remainder' → 83 remainder 1 (250 = 3 × 83 + 1); so are '250 / 3 remainder', 'divide 250
  by 3 with a remainder' and 'the quotient and remainder of 250 divided by 3'. Both numbers are whole, the divisor
  not zero: a remainder of anything else is not one to give.
* 'how many full boxes of 12 from 100 eggs and how many left over' → 8 full boxes, 4 eggs left over. A count of
  things, the size of one container said with the container the question counts ('boxes of 12', 'boxes hold 12',
  '12 to a box'), and a question for the full ones ('full', 'whole', 'can I fill'), with or without what is left.
  Every other word must be one of the question's or an inert word of the story: a third number, a price, or a word
  that changes the count ('already', 'broken', 'need') declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import PUNCTUATION, QUESTION_WORDS
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.inert import inert
from servers.tools.calculator.quantities import plural, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_DIVIDED = (("divided", "by"), ("/",), ("over",), ("by",))
_ASKED_REMAINDER = (
    ("with", "remainder"), ("with", "a", "remainder"), ("with", "the", "remainder"), ("with", "remainders"),
    ("and", "the", "remainder"), ("and", "remainder"), ("remainder",), (",", "remainder"), ("with", "remainder", "?"),
)  # fmt: skip
_LEADS = (("the", "quotient", "and", "remainder", "of"), ("quotient", "and", "remainder", "of"),
          ("the", "quotient", "and", "remainder", "when"), ("quotient", "and", "remainder", "when"))  # fmt: skip


def solve_division_remainder(tokens: list[Token], start: int) -> Solution | None:
    """A whole division asked with its remainder; None when the request is not exactly that."""
    if not any(t.word == "remainder" for t in tokens[start:]):
        return None
    i = start
    lead = _phrase(tokens, i, _LEADS)
    i += lead or (tokens[i].word == "divide")
    divided_word = not lead and tokens[start].word == "divide"
    if tokens[i].kind != "number":
        return None
    dividend = tokens[i]
    i += 1 + (lead > 0 and tokens[i + 1].word == "is")
    said = (("by",),) if divided_word else _DIVIDED[:3]
    width = _phrase(tokens, i, said)
    if not width or tokens[i + width].kind != "number":
        return None
    divisor = tokens[i + width]
    i += width + 1
    if not lead:
        tail = _phrase(tokens, i, _ASKED_REMAINDER)
        if not tail:
            return None
        i += tail
    if tokens[i].kind != "end":
        return None
    a, b = Fraction(dividend.value), Fraction(divisor.value)
    if a.denominator != 1 or b.denominator != 1 or b <= 0 or a < 0:
        return None
    q, r = divmod(int(a), int(b))
    shown_a, shown_b = numbers.format_number(a), numbers.format_number(b)
    steps = [f"{shown_a} ÷ {shown_b} = {q} whole times ({shown_b} × {q} = {numbers.format_number(q * int(b))})",
             f"remainder: {shown_a} − {numbers.format_number(q * int(b))} = {r}"]  # fmt: skip
    solution = Solution(f"{q} remainder {r}", q, "division with remainder", f"{shown_a} // {shown_b}, "
                        f"{shown_a} mod {shown_b}", steps)  # fmt: skip
    solution.notes.append(f"{shown_a} = {shown_b} × {q} + {r}")
    return solution


_FULL = frozenset("full whole complete".split())
_FILL = frozenset("fill make pack get".split())
_HOLD = frozenset("hold holds take takes fit fits".split())
_PER = (("to", "a"), ("per",), ("in", "each"), ("in", "a"), ("to", "each"))
_WORDS = frozenset(
    "i we you can could will would how many much are is be there left over leftover remaining remain spare and "
    "from with of into in a an the have has got my our fill make pack get boxes box do does full whole complete "
    "it them they that's thats what's whats what go goes come comes to per".split()
)
_SPOILERS = frozenset("already broken need needs needed buy order more extra each except minus plus".split())


def solve_full_containers(tokens: list[Token], start: int) -> Solution | None:
    """How many full containers a count fills, and what is left; None when the request is not exactly that."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if set(words) & _SPOILERS or not (set(words) & _FULL or set(words) & _FILL):
        return None
    asked = _container_asked(tokens, start)
    givens = givens_or_none(tokens, start, 2)
    if asked is None or givens is None or any(g.quantity.measure is not None or g.quantity.percent for g in givens):
        return None
    container, at = asked
    sized = [g for g in givens if _sizes(tokens, g, container)]
    if len(sized) != 1:
        return None
    size = sized[0]
    count = next(g for g in givens if g is not size)
    thing = _thing(tokens, count)
    if size.noun and size.noun not in _WORDS and singular(size.noun) != thing:
        return None  # 'egg boxes hold 6 eggs' of '75 cupcakes': what a box holds is something else
    if thing is None or not _accounted(tokens, start, givens, {container, thing}):
        return None
    total, each = Fraction(count.quantity.value), Fraction(size.quantity.value)
    if total.denominator != 1 or each.denominator != 1 or each <= 0 or total <= 0:
        return None
    full, left = divmod(int(total), int(each))
    named = container if full == 1 else plural(container)
    things = thing if left == 1 else plural(thing)
    answer = f"{full} full {named}, {left} {things} left over" if _asks_left(tokens, at) else f"{full} full {named}"
    step = f"{numbers.format_number(total)} ÷ {numbers.format_number(each)} = {full} full, remainder {left}"
    solution = Solution(answer, full, "full containers", f"{total} // {each}", [step], named)
    if left and not _asks_left(tokens, at):
        solution.notes.append(f"{left} {things} left over, not enough for another {container}")
    return solution


def _container_asked(tokens: list[Token], start: int) -> tuple[str, int] | None:
    """'how many full boxes', 'how many boxes can I fill': the container counted, and where the question is."""
    for k in range(start, len(tokens) - 2):
        if tokens[k].word == "how" and tokens[k + 1].word == "many":
            j = k + 2 + (tokens[k + 2].word in _FULL)
            noun = tokens[j].word
            if tokens[j].kind == "word" and noun.isalpha() and (noun not in _WORDS or noun in ("boxes", "box")):
                return singular(noun), k
    return None


def _sizes(tokens: list[Token], g: Given, container: str) -> bool:
    """'boxes of 12', 'boxes hold 12', '12 to a box', '12 per box': one container's size."""
    before = [t.word for t in tokens[max(0, g.start - 2) : g.start]]
    if len(before) == 2 and singular(before[0]) == container and (before[1] == "of" or before[1] in _HOLD):
        return True
    after = g.end
    return any(
        all(tokens[after + n].word == w for n, w in enumerate(p)) and singular(tokens[after + len(p)].word) == container
        for p in _PER
    )


def _thing(tokens: list[Token], g: Given) -> str | None:
    """What the count counts ('100 eggs'), singular; None for a bare number."""
    if g.noun:
        return singular(g.noun)
    after = tokens[g.end] if g.end < len(tokens) else None
    if after is None or after.kind != "word" or not after.word.isalpha() or after.word in _WORDS:
        return None
    return singular(after.word)


def _asks_left(tokens: list[Token], at: int) -> bool:
    return any(t.word in ("left", "leftover", "remaining", "spare", "over") for t in tokens[at:])


def _accounted(tokens: list[Token], start: int, givens: list[Given], nouns: set[str]) -> bool:
    """Every word outside the numbers is the question's, the story's inert words, or names the things or containers."""
    inside = {k for g in givens for k in range(g.start, g.end)}
    for k in range(start, len(tokens) - 1):
        t = tokens[k]
        if k in inside or t.text in PUNCTUATION or t.word in _WORDS or t.word in QUESTION_WORDS:
            continue
        if t.kind == "word" and (singular(t.word) in nouns or t.word in _HOLD or inert(t)):
            continue
        return False
    return True


def _phrase(tokens: list[Token], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    last = len(tokens) - 1
    for p in phrases:
        if all(tokens[min(i + k, last)].word == w or tokens[min(i + k, last)].text == w for k, w in enumerate(p)):
            return len(p)
    return 0
