"""Doses: an amount of one mass or volume per unit of another of the same kind, times how much there is of it.

``5 mg per kg`` for a patient of ``72 kg``, ``2 ml per litre`` of water for ``15 litres``: the rate's units
cancel by kind (mass over mass), so the units-based reader cannot tell the dose from the weight; here the roles
are read from the units themselves. Exactly two numbers, the rate and the amount it is per (a rate may be said per
several units, ``20 ml per 4.5 litres``, and is read per one); a schedule or a split (``twice a day``, ``each``,
``divided into``) changes the arithmetic and is left to be declined.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Measure, Quantity, lookup, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_KINDS = frozenset({"mass", "volume"})
_SPOILERS = frozenset(
    "twice thrice times daily day days hour hours week weeks each every divided split doses maximum max minimum min "
    "per_day percent more less than minus plus left remaining".split()
)
_ASKED = frozenset({"dose", "dosage", "total", "give", "needed", "need", "amount", "add", "use"})


def solve_dose(tokens: list[Token], start: int) -> Solution | None:
    """The dose for an amount ('5 mg per kg', '72 kg'), in the unit asked for or the dose's own; None otherwise."""
    if any(t.word in _SPOILERS for t in tokens[start:]):
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    if any(g.quantity.percent or g.quantity.measure is None for g in givens):
        return None
    if _substances_cross(tokens, start, givens):
        return None
    givens, scaled = _scaled_rate(tokens, givens)  # '20 ml per 4.5 litres': 20/4.5 ml per litre
    strength = _strength(tokens, givens) if len(givens) == 4 else None  # '120 mg in 5 ml'
    if strength is not None:
        givens = [g for g in givens if g not in strength]
    elif len(givens) == 3:  # '250 mg per 5 ml', read as one rate of mass per volume
        rated = [g for g in givens if _per_volume(g.quantity.measure)]
        if len(rated) != 1:
            return None
        strength = _split_rate(rated[0])
        givens = [g for g in givens if g is not rated[0]]
    if len(givens) != 2:
        return None
    rates = [g.quantity for g in givens if _is_dose(g.quantity.measure)]
    plain = [g.quantity for g in givens if g.quantity.measure is not None and g.quantity.measure.per is None]
    if len(rates) != 1 or len(plain) != 1:
        return None
    dose, amount = rates[0], plain[0]
    dose_measure, amount_measure = dose.measure, amount.measure
    assert dose_measure is not None and dose_measure.per is not None and amount_measure is not None
    per = dose_measure.per
    if amount_measure.dimension != per.dimension:
        return None
    unit = Measure(dose_measure.name, dose_measure.dimension, dose_measure.factor * per.factor, dose_measure.symbol)
    if strength is not None:
        return _as_liquid(tokens, start, dose, amount, unit, strength)
    asked = _asked_unit(tokens, start, unit)
    if asked is None:
        return None
    amount_in_per = numbers.checked(Fraction(amount.value) * amount_measure.factor / per.factor)
    total = numbers.checked(Fraction(dose.value) * amount_in_per)
    value = numbers.checked(total * unit.factor / asked.factor)
    result = Quantity(value, asked)
    steps: list[str] = [scaled] if scaled else []
    if amount_measure.name != per.name:
        steps.append(f"{show(amount, exact=True)} = {show(Quantity(amount_in_per, per), exact=True)}")
    steps.append(
        f"{show(dose, exact=True)} × {show(Quantity(amount_in_per, per), exact=True)} = "
        f"{show(Quantity(total, unit), exact=True)}"
    )
    if asked.name != unit.name:
        steps.append(f"{show(Quantity(total, unit), exact=True)} = {show(result, exact=True)}")
    expression = f"{show(dose)} * {show(Quantity(amount_in_per, per))}"
    return answer_for(result, "dose by amount", expression, steps)


def _strength(tokens: list[Token], givens: list[Given]) -> tuple[Given, Given] | None:
    """'The liquid is 120 mg in 5 ml', '250 mg per 5 ml': a mass in a volume, said together — the medicine's
    strength, by which a dose in mass is given as a volume."""
    for mass, volume in zip(givens, givens[1:], strict=False):
        m, v = mass.quantity.measure, volume.quantity.measure
        if m is None or v is None or m.per is not None or v.per is not None:
            continue
        between = tokens[mass.end : volume.start]
        if m.dimension == "mass" and v.dimension == "volume" and [t.word or t.text for t in between] in _STRENGTH:
            return mass, volume
    return None


_STRENGTH = (["in"], ["per"], ["/"], ["in", "every"])


def _substances_cross(tokens: list[Token], start: int, givens: list[Given]) -> bool:
    """'10 ml of bleach per 2 litres of water. I have 7 litres of bleach. How much water?': where the amounts name
    what they are of, a later amount of what the dose is, or a question asking for what the dose is per, is another
    problem (the water for the bleach: ``strengths``), never the dose for that amount."""
    named = [_of(tokens, g) for g in givens]
    if len(named) < 3 or named[0] is None:
        return False
    if any(n == named[0] for n in named[2:]):
        return True
    return named[1] is not None and named[1] != named[0] and named[1] in question_words(tokens, start)


