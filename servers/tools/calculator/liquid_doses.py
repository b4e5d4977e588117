"""A dose by weight given as a volume of a liquid medicine: 'Child weighs 18 kg and the dose is 15 mg per kg. The
liquid is 120 mg in 5 ml. How many ml do I give?' → 15 mg/kg × 18 kg = 270 mg; 270 mg ÷ (120 mg / 5 ml) = 11.25 ml.

The request gives exactly three things, told by their units: the dose per weight (a mass per a mass: '15 mg per
kg', '10 mg/kg'), the weight ('18 kg'), and the liquid's strength — a mass in a volume ('120 mg in 5 ml', '250 mg
per 5 ml', '50 mg/ml'). The question asks for a volume ('how many ml', 'what volume'). A schedule or a split
('twice a day', 'divided into 3 doses'), a maximum, or any other number changes the arithmetic and declines: the
reading never leaves out a number someone measured a medicine by.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, read_givens
from servers.tools.calculator.quantities import Measure, Quantity, lookup, show
from servers.tools.calculator.reader import NotUnderstood
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_SPOILERS = frozenset(
    "twice thrice times daily day days hour hours week weeks every divided split doses maximum max minimum min "
    "percent more less than minus plus left remaining already".split()
)
_MILLILITRE = lookup("ml")


def solve_liquid_dose(tokens: list[Token], start: int) -> Solution | None:
    """The volume of a liquid of a given strength that holds a dose per kg for a weight; None otherwise."""
    if _MILLILITRE is None or any(t.word in _SPOILERS for t in tokens[start:]):
        return None
    try:
        givens = read_givens(tokens, start)
    except NotUnderstood:
        return None
    if any(g.quantity.percent or g.quantity.measure is None for g in givens):
        return None
    doses = [g for g in givens if _kind(g.quantity.measure) == ("mass", "mass")]
    weights = [g for g in givens if _kind(g.quantity.measure) == ("mass", "")]
    strengths = [g for g in givens if _kind(g.quantity.measure) == ("mass", "volume")]
    volumes = [g for g in givens if _kind(g.quantity.measure) == ("volume", "")]
    if len(doses) != 1:
        return None
    if len(strengths) == 1 and len(weights) == 1 and not volumes and len(givens) == 3:
        strength = _rate_base(strengths[0].quantity)
        weight = weights[0]
        strength_text = show(strengths[0].quantity, exact=True)
    elif not strengths and len(weights) == 2 and len(volumes) == 1 and len(givens) == 4:
        pair = _in_volume(tokens, weights, volumes[0])
        if pair is None:
            return None
        held, weight = pair
        strength = _base(held.quantity) / _base(volumes[0].quantity)
        strength_text = f"{show(held.quantity, exact=True)} in {show(volumes[0].quantity, exact=True)}"
    else:
        return None
    asked = _asked_volume(question_words(tokens, start))
    if asked is None or strength <= 0:
        return None
    dose = doses[0].quantity
    dose_measure = dose.measure
    assert dose_measure is not None and dose_measure.per is not None
    per = dose_measure.per
    dose_unit = Measure(dose_measure.name, "mass", dose_measure.factor * per.factor, dose_measure.symbol)
    mass = numbers.checked(_rate_base(dose) * _base(weight.quantity))  # in the base unit of mass
    volume = numbers.checked(mass / strength / asked.factor)
    dose_q = Quantity(numbers.checked(mass / dose_unit.factor), dose_unit)
    weight_in_per = Quantity(numbers.checked(_base(weight.quantity) / per.factor), per)
    result = Quantity(volume, asked)
    steps = [
        f"{show(dose, exact=True)} × {show(weight_in_per, exact=True)} = {show(dose_q, exact=True)}",
        f"{show(dose_q, exact=True)} ÷ ({strength_text}) = {show(result, exact=True)}",
    ]
    expression = f"{show(dose)} * {show(weight_in_per)} / ({strength_text})"
    solution = answer_for(result, "dose as a volume of liquid", expression, steps)
    solution.values = {"dose": dose_q.value, "volume": volume}
    solution.notes.append(
        "the dose for the weight, measured out in the liquid's strength; check it against the label or a pharmacist"
    )
    return solution


def _kind(measure: Measure | None) -> tuple[str, str]:
    if measure is None:
        return "", ""
    return measure.dimension, measure.per.dimension if measure.per is not None else ""


def _base(q: Quantity) -> Fraction:
    assert q.measure is not None
    return Fraction(q.value) * q.measure.factor


def _rate_base(q: Quantity) -> Fraction:
    """A rate in base units: the rate's own factor already divides its top unit by the one it is per."""
    assert q.measure is not None
    return Fraction(q.value) * q.measure.factor


def _in_volume(tokens: list[Token], masses: list[Given], volume: Given) -> tuple[Given, Given] | None:
    """'120 mg in 5 ml', '120 mg/5 ml' (read as two amounts): the mass right before 'in' and the volume, and the
    other mass, which is then the weight."""
    for k, held in enumerate(masses):
        between = tokens[held.end]
        if (between.word in ("in", "per", "every") or between.text == "/") and volume.start == held.end + 1:
            return held, masses[1 - k]
    return None


def _asked_volume(question: list[str]) -> Measure | None:
    """'how many ml', 'what volume', 'how much ... in ml': the volume unit asked (millilitres unless named)."""
    for k, word in enumerate(question):
        if word in ("many", "much", "in") and k + 1 < len(question):
            found = lookup(question[k + 1], short=True)
            if found is not None and found.per is None:
                return found if found.dimension == "volume" else None
    if "volume" in question:
        return _MILLILITRE
    return None
