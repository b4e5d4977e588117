"""Why a question is asked, said after it past a comma: 'what's 340 times 3, he needs it for his homework', 'solve
3(x - 4) = 2x + 5 for me, stuck on my homework'.

A comma inside a request may join the question's own parts ('£90 for 3 of us, a head'), so what follows one is
talk only when it opens as a person telling something — a pronoun, an owner or a state ('he needs', 'my son's',
'stuck on') — and names no part of anything ('my share', 'her half'). The talk itself is then held to what any talk
after a question is held to (no number, no unit, no word that changes the arithmetic), by ``asides``.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

_TELLERS = frozenset(
    "he she they i i'm im we we're it's its he's she's they're hes shes theyre my his her their our stuck need needs "
    "needed trying doing helping working checking revising".split()
)
"""The first word of talk that tells why: who needs it, whose it is, what the asker is doing."""
_PORTIONS = frozenset("share part portion cut bit half quarter third bill treat go round head".split())
"""Words that would name a part of the amount ('my share', 'his cut'): not talk, whatever opens it."""
_LONGEST = 12


def reason_follows(tokens: list[Token], at: int) -> bool:
    """Whether the comma (or dash) at ``at`` ends a question and what follows tells why it is asked."""
    if at < 2 or tokens[at + 1].word not in _TELLERS:
        return False
    end = at + 1
    while tokens[end].kind != "end" and end - at <= _LONGEST:
        if tokens[end].word in _PORTIONS:
            return False
        end += 1
    return tokens[end].kind == "end" or tokens[end].text in ("?", ".", "!")