def _of(tokens: list[Token], given: Given) -> str | None:
    """The thing an amount is of, said with it or right after it ('2 litres of water'), or None."""
    for i in range(given.start, min(given.end + 1, len(tokens) - 1)):
        if tokens[i].word == "of" and tokens[i + 1].kind == "word":
            return tokens[i + 1].word
    return None


def _scaled_rate(tokens: list[Token], givens: list[Given]) -> tuple[list[Given], str]:
    """'20 ml per 4.5 litres' (two amounts of one kind joined by 'per', the second many times the first's unit): one
    rate per one of the second's unit. Other givens are left as they are."""
    if sum(t.word == "per" for t in tokens) != 1:
        return givens, ""  # a second rate, or none
    for k, (top, per) in enumerate(zip(givens, givens[1:], strict=False)):
        if sum(t.kind == "number" for t in tokens[per.start : per.end]) != 1:
            continue  # '4.5 litres and 5 ml' is one amount in two units, not the unit of a rate
        m, p = top.quantity.measure, per.quantity.measure
        if m is None or p is None or m.per is not None or p.per is not None or m.dimension != p.dimension:
            continue
        if (
            [t.word for t in tokens[top.end : per.start]] != ["per"]
            or m.dimension not in _KINDS
            or per.quantity.value <= 0
        ):
            continue
        unit = Measure(p.name, p.dimension, p.factor)
        value = Fraction(top.quantity.value) / Fraction(per.quantity.value)
        merged = Given(
            Quantity(value, Measure(m.name, m.dimension, m.factor / unit.factor, m.symbol, unit)), top.start, per.end
        )
        step = f"{show(top.quantity, exact=True)} ÷ {show(per.quantity, exact=True)} = {show(merged.quantity)}"
        return [*givens[:k], merged, *givens[k + 2 :]], step
    return givens, ""


def _per_volume(measure: Measure | None) -> bool:
    return (
        measure is not None
        and measure.dimension == "mass"
        and measure.per is not None
        and measure.per.dimension == "volume"
    )


def _split_rate(given: Given) -> tuple[Given, Given]:
    """'250 mg per 5 ml', read as 50 mg per ml: the mass in one of the volume's unit, as two givens."""
    measure = given.quantity.measure
    assert measure is not None and measure.per is not None
    mass = Measure(measure.name, measure.dimension, measure.factor * measure.per.factor, measure.symbol)
    return (
        Given(Quantity(given.quantity.value, mass), given.start, given.end),
        Given(Quantity(Fraction(1), measure.per), given.start, given.end),
    )


def _as_liquid(
    tokens: list[Token], start: int, dose: Quantity, amount: Quantity, unit: Measure, strength: tuple[Given, Given]
) -> Solution | None:
    """The dose in mass given as a volume of the liquid: 270 mg of a 120 mg in 5 ml liquid is 11.25 ml."""
    volume_unit = strength[1].quantity.measure
    mass, volume = strength[0].quantity, strength[1].quantity
    assert volume_unit is not None and mass.measure is not None and amount.measure is not None
    assert dose.measure is not None and dose.measure.per is not None
    asked = _asked_unit(tokens, start, volume_unit)
    if asked is None or asked.dimension != "volume" or mass.value <= 0:
        return None
    per = dose.measure.per
    needed = Fraction(dose.value) * Fraction(amount.value) * amount.measure.factor / per.factor  # in the dose's unit
    mass_needed = needed * unit.factor  # in base units
    per_volume = Fraction(mass.value) * mass.measure.factor / (Fraction(volume.value) * volume_unit.factor)
    value = numbers.checked(mass_needed / per_volume / asked.factor)
    result = Quantity(value, asked)
    steps = [
        f"{show(dose, exact=True)} × {show(amount, exact=True)} = {show(Quantity(needed, unit), exact=True)}",
        f"{show(Quantity(needed, unit), exact=True)} ÷ ({show(mass, exact=True)} in {show(volume, exact=True)}) = "
        f"{show(result, exact=True)}",
    ]
    expression = f"{show(dose)} * {show(amount)} / ({show(mass)} / {show(volume)})"
    return answer_for(result, "dose by amount", expression, steps)


def _is_dose(measure: Measure | None) -> bool:
    return (
        measure is not None
        and measure.per is not None
        and measure.dimension == measure.per.dimension
        and measure.dimension in _KINDS
    )


def _asked_unit(tokens: list[Token], start: int, unit: Measure) -> Measure | None:
    """The unit the question asks in ('how many mg', 'in ml'), the dose's own when it names none; None when the
    question asks for something else or no dose word or 'how much' says a dose is wanted."""
    words = [t.word for t in tokens[start:]]
    asked: Measure | None = None
    for k in range(len(words) - 1):
        if words[k] in ("many", "much", "in") and (k == 0 or words[k - 1] in ("how", "total", "dose", "dosage")):
            found = lookup(words[k + 1], short=True)
            if found is not None and found.per is None:
                if found.dimension != unit.dimension:
                    return None
                asked = found
            elif words[k] == "many":
                return None  # 'how many tablets': a count of something the dose does not give
    if asked is not None:
        return asked
    if _ASKED & set(words) or "how much" in " ".join(words):
        return unit
    return None
