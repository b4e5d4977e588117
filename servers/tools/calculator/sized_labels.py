"""Lengths that name a thing by its size, among lengths to be combined.

'need 15mm copper for runs of 2.35m, 1.8m, 3.15m and 0.95m': the 15mm says which pipe, as '6mm cable' or '18mm ply'
say which thing; it is no run to add to the others. A length said right before a plain word that names a thing,
in a unit smaller than the lengths said on their own (millimetres against metres, inches against feet), is such a
size: what to add up is then a guess, and the reading by units declines. Lengths in one unit ('a 3 m plank and
2.5 m', 'posts every 20 m along a 200 m street') are read as before. A volume or a weight before a thing ('a 500
litre brew', '2.5 kg bags') is what the thing holds, an amount, and is left to the readers that know it.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.givens import Given
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

_NOT_NAMES = frozenset(
    "and or of to for in on at by from with per each every a an the x then plus minus is was were are be been but so "
    "which that this these those it its total altogether long wide high deep tall thick across around round away "
    "ago more less left over under up down off out along apart tops max maximum min minimum only just about approx "
    "roughly exactly already still now today tonight yesterday tomorrow later earlier before after again too also "
    "both all in total times twice i we you he she they my our your his her their how what when where who why "
    "apiece not no if than as into onto between".split()
)


def sizes_among_amounts(tokens: list[Token], givens: list[Given]) -> bool:
    """Whether a measure sizes a thing ('15mm copper') while others of its kind are amounts said alone."""
    sized: list[Fraction] = []
    plain: list[Fraction] = []
    for given in givens:
        measure = given.quantity.measure
        if measure is None or measure.per is not None or measure.dimension != "length" or given.quantity.percent:
            continue  # a length sizes a thing across; '500 litre recipe', '2.5 kg bags' say what they hold
        (sized if _sizes_thing(tokens, given.end) else plain).append(measure.factor)
    return bool(sized and plain) and max(sized) < min(plain)  # '15mm copper' of runs in metres: a bore, not a run


def _sizes_thing(tokens: list[Token], end: int) -> bool:
    after = tokens[end] if end < len(tokens) else None
    if after is None or after.kind != "word" or not after.word.isalpha() or after.word in _NOT_NAMES:
        return False
    adverb = len(after.word) > 4 and after.word.endswith("ly")  # '2 m exactly', not '18mm ply'
    return lookup(after.word, short=False) is None and not adverb
