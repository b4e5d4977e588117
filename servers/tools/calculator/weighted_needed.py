"""The mark needed on the last part of a grade made of two weighted parts: 'need 40% overall to pass. exam is 60% of
the grade and i got 35 on it. coursework is the other 40%. what do i need on the coursework??' → 47.5.

Four numbers: the overall mark wanted ('40% overall', 'to get 40 overall'), the two parts' weights, each said with
its part ('exam is 60%', 'coursework is the other 40%') and adding up to 100%, and the mark got on one part, said
of it ('i got 35 on it', after that part's weight in the same sentence; a bare 'I got 90' is tied to no part). The
question names the other part ('on the coursework'). The mark needed is (overall − weight × mark got) ÷ the other
weight. A mark needed above 100 or below 0, weights that are not the whole, or a third part declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, read_givens
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_OVERALL = frozenset({"overall", "pass", "final", "total"})
_GOT = frozenset("got get scored score achieved made".split())
_IS = frozenset("is are counts worth".split())
_ENDS = frozenset({".", "!", ";", "?"})


def solve_weighted_needed(tokens: list[Token], start: int) -> Solution | None:
    """The mark needed on the second part for the overall mark; None when the request is not that."""
    givens = read_givens(tokens, start)
    if len(givens) != 4 or any(g.quantity.measure is not None for g in givens):
        return None
    targets = [g for g in givens if _overall(tokens, g)]
    if len(targets) != 1:
        return None
    target = targets[0]
    rest = [g for g in givens if g is not target]
    weights = [(g, part) for g in rest if g.quantity.percent and (part := _part(tokens, g))]
    scores = [g for g in rest if not g.quantity.percent and g.before[-1:] and g.before[-1] in _GOT]
    if len(weights) != 2 or len(scores) != 1 or weights[0][1] == weights[1][1]:
        return None
    if sum(Fraction(g.quantity.value) for g, _ in weights) != 1:
        return None
    score = scores[0]
    if not _said_of_part(tokens, score, [part for _, part in weights]):
        return None  # 'and I got 90': a mark not said of its part ('on it', 'on the exam') is not tied to one
    known = [(g, part) for g, part in weights if g.end <= score.start and not _ended(tokens, g.end, score.start)]
    if len(known) != 1:
        return None  # 'i got 35 on it' is of the part said before it in the same sentence
    other = next((g, part) for g, part in weights if g is not known[0][0])
    first = question_start(tokens, start)
    asked = [t.word for t in tokens[first:] if t.kind == "word"]
    if other[1] not in asked or known[0][1] in asked or "need" not in asked and "get" not in asked:
        return None
    wanted = Fraction(target.quantity.value) * (100 if target.quantity.percent else 1)
    got, w_known, w_other = (
        Fraction(score.quantity.value),
        Fraction(known[0][0].quantity.value),
        Fraction(other[0].quantity.value),
    )
    needed = numbers.checked((wanted - w_known * got) / w_other)
    if not 0 <= needed <= 100:
        return None
    part = f"{numbers.format_number(w_known * 100)}% × {numbers.format_number(got)}"
    working = f"({numbers.format_number(wanted)} − {part}) ÷ {numbers.format_number(w_other * 100)}%"
    shown = numbers.format_number(numbers.round_half_up(needed, 2))
    solution = Solution(f"{shown} on the {other[1]}", needed, "mark needed", working, [f"{working} = {shown}"])
    solution.notes.append("the overall mark is each part's mark times its weight, added")
    return solution


def _overall(tokens: list[Token], given: Given) -> bool:
    """'40% overall', 'overall mark of 40', '40 to pass'."""
    after = {t.word for t in tokens[given.start + 1 : given.end + 3] if t.kind == "word"}
    return bool(_OVERALL & after) or bool(_OVERALL & set(given.before[-3:]))


def _part(tokens: list[Token], given: Given) -> str:
    """The part a weight is said with: 'exam is 60%', 'coursework is the other 40%', 'the exam counts 60%'."""
    k = given.start - 1
    while k > 0 and tokens[k].word in ("the", "other", "remaining", "worth", "for") and k > given.start - 4:
        k -= 1
    if tokens[k].word in _IS and tokens[k - 1].kind == "word":
        return tokens[k - 1].word
    return ""


def _said_of_part(tokens: list[Token], score: Given, parts: list[str]) -> bool:
    """'i got 35 on it', 'I scored 80 in the practical': the mark said of the part it is for."""
    after = [t.word for t in tokens[score.end : score.end + 3]]
    if after[:1] not in (["on"], ["in"], ["for"]):
        return False
    return after[1] == "it" or after[1] == "the" and after[2] in parts or after[1] in parts


def _ended(tokens: list[Token], begin: int, end: int) -> bool:
    return any(t.text in _ENDS for t in tokens[begin:end])
