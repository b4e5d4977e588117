"""Places left over once a crowd is seated: 'Hall takes 18 rows of 22 chairs and we've got 350 parents coming to the
nativity. How many spare seats will there be?' → 18 × 22 − 350 = 46.

Three counts: the rows (or tables, benches) and the places in each, said together ('18 rows of 22 chairs', '12
tables of 8'), and the people coming. The question asks how many places are spare, empty, free or left. More people
than places (a shortfall, not a spare), a fourth figure, or words of places held back or people added decline.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import PEOPLE, givens_or_none
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_words, words_outside
from servers.tools.calculator.tokens import Token

_PLACES = frozenset("seat seats chair chairs place places space spaces".split())
_SPARE = frozenset("spare empty free left unused unfilled over".split())
_CROWD = PEOPLE | frozenset(
    "parent parents pupil pupils family families visitor visitors spectator spectators fan fans attendee attendees "
    "delegate delegates".split()
)
_SPOILERS = frozenset(
    "each per percent percentage more extra reserved except not already plus minus another also staff".split()
)


def solve_spare_places(tokens: list[Token], start: int) -> Solution | None:
    """The places left once everyone coming is seated; None unless the request is exactly that."""
    asked = question_words(tokens, start)
    if "many" not in asked or not set(asked) & _SPARE or not set(asked) & _PLACES:
        return None
    givens = givens_or_none(tokens, start)
    if givens is None or len(givens) != 3 or any(g.quantity.measure is not None or g.quantity.percent for g in givens):
        return None
    rows, each, crowd = givens
    if tokens[rows.end].word != "of" or each.start != rows.end + 1 or each.noun and each.noun not in _PLACES:
        return None  # '18 rows of 22 chairs', '12 tables of 8': the places in each, said with the rows
    if crowd.noun not in _CROWD and f"{crowd.noun}s" not in _CROWD:
        return None
    said = set(words_outside(tokens, start, givens))
    if said & _SPOILERS:
        return None
    values = [Fraction(g.quantity.value) for g in givens]
    if not all(numbers.is_integer(v) and v > 0 for v in values):
        return None
    places = values[0] * values[1]
    spare = places - values[2]
    if spare < 0:
        return None  # more coming than there are places: a shortfall, not a spare
    n = numbers.format_number
    steps = [
        f"{n(values[0])} × {n(values[1])} = {n(places)} places",
        f"{n(places)} − {n(values[2])} = {n(spare)} spare",
    ]
    return Solution(
        f"{n(spare)} spare", spare, "places left over", f"{n(values[0])} * {n(values[1])} - {n(values[2])}", steps
    )
