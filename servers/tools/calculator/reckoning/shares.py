"""One of two quantities asked as a percentage of the other: 'The hall holds 420 and we sold 357 tickets for the
spring concert. What percentage of seats is that?' is 85%; 'Food costs were $1,240 on sales of $4,960 last week.
What's my food cost as a percentage?' is 25%.

A share needs its whole, and only the words say which of the two that is; it is read only where they cannot be
read two ways:

- a capacity said with its verb ('the hall holds 420', 'the bus seats 52'), with one count of what fills it;
- or two quantities of one kind, the question naming one of them by the words said with it: the whole after 'of'
  ('what percentage of sales'), or the part before 'as a percentage' ('my food cost as a percentage').

The part must be no more than the whole, the question must ask the percentage and nothing else, and the request
must hold just those two numbers (a name such as 'the 47' set aside): otherwise the request is left declined, as is
a change ('from 40 to 50'), a margin or a markup, which other readers take.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given
from servers.tools.calculator.quantities import singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

PROBLEM = "share of a whole"

_PERCENT = frozenset({"percentage", "percent", "%"})
_CAPACITY = frozenset("holds hold seats seat fits fit sleeps takes carries capacity".split())
_SPOILERS = frozenset(
    """increase increased decrease decreased change changed rise rose risen fall fell drop dropped grew grow growth
    up down from more less than margin markup profit discount off tax vat tip interest each per average mean
    left remaining rest other not without except after before next""".split()
)
"""Words of another sum (a change, a margin, what is left) or of a share of something else."""
_ASKING = frozenset("what what's whats is was are were that this it the a an as my our your their of in".split())
_SENTENCE_ENDS = frozenset({".", "?", "!", ";"})


def solve_share(tokens: list[Token], end: int, givens: list[Given]) -> Solution | None:
    """The part as a percentage of its whole, when the words say which is which; None otherwise."""
    ask = _question(tokens, end)
    if ask is None or len(givens) != 2 or any(g.quantity.percent for g in givens):
        return None
    if {t.word for t in tokens[:end] if t.kind == "word"} & _SPOILERS:
        return None
    asked = [t for t in tokens[ask:end] if t.text not in ("?", "'s")]
    if any(t.kind not in ("word", "symbol") for t in asked) or not any(t.word in _PERCENT for t in asked):
        return None
    whole = _capacity(tokens, ask, end, givens) if _counts(givens) else None
    if whole is None and _one_kind(givens):
        whole = _named_whole(tokens, ask, end, givens)
    if whole is None:
        return None
    part = givens[1 - whole]
    return _share(part, givens[whole])


def _question(tokens: list[Token], end: int) -> int | None:
    """Where the last sentence starts, when it asks a percentage and another sentence comes before it."""
    i = end
    while i > 0 and tokens[i - 1].text not in _SENTENCE_ENDS:
        i -= 1
    if i == 0 or not any(t.word in _PERCENT or t.text == "%" for t in tokens[i:end]):
        return None
    return i


def _counts(givens: list[Given]) -> bool:
    return all(g.quantity.measure is None for g in givens)


_FILLED = frozenset("full capacity seats places spaces room rooms beds sold booked filled taken used".split())


def _capacity(tokens: list[Token], ask: int, end: int, givens: list[Given]) -> int | None:
    """The index of 'holds 420' beside one count of the things that fill it ('we sold 357 tickets'), when the
    question asks only how full it is ('what percentage of seats is that?', 'what percent full are we?')."""
    held = [k for k, g in enumerate(givens) if g.before[-1:] and g.before[-1] in _CAPACITY and g.noun in ("", "people")]
    if len(held) != 1 or not givens[1 - held[0]].noun:
        return None
    other = givens[1 - held[0]].noun  # 'seats 52' is read as 52 people, who fill it as 40 tickets would
    words = {t.word for t in tokens[ask:end] if t.kind == "word"}
    if words - _ASKING - _PERCENT - _FILLED - {other, other + "s"}:
        return None
    return held[0]


def _one_kind(givens: list[Given]) -> bool:
    a, b = (g.quantity.measure for g in givens)
    if a is None or b is None:
        return a is None and b is None and bool(givens[0].noun) and givens[0].noun == givens[1].noun
    return a.dimension == b.dimension and a.per is None and b.per is None


def _named_whole(tokens: list[Token], ask: int, end: int, givens: list[Given]) -> int | None:
    """The whole as the question names it: after 'of' ('percentage of sales'), or as the other of the part named
    before 'as a percentage' ('my food cost as a percentage'); every word of the question must be read."""
    words = [t.word for t in tokens[ask:end] if t.kind == "word"]
    told: list[set[str]] = [{singular(w) for w in g.before if w.isalpha()} | {singular(g.noun)} for g in givens]
    named_whole = _after(words, ("percentage", "percent"), "of")
    named_part = _before(words, "as")
    found: set[int] = set()
    for names, role in ((named_whole, "whole"), (named_part, "part")):
        if not names:
            continue
        matched = [k for k in (0, 1) if names <= told[k]]
        if len(matched) != 1:
            return None  # names neither of them, or both
        found.add(matched[0] if role == "whole" else 1 - matched[0])
    read = {w for w in words if w in _ASKING or w in _PERCENT} | {w for w in words if singular(w) in told[0] | told[1]}
    if len(found) != 1 or set(words) - read:
        return None
    return found.pop()


def _after(words: list[str], heads: tuple[str, ...], joint: str) -> set[str]:
    """The naming words after '<head> of' up to 'is' or the end: 'percentage of sales is that' -> {'sale'}."""
    for k, w in enumerate(words[:-1]):
        if w in heads and words[k + 1] == joint:
            named: list[str] = []
            for word in words[k + 2 :]:
                if word in _ASKING:
                    break
                named.append(singular(word))
            return set(named)
    return set()


def _before(words: list[str], stop: str) -> set[str]:
    """The naming words just before 'as a percentage': 'what's my food cost as a percentage' -> {'food', 'cost'}."""
    if stop not in words or not any(w in _PERCENT for w in words[words.index(stop) :]):
        return set()
    named: list[str] = []
    for word in reversed(words[: words.index(stop)]):
        if word in _ASKING:
            break
        named.append(singular(word))
    return set(named)


def _share(part: Given, whole: Given) -> Solution | None:
    p, w = Fraction(part.quantity.value), Fraction(whole.quantity.value)
    if w <= 0 or p < 0 or p > w:
        return None  # more than the whole: not a share of it
    percent = numbers.checked(p / w * 100)
    shown = numbers.format_number(numbers.round_half_up(percent, 2))
    expression = f"{numbers.format_number(p)} ÷ {numbers.format_number(w)} × 100"
    solution = Solution(f"{shown}%", percent, PROBLEM, expression, [f"{expression} = {shown}%"], unit="%")
    if numbers.round_half_up(percent, 2) != percent:
        solution.exact = numbers.format_number(percent)
        solution.notes.append(f"rounded to two decimal places; the exact share is {solution.exact}%")
    return solution
