"""A unit said again after a question as what a thing is measured in: 'How many litres are 12 US gallons? An
American friend describes his camper tank in gallons.'

Talk after a question names nothing new when every unit it says is one the question named already, said right
after 'in' ('in gallons', 'in miles'): the user says why the unit matters to them. A unit said any other way ('so UK
gallons', 'take off a kilo', 'in 3 gallons') may name another unit or an amount, and is new.
"""

from __future__ import annotations

from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token


def names_new_unit(tokens: list[Token], before: int, at: int) -> bool:
    """Whether the word at ``at`` names a unit, other than one said before ``before`` and measured 'in' here."""
    unit = lookup(tokens[at].word, short=False)
    if unit is None:
        return False
    if tokens[at - 1].word != "in" or tokens[at + 1].kind == "number" or unit.per is not None:
        return True
    return not any(t.kind == "word" and lookup(t.word, short=False) == unit for t in tokens[:before])
