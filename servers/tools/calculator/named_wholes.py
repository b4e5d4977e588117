"""A share of a whole the story names, asked by that name: 'Our fundraiser target was 2.5 lakh rupees and we've
raised 1.8 lakh. What percentage of the target is that?' → 1.8 ÷ 2.5 = 72%; 'I've paid $13,500 off a $45,000 car
loan so far. What percentage of the loan is that?' → 30%.

The story gives two amounts of one kind (money in one currency, or a plain number beside money); the question asks
'what percent(age) of the <thing>', and the thing is named beside exactly one of them — the whole; the other is the
part, and the question's words after the whole must point back at it ('is that', 'have we raised'). Nothing may
relate them otherwise: what is left, still to go, more or less than, a change between them, a part larger than the
whole, a third number or a percentage given declines the reading (a share of what remains is another question).
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import is_money
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_PERCENT = frozenset({"percent", "percentage", "%"})
_OWNERS = frozenset("the my our his her their your this that".split())
_SPOILERS = frozenset(
    "left remaining remain remains still rest more less than over under short need needs needed increase "
    "decrease rise rose fell fall drop dropped change changed each per every average between".split()
)


def solve_share_of_named(tokens: list[Token], start: int) -> Solution | None:
    """The part as a percentage of the whole the question names; None when the request is not that."""
    givens = givens_or_none(tokens, start)
    if givens is None or len(givens) != 2 or any(g.quantity.percent for g in givens):
        return None
    if any(t.word in _SPOILERS for t in tokens[start:]):
        return None
    ask = question_start(tokens, start)
    if any(g.start >= ask for g in givens):
        return None
    named = _named_whole(tokens, ask)
    if named is None:
        return None
    wholes = [g for g in givens if named in g.before or named in g.after]
    if len(wholes) != 1:
        return None
    whole = wholes[0]
    part = givens[1] if whole is givens[0] else givens[0]
    if not _one_kind(whole, part) or not 0 <= part.quantity.value <= whole.quantity.value:
        return None  # a part larger than its whole is no share of it: the story says something else
    if not _said_of_part(tokens, ask, named, part):
        return None  # 'What percent of my income is food?' of a rent: another part
    share = numbers.checked(Fraction(part.quantity.value) / Fraction(whole.quantity.value) * 100)
    shown = numbers.format_number(numbers.round_half_up(share, 2))
    a, b = numbers.format_number(part.quantity.value), numbers.format_number(whole.quantity.value)
    step = f"{a} ÷ {b} × 100 = {numbers.format_number(share)}%"
    solution = Solution(f"{shown}% of the {named}", share, "percentage of a whole", f"{a} / {b} * 100", [step], "%")
    if numbers.round_half_up(share, 2) != share:
        solution.exact = numbers.format_number(share)
    return solution


def _named_whole(tokens: list[Token], ask: int) -> str | None:
    """'what percentage of the target': the thing the question takes a share of."""
    for k in range(ask, len(tokens) - 3):
        said = tokens[k].word or tokens[k].text
        if said in _PERCENT and tokens[k + 1].word == "of" and tokens[k + 2].word in _OWNERS:
            thing = tokens[k + 3]
            return thing.word if thing.kind == "word" and thing.word.isalpha() else None
    return None


def _said_of_part(tokens: list[Token], ask: int, named: str, part: Given) -> bool:
    """The question's words after the whole point back at the part: 'is that', 'have we raised', 'is rent' (of a
    part the story calls rent), and nothing else."""
    words = [t.word for t in tokens[ask:] if t.kind == "word"]
    after = words[words.index(named) + 1 :] if named in words else []
    own = set(part.before) | set(part.after)
    return all(w in _POINTING or w in own for w in after)


_POINTING = frozenset(
    "is was that it this have has had we i you they he she raised paid spent saved done made covered so far already "
    "got collected repaid".split()
)


def _one_kind(whole: Given, part: Given) -> bool:
    """Both money in one currency, both plain numbers, or a plain part of money ('1.8 lakh' of '2.5 lakh rupees')."""
    w, p = whole.quantity.measure, part.quantity.measure
    if p is None and not part.noun:
        return w is None or is_money(w) and w.per is None
    return w is not None and p is not None and w.dimension == p.dimension and w.per is None and p.per is None
