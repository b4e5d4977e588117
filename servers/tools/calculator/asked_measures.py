"""'How much' asked where every amount given is a measure of one unit: 'Each show uses 1.6 litres of fog fluid. How
much do we need for 22 shows?', 'How much fluid is that for the run?'.

With no money anywhere in the request, 'how much' can only ask for the stuff the story measures, and the story
measures it in one unit ('1.6 litres'); the readers answer 'how many litres', so the request is read again so and
answered only when that reading accounts for every number. A stuff named in the question ('how much fluid') must be
the one the unit measures ('litres of fog fluid'), and then that unit is the one asked, whatever else is measured
('a 500 litre recipe uses 110 kg of malt. How much malt ...' asks kilograms). Any money, percentage, or a second
unit of another kind with no stuff named to choose between them, or a count of another thing ('and 2 eggs'), leaves
the request to the readers as it is.
"""

from __future__ import annotations

from servers.tools.calculator.quantities import is_money, lookup, plural, singular
from servers.tools.calculator.tokens import Token

_MONEY_WORDS = frozenset(
    "cost costs price prices pay paid spend spent budget charge charged money cash worth bill fee fees".split()
)
_STUFF_GAP = 3  # 'litres of fog fluid': the stuff follows its unit's 'of' within a few words


def as_unit(text: str, tokens: list[Token]) -> str | None:
    """``text`` with its 'how much [stuff]' said as 'how many <the one unit>', or None."""
    if any(t.kind == "currency" or t.text == "%" or t.word in _MONEY_WORDS for t in tokens):
        return None
    asked = next((k for k in range(len(tokens) - 2) if tokens[k].word == "how" and tokens[k + 1].word == "much"), None)
    if asked is None:
        return None
    units = [
        (k, measure)
        for k, t in enumerate(tokens)
        if k > 0 and tokens[k - 1].kind == "number" and t.kind == "word" and (measure := lookup(t.word)) is not None
    ]
    if any(is_money(measure) for _, measure in units) or _other_stuff(tokens, {k for k, _ in units}):
        return None
    stuff = tokens[asked + 2]
    measuring = [(k, m) for k, m in units if _measures(tokens, k, stuff.word)] if _named(stuff) else []
    if measuring and len(measuring) < sum(tokens[k + 1].word == "of" for k, _ in units):
        return None  # '10 ml of bleach per 2 litres of water ... how much water': a second stuff is measured too
    if measuring:
        chosen = measuring
    elif _named(stuff):
        return None  # 'how much malt' where no unit measures malt
    else:
        chosen = [(k, m) for k, m in units if m.dimension != "time"]
    if len({m.name for _, m in chosen}) != 1:
        return None
    said = tokens[chosen[0][0]].text
    unit = said if len(said) > 3 else plural(chosen[0][1].name)  # 'g', 'kg': said in full, as the readers ask it
    end = tokens[asked + 2 + bool(measuring)].start
    return text[: tokens[asked].start] + f"how many {unit} " + text[end:].lstrip()


def _named(token: Token) -> bool:
    """A plain word after 'how much' that names stuff, not the question going on ('is', 'do', 'for')."""
    return token.kind == "word" and token.word.isalpha() and token.word not in _GOES_ON and lookup(token.word) is None


_GOES_ON = frozenset("is are was were do does did will would should can could for in over per a an each that".split())


def _measures(tokens: list[Token], k: int, stuff: str) -> bool:
    """'1.6 litres of fog fluid': the unit at ``k`` measures ``stuff``."""
    if tokens[k + 1].word != "of":
        return False
    return any(t.word == stuff for t in tokens[k + 2 : k + 2 + _STUFF_GAP])


_PER = frozenset("each per every a an".split())


def _other_stuff(tokens: list[Token], measured: set[int]) -> bool:
    """'needs 300 g flour and 2 eggs': a count of a thing the amount is not given per ('each show', 'a guest') is a
    second stuff, which 'how much' might ask for as well."""
    for k in range(len(tokens) - 1):
        if tokens[k].kind != "number" or k + 1 in measured or not _named(tokens[k + 1]):
            continue
        thing = singular(tokens[k + 1].word)
        if not any(tokens[j].word in _PER and singular(tokens[j + 1].word) == thing for j in range(len(tokens) - 1)):
            return True
    return False
