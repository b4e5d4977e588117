"""Body mass index: weight in kilograms over the square of height in metres, from any units of each.

"BMI of someone who weighs 70 kg and is 1.75 m tall" → 22.9; "180 lbs, 5 ft 10 in" reads the feet and inches
as one height. The request must name BMI and give exactly one weight and one height — and at most one change of
the weight asked about ('what's my BMI if I lose 10 kg'); the answer says the WHO adult band it falls in, which is
all the formula says about it.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import has_word
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import known
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_INCHES = ("in", "inch", "inches", '"')
_FIRST_PERSON = frozenset("i i'm im my me myself".split())
_OTHERS = frozenset(
    "he he's she she's his her him they their brother sister friend wife husband son daughter mom mum dad mother "
    "father partner boyfriend girlfriend kid child baby boy girl grandma grandpa".split()
)
_BANDS = ((Fraction(185, 10), "underweight"), (Fraction(25), "a healthy weight"), (Fraction(30), "overweight"))


def solve_bmi(tokens: list[Token], start: int) -> Solution | None:
    """The BMI of one weight and one height, or None when the request is not a BMI with exactly those."""
    if not has_word(tokens, start, "bmi", "body mass index"):
        return None
    if _two_people(tokens, start):
        return None  # 'I weigh 70 kg, my brother is 1.75 m': a weight and a height of two people
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    masses = [g for g in givens if g.quantity.measure is not None and g.quantity.measure.dimension == "mass"]
    height = _height(tokens, [g for g in givens if g not in masses])
    changed = [(g, _change(g)) for g in masses if _change(g)]
    if len(changed) > 1 or len(masses) - len(changed) != 1 or height is None:
        return None
    mass = next(g for g in masses if not _change(g)).quantity
    assert mass.measure is not None
    kilograms = Fraction(mass.value) * mass.measure.factor
    steps: list[str] = []
    if changed:  # 'what's my BMI if I lose 10 kg': the weight after the change
        given, sign = changed[0]
        assert given.quantity.measure is not None
        change = Fraction(given.quantity.value) * given.quantity.measure.factor
        after = kilograms + sign * change
        steps.append(
            f"{numbers.format_number(kilograms)} kg {'+' if sign > 0 else '−'} {numbers.format_number(change)} kg "
            f"= {numbers.format_number(after)} kg"
        )
        kilograms = after
    if kilograms <= 0 or height <= 0:
        return None
    index = numbers.checked(kilograms / (height * height))
    shown = numbers.format_number(numbers.round_half_up(index, 1))
    steps += [
        f"weight {numbers.format_number(kilograms)} kg, height {numbers.format_number(height)} m",
        f"{numbers.format_number(kilograms)} ÷ {numbers.format_number(height)}² = {numbers.format_number(index)}",
    ]
    band = next((name for limit, name in _BANDS if index < limit), "obese")
    solution = Solution(f"BMI {shown} ({band} for an adult)", index, "body mass index", "kg / m^2", steps)
    solution.notes.append("adult bands (WHO): under 18.5 underweight, 18.5-25 healthy, 25-30 overweight, 30+ obese")
    return solution


_LOSE = frozenset("lose lost losing drop dropped shed".split())
_GAIN = frozenset("gain gained gaining".split())


def _change(given: Given) -> int:
    """'if I lose 10 kg' (-1), 'if I gain 5 kg', 'if I put on 5 kg' (+1): a change of weight asked about; else 0."""
    before = given.before
    if "if" not in before:
        return 0
    if before[-2:-1] == ("i",) and before[-1] in _LOSE:
        return -1
    return 1 if before[-2:-1] == ("i",) and before[-1] in _GAIN or before[-3:] == ("i", "put", "on") else 0


def _two_people(tokens: list[Token], start: int) -> bool:
    """Whether the request speaks of the asker ('I', 'my BMI') and of someone else ('my brother', 'she')."""
    me = other = False
    for i in range(start, len(tokens) - 1):
        word = tokens[i].word
        if word in _OTHERS:
            other = True
        elif word in _FIRST_PERSON and not (word == "my" and tokens[i + 1].word in _OTHERS):
            me = True  # 'my son' speaks of the son
    return me and other


def _height(tokens: list[Token], givens: list[Given]) -> Fraction | None:
    """The height in metres: one length, or feet then a bare number of inches ('5 ft 10 in', "5'10")."""
    lengths = [g for g in givens if g.quantity.measure is not None and g.quantity.measure.dimension == "length"]
    if len(lengths) != 1 or lengths[0].quantity.measure is None:
        return None
    length = lengths[0]
    assert length.quantity.measure is not None
    metres = Fraction(length.quantity.value) * length.quantity.measure.factor
    rest = [g for g in givens if g is not length]
    if not rest:
        return metres
    inches = rest[0]
    after = tokens[inches.end]
    if (
        len(rest) != 1
        or length.quantity.measure.name != "foot"
        or inches.quantity.measure is not None
        or inches.noun
        or inches.start != length.end
        or (after.word or after.text) not in _INCHES
    ):
        return None
    inch = known("inch")
    return metres + Fraction(inches.quantity.value) * inch.factor
