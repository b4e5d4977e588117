"""How many packs to buy for a group when each one has so much: 'each pizza is cut into 8 slices and I reckon each
kid eats 3 slices. 14 kids. how many pizzas do I order?' → 14 × 3 = 42 slices, 42 ÷ 8 = 5.25, so 6 pizzas;
'juice comes in 1.5 L cartons and each kid will drink around 300 ml. 14 kids — how many cartons?' → 3.

Three numbers: how many people ('14 kids', '20 guests'); what each one has, said with 'each' and one of them ('each
kid eats 3 slices', 'each guest drinks 250 ml'); and what one pack holds, said with the pack the question counts
('each pizza is cut into 8 slices', '1.5 L cartons', 'a box has 12'). The amounts are counts of one thing or
measures of one kind. A part pack is a whole one more to buy, and the answer says so. Anything already had or left,
a second amount each, extra or spare, or a pack the question does not count declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.asked_periods import new_period_asked
from servers.tools.calculator.givens import PEOPLE, Given, givens_or_none
from servers.tools.calculator.quantities import convert, plural, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_SPOILERS = frozenset(
    "already have has got left spare extra more plus minus except half double twice adults also besides leftover "
    "some only share shared split between per total".split()
)
_CLAUSE = frozenset({",", ".", ";", "—", "-", "and"})


def solve_packs_needed(tokens: list[Token], start: int) -> Solution | None:
    """The whole packs that cover what each of a group has; None unless the request is exactly that."""
    if new_period_asked(tokens, start):
        return None  # asked per another period than the story's
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    asked = question_words(tokens, start)
    if set(words) & _SPOILERS or "how" not in asked or "many" not in asked:
        return None
    pack_noun = singular(asked[asked.index("many") + 1]) if asked.index("many") + 1 < len(asked) else ""
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    if len(givens) != 3 or any(g.quantity.percent for g in givens):
        return None
    people = [g for g in givens if g.quantity.measure is None and g.noun == "people"]
    each = [g for g in givens if g not in people and _each_one(tokens, g)]
    if len(people) != 1 or len(each) != 1:
        return None
    pack = next(g for g in givens if g not in people and g not in each)
    if not pack_noun or not _names_pack(pack, pack_noun):
        return None
    n = Fraction(people[0].quantity.value)
    need, size = _in_one_unit(each[0], pack)
    if need is None or size is None or size <= 0 or need <= 0 or not numbers.is_integer(n) or n <= 0:
        return None
    total = n * need
    exact = total / size
    packs = int(-(-exact // 1))
    steps = [
        f"{numbers.format_number(n)} × {_shown(each[0])} = {numbers.format_number(total)} {_unit(each[0])}",
        f"{numbers.format_number(total)} ÷ {numbers.format_number(size)} = {numbers.format_number(exact)}",
    ]
    if packs != exact:
        steps.append(f"rounded up to {packs} whole {plural(pack_noun)}")
    expression = f"ceil({numbers.format_number(n)} * {numbers.format_number(need)} / {numbers.format_number(size)})"
    named = pack_noun if packs == 1 else plural(pack_noun)
    solution = Solution(f"{packs} {named}", packs, "packs needed", expression, steps)
    solution.notes.append("a part pack is one more to buy")
    return solution


def _each_one(tokens: list[Token], g: Given) -> bool:
    """'each kid eats 3 slices', 'each guest will drink around 300 ml': the amount one of the people has."""
    k = g.start - 1
    seen: set[str] = set()
    while k >= 0 and k > g.start - 8 and tokens[k].text not in _CLAUSE and tokens[k].word not in _CLAUSE:
        seen.add(tokens[k].word)
        k -= 1
    return "each" in seen and any(singular(w) in PEOPLE or w in PEOPLE for w in seen)


def _names_pack(pack: Given, noun: str) -> bool:
    """'each pizza is cut into 8 slices', '1.5 L cartons', 'a box has 12': the pack the question counts, said with
    the number of what it holds."""
    said = {singular(w) for w in (*pack.before, *pack.after[:1])} | {singular(pack.goods)}
    return noun in said


def _in_one_unit(each: Given, pack: Given) -> tuple[Fraction | None, Fraction | None]:
    """What each has and what a pack holds, as numbers of one unit (slices and slices, ml and litres)."""
    a, b = each.quantity, pack.quantity
    if a.measure is None and b.measure is None:
        same = each.noun and (not pack.noun or singular(each.noun) == singular(pack.noun))  # 'boxes of 12'
        return (Fraction(a.value), Fraction(b.value)) if same else (None, None)
    if a.measure is None or b.measure is None or a.measure.dimension != b.measure.dimension:
        return None, None
    if a.measure.per is not None or b.measure.per is not None:
        return None, None
    return Fraction(a.value), Fraction(convert(b.value, b.measure, a.measure))


def _shown(g: Given) -> str:
    return f"{numbers.format_number(g.quantity.value)} {_unit(g)}"


def _unit(g: Given) -> str:
    m = g.quantity.measure
    return m.label(2) if m is not None else plural(g.noun)
