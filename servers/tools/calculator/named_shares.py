"""One amount as a percentage of another, each named in the story and again in the question: 'My income is $3,200
and rent is $1,100. What percent of my income is rent?' → 34.375%.

The question says 'what percent(age) of <the whole> is / goes on / was <the part>'; the story gives exactly two
amounts of one kind, one named as the whole (in the words before it: 'my income is $3,200') and the other as the
part ('rent is $1,100', '$400 on food'). An amount named as neither, both named alike, a part larger than the
whole, or any other number declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, read_givens
from servers.tools.calculator.quantities import singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_PERCENT = frozenset({"percent", "percentage", "%"})
_VERBS = (("goes", "on"), ("go", "on"), ("went", "on"), ("goes", "to"), ("go", "to"), ("is", "spent", "on"),
          ("was", "spent", "on"), ("is",), ("was",), ("are",), ("were",))  # fmt: skip
_DETERMINERS = frozenset("the my our your his her their a an".split())


def solve_named_share(tokens: list[Token], start: int) -> Solution | None:
    """The part as a percentage of the whole, each named in the question; None when the request is not that."""
    question = tokens[question_start(tokens, start) :]
    names = _names([t.word or t.text for t in question if t.kind == "word" or t.text == "%"])
    if names is None:
        return None
    whole_name, part_name = names
    givens = read_givens(tokens, start)
    if len(givens) != 2 or any(g.quantity.percent for g in givens):
        return None
    if givens[0].quantity.measure != givens[1].quantity.measure:
        return None
    wholes = [g for g in givens if _named(g, whole_name)]
    parts = [g for g in givens if _named(g, part_name)]
    if len(wholes) != 1 or len(parts) != 1 or wholes[0] is parts[0]:
        return None
    whole, part = Fraction(wholes[0].quantity.value), Fraction(parts[0].quantity.value)
    if whole <= 0 or part < 0 or part > whole:
        return None
    share = numbers.checked(part / whole * 100)
    shown = numbers.format_number(share)
    step = f"{numbers.format_number(part)} ÷ {numbers.format_number(whole)} × 100"
    return Solution(f"{shown}%", share, "share of an amount", step, [f"{step} = {shown}%"], "%")


def _names(words: list[str]) -> tuple[str, str] | None:
    """'what percent of my income is rent' → ('income', 'rent')."""
    for k, word in enumerate(words):
        if word not in _PERCENT or words[k + 1 : k + 2] != ["of"]:
            continue
        j = k + 2
        while j < len(words) and words[j] in _DETERMINERS:
            j += 1
        if j + 1 >= len(words):
            return None
        whole, j = words[j], j + 1
        verb = next((v for v in _VERBS if tuple(words[j : j + len(v)]) == v), None)
        if verb is None:
            return None
        j += len(verb)
        while j < len(words) and words[j] in _DETERMINERS:
            j += 1
        if j != len(words) - 1 or not words[j].isalpha():
            return None  # the part is one noun ending the question
        return singular(whole), singular(words[j])
    return None


def _named(g: Given, name: str) -> bool:
    """Whether the amount is said with the name: 'rent is $1,100' (just before it), '$400 on food' (just after)."""
    before = [singular(w) for w in g.before[-2:]]
    after = [singular(w) for w in g.after[:2]]
    said_before = before[-1:] == [name] or before[:1] == [name] and before[-1] in _SAYING
    return said_before or after[:1] in (["on"], ["for"], ["in"]) and after[1:2] == [name]


_SAYING = frozenset("is was are were of costs cost came comes".split())
