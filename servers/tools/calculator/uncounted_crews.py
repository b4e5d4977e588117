"""A bill for workers who are never counted: declined.

'The porters cost £14.25 an hour for 7 hours each. What's the wage bill?' speaks of porters but never says how
many; read by its quantities it is one porter's pay, £99.75, which is not the bill. When a request paid by the
hour, the day or the shift asks for a group's bill (the wage bill, the wages, the payroll, staff costs, a total,
what they cost altogether) and speaks of its workers in the plural ('the porters', 'our bar staff', '7 hours each',
'each works 8 hours') without a number that counts them ('5 porters', '10 bar staff', 'a crew of 6', '3 of them'),
no answer accounts for the whole request, and it is declined. 'Both' is declined too, as the readers by quantities
do not count it. One worker ('a porter', 'I', 'she') is never a group, so one person's pay is answered.
"""

from __future__ import annotations

import re

from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_GROUP_ASKED = re.compile(
    r"\b(?:wages?\s+bill|wages|payroll|pay\s*bill|(?:staff|staffing|labour|labor|wage)\s+costs?|total|totals|"
    r"altogether|all\s+together|in\s+all|combined|between\s+them)\b"
)
_PAID_BY_TIME = re.compile(
    r"(?:\ban?|\bper|/)\s*(?:hour|hr|hrs|h|day|shift|night)\b|\d\s*(?:ph|p/h|phr)\b|\bhourly\b|\bday\s+rate\b"
)
_CREW_WORDS = frozenset(
    "staff crew crews team teams workforce people persons men women lads guys girls boys kids hands temps casuals "
    "nurses chefs cooks porters guides maids nannies midwives medics interns apprentices trainees volunteers "
    "colleagues operatives agents carers staffers assistants attendants stewards stewardesses waiters waitresses "
    "employees labourers laborers workers helpers pickers cleaners drivers builders painters decorators plumbers "
    "electricians technicians tutors teachers coaches instructors therapists dentists doctors surgeons baristas".split()
)
_CREW_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ees")
_NOT_CREW = frozenset("hours orders numbers letters meters metres litres liters others totals quarters".split())
_NOT_COUNTED = frozenset("shifts nights sessions jobs visits lessons times rounds trips loads goes lots".split())
"""Plural words after a number that count something other than the workers."""
_OWNERS = frozenset("the our my his her their your all these those".split())
_WORKING = frozenset(
    "works worked working does did doing do puts put putting gets got getting earns earned earning is was on "
    "covers covered covering has had having will".split()
)


def _crew_word(token: Token) -> bool:
    word = token.word
    if word in _CREW_WORDS:
        return True
    return len(word) > 4 and word.endswith(_CREW_ENDINGS) and word not in _NOT_CREW and lookup(word) is None


def _counted(tokens: list[Token]) -> bool:
    """A number that counts the workers: '5 porters', '10 bar staff', 'a crew of 6', '3 of them'."""
    for k, token in enumerate(tokens):
        if token.kind != "number" or (k and tokens[k - 1].kind == "currency"):
            continue
        if k > 1 and tokens[k - 1].word == "of" and _crew_word(tokens[k - 2]):
            return True  # 'a crew of 6', 'staff of 12'
        for ahead in tokens[k + 1 : k + 4]:
            if ahead.kind != "word" or lookup(ahead.word) is not None:
                break
            if ahead.word in ("of", "them", "us", "you") or _crew_word(ahead):
                return True
            if ahead.word.endswith("s") and ahead.word not in _NOT_COUNTED:
                return True  # '3 baristas', '4 sous-chefs'
    return False


def _plural_crew(tokens: list[Token]) -> bool:
    """Workers spoken of as many: 'the porters', 'our bar staff', '7 hours each', 'each works 8 hours'."""
    for k, token in enumerate(tokens):
        if token.word in _OWNERS and any(_crew_word(t) for t in tokens[k + 1 : k + 4] if t.kind == "word"):
            return True
        if token.word != "each" or k < 2:
            continue
        before, after = tokens[k - 1], tokens[k + 1]
        counted_time = before.kind == "word" and lookup(before.word) is not None and tokens[k - 2].kind == "number"
        if counted_time and not (k > 2 and tokens[k - 3].kind == "currency"):
            return True  # '7 hours each', not '£5 each'
        if after.word in _WORKING:
            return True  # 'each works 8 hours'
    return False


def refuse_uncounted_crew(request: str, tokens: list[Token]) -> None:
    """Decline a group's bill asked of workers the request (``tokens``: as written) never counts."""
    said = request.lower()
    if not any(t.kind == "currency" for t in tokens) or not _GROUP_ASKED.search(said):
        return
    if not _PAID_BY_TIME.search(said):  # paid by the hour, the day or the shift: a wage bill
        return
    if _plural_crew(tokens) and not _counted(tokens):
        raise ToolInputError(
            "it asks for the whole group's bill but never says how many workers there are. Say how many and ask again."
        )
