"""An 'each' or a 'one' that gives, rather than asks: '$20 each', 'For each cake I need 350 g', 'the cheaper one'.

A question asks 'how much each'; a story tells what each one has or costs. The readers of givens and of what is
asked tell the two apart here, so a rate given with 'each' is never read as a share asked for, and 'one' standing
for a thing already named is never read as the number 1.
"""

from __future__ import annotations

from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.said_rates import rate_before
from servers.tools.calculator.tokens import Token

_ONE_BEFORE = frozenset("each every which the this that cheaper better cheapest best bigger smaller".split())
_TOLD_EACH = frozenset("for from in into on with".split())
CLAUSE_ENDS = frozenset({".", "?", "!", ";", ",", "end"})
"""Where a clause of a story ends, for the words said with a figure or an 'each'."""
_REACH = 5  # the amount said with 'each' ('each paid $12') comes within a few words of it
_TOLD_REACH = 9  # after a preposition the clause may say more first ('For each gata cake I need 350 g')


def pronoun_one(tokens: list[Token], i: int) -> bool:
    """'each one', 'the cheaper one': 'one' standing for a thing already named, not a number given."""
    return tokens[i].text.lower() == "one" and i > 0 and tokens[i - 1].word in _ONE_BEFORE


def priced_each(tokens: list[Token], i: int) -> bool:
    """'$20 each', '4 of us each paid $12', 'For each cake I need 350 g': an amount each given, not the question's
    'each'."""
    before = tokens[i - 1] if i > 0 else tokens[i]
    if before.kind == "number" and i > 1 and tokens[i - 2].kind == "currency":
        return True
    if i > 1 and tokens[i - 2].kind == "number" and before.kind == "word" and lookup(before.word) is not None:
        return True  # 'for 9 hours each', '2 kg each': an amount each one has, told with its unit
    if rate_before(tokens, i) and any(t.kind == "number" for t in tokens[: i - 4]):
        return True  # '142 cows averaging 78 lbs a day each': a rate each one counted has
    if i > 1 and tokens[i - 1].word in ("much", "many") and tokens[i - 2].word == "how":
        return False
    # an amount said within the clause after it is what each one gives, so it is not asked for
    reach = _TOLD_REACH if i > 0 and tokens[i - 1].word in _TOLD_EACH else _REACH
    for j in range(i + 1, min(i + reach, len(tokens))):
        if tokens[j].kind in ("number", "currency") and not pronoun_one(tokens, j):
            return True
        if tokens[j].text in CLAUSE_ENDS or tokens[j].word in ("how", "what"):
            return False
    return False
