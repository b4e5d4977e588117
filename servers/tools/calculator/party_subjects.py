"""A party the speaker is in, said as who does what the story tells: 'My wife and I are driving 280 miles to the
Lakes at 56 mph', 'Me and two mates walked 14 miles in 5 hours'. Read by its count the party is a number of the sum
('2 people'), which a story of one journey has no use for; so, when the request cannot be read with the party
counted, it is read again with the party said as 'we' — and answered only when that reading accounts for every
number. A question that shares something among the party ('each', 'per person', 'split') is read with its count,
never here.
"""

from __future__ import annotations

from servers.tools.calculator import parties
from servers.tools.calculator.tokens import Token, tokenize

_SHARED = frozenset("each per split share shared sharing between among apiece everyone everybody head".split())
_VERBS = frozenset("are were have had will would did do went drove ran rode flew".split())


def as_we(text: str, tokens: list[Token]) -> str | None:
    """``text`` with a party opening it said as 'We', or None when it opens with no party or shares among it."""
    if any(t.word in _SHARED for t in tokens):
        return None
    counted = tokenize(text)
    party = parties.count_party(counted)
    if party is None or not counted or counted[0].kind != "number" or counted[1].word != "people":
        return None  # the party does not open the request
    verb = counted[2]
    if verb.word not in _VERBS and not verb.word.endswith("ed"):
        return None  # 'My wife and I: 2 tickets ...': not the doers of what follows
    return "We " + text[verb.start :]
