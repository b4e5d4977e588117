"""How many portions of one size a whole holds: 'A bottle of juice holds 1.5 litres. If I pour 250 ml glasses, how
many glasses do I get?' → 6 glasses; 'A roll of ribbon is 5 m long. How many 40 cm pieces can I cut?' → 12 pieces,
with 20 cm left over.

Two amounts of one kind (volume, length, mass): the portion is the one said with the thing the question counts
('250 ml glasses', 'glasses of 250 ml'), the whole is the other and larger. Only whole portions count; what is left
is said. Portions asked to make the whole together ('how many 330 ml cans make 2 litres') need one more for a part
portion: 7 cans, as 6 fall 20 ml short. A question of how many are needed or bought, a third number, or a word
that changes the amounts ('each', 'spilled', 'left') declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, read_givens
from servers.tools.calculator.quantities import Quantity, convert, lookup, show, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_SPOILERS = frozenset(
    "both all need needs needed buy bought should must left spare more extra each per every minus except half twice "
    "double already spill spilled spilt waste wasted lose lost people guests much cost costs price also".split()
)


def solve_portions(tokens: list[Token], start: int) -> Solution | None:
    """The whole portions of one size in a larger amount; None when the request is not that."""
    asked = question_words(tokens, start)
    at = next((k + 2 for k in range(len(asked) - 2) if asked[k : k + 2] == ["how", "many"]), len(asked))
    full = at < len(asked) - 1 and asked[at] in ("full", "whole")
    if full:
        at += 1  # 'how many full jars': whole portions, the only ones counted here
    if at < len(asked) - 1 and lookup(asked[at], short=True) is not None:
        at += 1  # 'how many 40 cm pieces': the unit of the portion, then what is counted
    counted = asked[at] if at < len(asked) else None
    words = {t.word for i, t in enumerate(tokens[start:], start) if t.kind == "word" and not _portion_each(tokens, i)}
    if counted is None or words & _SPOILERS - _NEEDS:
        return None
    together = _together(asked[at + 1 :])
    givens = read_givens(tokens, start)
    if len(givens) != 2 or any(g.quantity.measure is None or g.quantity.measure.per is not None for g in givens):
        return None
    portions = [g for g in givens if _counts(tokens, g, singular(counted))]
    if len(portions) != 1:
        return None
    portion = portions[0].quantity
    whole_given = next(g for g in givens if g is not portions[0])
    whole = whole_given.quantity
    required = tokens[whole_given.start - 1].word in _NEEDS | {"for"}  # '10 kg bags for 137 kg', 'I need 137 kg'
    if words & _NEEDS and not required:
        return None  # 'a bottle holds 1.5 litres, how many glasses do I need': needed for what is not said
    if full and together and not required:
        return None  # 'how many full cans make 2 litres': the full ones it holds, or the cans to reach it
    ordered = not set(asked).isdisjoint(_ORDERS)  # 'how many drums do I order': enough of them, as needed
    together = together or required or ordered or _at_least(tokens, whole_given.start)  # 'at least a mile'
    assert portion.measure is not None and whole.measure is not None
    if portion.measure.dimension != whole.measure.dimension or portion.value <= 0:
        return None
    held = Fraction(convert(whole.value, whole.measure, portion.measure))
    if held <= portion.value:
        return None
    count = int(held // Fraction(portion.value))
    rest = held - count * Fraction(portion.value)
    label = counted if count != 1 else singular(counted)
    answer = f"{count} {label}"
    working = f"{show(whole)} ÷ {show(portion)}"
    steps = [f"{working} = {numbers.format_number(held / Fraction(portion.value))}"]
    if rest and singular(counted) in _DOSE_FORMS:
        return None  # 600 mg from 250 mg tablets is not 2 tablets with some left: a dose is not cut to fit
    if rest and together:  # 6 cans of 330 ml make only 1.98 litres: a 7th is needed to make 2
        steps.append(f"{count} {label} fall {show(Quantity(rest, portion.measure))} short, so {count + 1} are needed")
        return Solution(f"{count + 1} {counted} needed", count + 1, "portions making a whole", working, steps, counted)
    if rest:
        left = show(Quantity(rest, portion.measure))
        answer += f" (with {left} left over)"
        steps.append(f"{count} whole {label}, {left} left over")
    return Solution(answer, count, "portions", working, steps, label)


_NEEDS = frozenset("need needs needed needing require requires required".split())
"""Words that ask the portions the whole needs: a part portion is one more bag, tin or jug bought."""
_ORDERS = frozenset("order orders".split())
"""A question of the portions to order asks for enough of them: a part portion is one more drum or bag ordered."""
_MAKES = frozenset("make makes fill fills cover covers equal equals reach reaches total take takes".split())
_HELPERS = frozenset("would will do does it this that they to i you we can could".split())
_FILLERS = frozenset("it this that they i you we".split())
"""Who fills when named before the verb: the whole ('will it fill') or the one pouring ('can I fill'), so the
portions are what is filled and only full ones count."""


def _together(after: list[str]) -> bool:
    """'how many 330 ml cans make 2 litres', 'how many tiles would cover 3 m²', 'how many jugs to fill a 5 litre
    tank': the portions together make the whole, so a part portion is one more needed (``whole_packs``), not a
    whole one fewer with some left. 'How many glasses can I fill from it' and 'how many bags will it fill' count
    the portions the whole fills."""
    k = 0
    while k < len(after) and after[k] in _HELPERS:
        k += 1
    if k == len(after) or after[k] not in _MAKES:
        return False
    return after[k] in ("take", "takes") or not set(after[:k]) & _FILLERS  # 'will it take'; 'jars I can fill'


def _at_least(tokens: list[Token], at: int) -> bool:
    """'at least one mile', 'a minimum of 2 km', 'no less than 5 litres': the whole is a least amount to reach,
    so a part portion left over is one more portion, not one fewer."""
    before = tuple(t.word for t in tokens[max(at - 3, 0) : at])
    return before[-2:] == ("at", "least") or before[-2:] == ("minimum", "of") or before[-3:] in _NO_LESS


_NO_LESS = frozenset({("no", "less", "than"), ("not", "less", "than"), ("no", "fewer", "than")})


def _portion_each(tokens: list[Token], i: int) -> bool:
    """The 'each' of one portion's size: '250 mg each', 'each glass is 250 ml'."""
    if tokens[i].word != "each":
        return False
    if i > 1 and tokens[i - 2].kind == "number":
        return True  # '250 mg each'
    return i + 3 < len(tokens) and tokens[i + 2].word in ("is", "holds", "contains") and tokens[i + 3].kind == "number"


_DOSE_FORMS = frozenset("tablet capsule pill dose vial ampoule ampule sachet".split())


def _counts(tokens: list[Token], g: Given, noun: str) -> bool:
    """'250 ml glasses', 'glasses of 250 ml', 'the tablets are 250 mg (each)', 'each tablet is 250 mg': the amount
    said with the thing the question counts."""
    after = tokens[g.end]
    if after.kind == "word" and singular(after.word) == noun:
        return True
    if g.start >= 2 and tokens[g.start - 1].word in ("is", "are", "contains", "contain", "holds", "hold"):
        return singular(tokens[g.start - 2].word) == noun  # 'the tablets are 250 mg', 'each tablet is 250 mg'
    return g.start >= 2 and tokens[g.start - 1].word == "of" and singular(tokens[g.start - 2].word) == noun
