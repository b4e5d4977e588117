"""Counting arrangements and choices: "10 choose 4", "how many ways can you pick 3 people from 10", "how many
ways to arrange 5 books on a shelf", "how many times does 7 go into 100".

A choice of k things from n (order not mattering) is n! / (k! (n-k)!); an arrangement of n things in a row is
n!, and of k of them taken from n is n! / (n-k)! — also when a choice is said to be one where order matters; n
seated around a round table or in a circle is (n-1)!, turns of one seating being the same. With repetition ('if
I can repeat') k of n kinds is C(n+k-1, k) chosen and n^k arranged. Conditions the formula cannot say (kept
together, at least) leave the request to be declined, as do more than two numbers.
"""

from __future__ import annotations

import math

from servers.tools.calculator import numbers
from servers.tools.calculator.functions import MAX_FACTORIAL
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_CHOOSE = frozenset("choose chose chosen choosing pick picked picking select selected selecting combinations".split())
_ARRANGE = frozenset(
    "arrange arranged arranging arrangements order ordered orders orderings permutations line lined seat seated "
    "sit rank ranked".split()
)
_FILLERS = frozenset(
    "how many ways way different distinct possible can could you i we one to be are there is of the a an in from "
    "out group set team class list row shelf up what number total".split()
)
_SPOILERS = frozenset(
    "if but must not without with repetition repeats replacement together apart adjacent next exactly least most "
    "more less round around circle circular table twice same identical each per than plus minus times and "
    "probability chance odds".split()
)
_OTHER_WORDS = 3  # the things counted ('people', 'books', 'shelf'): a few nouns, not a second problem


def solve_counting(tokens: list[Token], start: int) -> Solution | None:
    """Combinations, arrangements and 'how many times does a go into b'; None when the request is not one."""
    goes = _goes_into(tokens, start)
    if goes is not None:
        return goes
    condition, said = _condition(tokens, start)
    words = [t.word for i, t in enumerate(tokens[start:], start) if t.kind == "word" and i not in said]
    values = [t.value for t in tokens[start:] if t.kind == "number"]
    if any(t.kind not in ("word", "number", "symbol", "end") for t in tokens[start:]):
        return None
    if any(t.kind == "symbol" and t.text not in ("?", ".", ",") for t in tokens[start:]):
        return None
    if not 1 <= len(values) <= 2 or any(w in _SPOILERS for w in words):
        return None
    choose = any(w in _CHOOSE for w in words)
    arrange = any(w in _ARRANGE for w in words)
    others = [w for w in words if w not in _FILLERS and w not in _CHOOSE and w not in _ARRANGE]
    if choose == arrange or len(others) > _OTHER_WORDS:
        return None
    if len(values) == 1:
        if not arrange or "from" in words or condition in ("ordered", "repeats"):
            return None
        if condition == "circle":
            return _circle(int(_whole(values[0])))
        return _count("arrangements", int(_whole(values[0])), None)
    if condition == "circle":
        return None  # 'seat 3 of 10 around a table': a choice and a circle, not read here
    first, second = (int(_whole(v)) for v in values)
    n, k = (first, second) if _infix(tokens, start) else (second, first)
    if not _infix(tokens, start) and not ("from" in words or "of" in words):
        return None
    if condition == "repeats":
        return _with_repeats(n, k, ordered=arrange)
    return _count("combinations" if choose and condition != "ordered" else "arrangements", n, k)


_CONDITIONS = (
    *((lead, "order", "matters") for lead in ("if", "where", "when", "and")),
    ("order", "matters"),
    *(("around", "a", kind, "table") for kind in ("round", "circular")),
    ("in", "a", "circle"), ("around", "a", "circle"),
    *((lead, said) for lead in ("with", "allowing") for said in ("repetition", "repeats", "replacement")),
    *((said, "allowed") for said in ("repetition", "repeats", "repeating")),
    *(("if", who, "can", "repeat") for who in ("i", "you", "we")), ("can", "repeat"), ("can", "be", "repeated"),
)  # fmt: skip
"""A table that is not said to be round may have seats told apart (its head, its sides): not a circle. A choice
'with repetition' ('if I can repeat') may take one thing more than once."""
_CIRCLE = frozenset({"circle", "table"})


def _condition(tokens: list[Token], start: int) -> tuple[str | None, set[int]]:
    """'if order matters' (an arrangement though the verb chooses) or 'around a round table', 'in a circle' (a
    circle, whose turnings are one seating): which, and the token indexes that said it."""
    for i in range(start, len(tokens)):
        for phrase in _CONDITIONS:
            if i + len(phrase) < len(tokens) and all(tokens[i + j].word == w for j, w in enumerate(phrase)):
                kind = "ordered" if "order" in phrase else "circle" if _CIRCLE & set(phrase) else "repeats"
                return kind, set(range(i, i + len(phrase)))
    return None, set()


def _circle(n: int) -> Solution:
    """n seated in a circle: n! arrangements, each counted n times over (once for every turn of the circle)."""
    if not 1 <= n <= MAX_FACTORIAL:
        raise ToolInputError("counting ways around a circle needs at least one thing")
    value = math.factorial(n - 1)
    solution = Solution(f"{value:,} way{'s' * (value != 1)}", value, "circular arrangements", f"({n} - 1)!",
                        [f"({n} − 1)! = {n - 1}! = {value:,}"])  # fmt: skip
    solution.notes.append("seatings that are turns of one another around the circle count once")
    return solution


def _with_repeats(n: int, k: int, *, ordered: bool) -> Solution:
    """k taken from n kinds, a kind as often as wanted: n^k in order, C(n + k - 1, k) as a choice (stars and bars)."""
    if n < 1 or k > MAX_FACTORIAL or n > MAX_FACTORIAL:
        raise ToolInputError("counting ways with repetition needs at least one kind and a few things taken")
    if ordered:
        value, expression, step = n**k, f"{n}^{k}", f"{n}^{k} = {n**k:,}"
    else:
        value = math.comb(n + k - 1, k)
        expression = f"comb({n + k - 1}, {k})"
        step = f"({n} + {k} − 1)! ÷ ({k}! × {n - 1}!) = {value:,}"
    if len(str(value)) > 60:
        raise ToolInputError("the number of ways is too large to show")
    solution = Solution(f"{value:,} way{'s' * (value != 1)}", value, "ways with repetition", expression, [step])
    solution.notes.append(
        "a thing may be taken more than once; " + ("order matters" if ordered else "order does not matter")
    )
    return solution


def _infix(tokens: list[Token], start: int) -> bool:
    """'10 choose 4': the larger set first, the verb between the numbers."""
    for i in range(start, len(tokens) - 2):
        if tokens[i].kind == "number" and tokens[i + 1].word in _CHOOSE and tokens[i + 2].kind == "number":
            return True
    return False


def _whole(value: numbers.Real) -> int:
    if not numbers.is_integer(value) or value < 0:
        raise ToolInputError("counting ways needs whole numbers of things")
    return int(value)


def _count(kind: str, n: int, k: int | None) -> Solution:
    if n > MAX_FACTORIAL:
        raise ToolInputError(f"counting ways of more than {MAX_FACTORIAL} things is too large")
    if k is not None and k > n:
        raise ToolInputError(f"there are no ways to take {k} things from {n}")
    if k is None:
        value = math.factorial(n)
        step = f"{n}! = {value:,}"
        expression = f"{n}!"
    elif kind == "combinations":
        value = math.comb(n, k)
        step = f"{n}! ÷ ({k}! × {n - k}!) = {value:,}"
        expression = f"comb({n}, {k})"
    else:
        value = math.perm(n, k)
        step = f"{n}! ÷ {n - k}! = {value:,}"
        expression = f"perm({n}, {k})"
    if len(str(value)) > 60:
        raise ToolInputError("the number of ways is too large to show")
    note = "order does not matter" if kind == "combinations" else "order matters"
    solution = Solution(f"{value:,} way{'s' * (value != 1)}", value, kind, expression, [step])
    solution.notes.append(note)
    return solution


def _goes_into(tokens: list[Token], start: int) -> Solution | None:
    """'how many times does 7 go into 100': the whole number of times, and what is left over."""
    shape = ("how", "many", "times", "?", "#", "?", "into", "#")
    i = start
    found: list[numbers.Real] = []
    for part in shape:
        token = tokens[i]
        if part == "#":
            if token.kind != "number":
                return None
            found.append(token.value)
        elif part == "?":
            if token.word not in ("does", "will", "can", "go", "goes", "fit", "fits"):
                return None
        elif token.word != part:
            return None
        i += 1
    if tokens[i].kind != "end" and tokens[i].text not in ("?", "."):
        return None
    divisor, whole = found
    if divisor <= 0 or whole < 0:
        raise ToolInputError("it takes a positive number going into another")
    times = int(whole // divisor)
    left = numbers.checked(whole - times * divisor)
    step = f"{numbers.format_number(whole)} ÷ {numbers.format_number(divisor)} = {times} remainder "
    step += numbers.format_number(left)
    answer = f"{times} times" + (f", remainder {numbers.format_number(left)}" if left else " exactly")
    expression = f"{numbers.format_number(whole)} // {numbers.format_number(divisor)}"
    return Solution(answer, times, "whole times", expression, [step])
