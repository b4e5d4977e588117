"""What a money question asks when it asks what is kept or what it all comes to, in everyday words.

What is kept once something is paid: the change from what was handed over ('how much change?'), the profit on
what was sold once its costs are met ('how much profit today?'), what one clears or nets ('what'd I clear?'). Each
is money, and reached only by taking costs away: a reckoning with no subtraction in it is not one of them.

What it all comes to: 'what's that gonna run me', 'what will it set me back', 'what does it come to' ask money as
plainly as 'how much does it cost'.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

_TAKEN = frozenset("change profit profits".split())
"""Nouns of what is kept: asked by name ('how much change', 'my profit', 'profit how much?')."""

_CLEARED = frozenset("clear cleared clearing net netted".split())
"""Verbs of what is kept, said of whoever keeps it ('what did I clear', 'how much do we net')."""

_KEEPERS = frozenset("i we you they he she i'll we'll i'd we'd".split())

_SPEND = frozenset("run runs running set sets come comes coming".split())
_SPEND_AFTER = {"run": "me us you", "set": "me us you", "come": "to out"}

ASKED_ONLY = frozenset({"profit"})
"""Kept-words the reckoning otherwise leaves alone (a profit may be asked as a margin or a share): read only when
the question asks it as money."""

_AS_SHARE = frozenset("margin percentage percent % per rate ratio share shares".split())


def kept_asked(tokens: list[Token], sentence: range) -> str:
    """What the question's sentence asks is kept: 'change' ('how much change'), 'profit' ('profit', 'what'd I
    clear'), or '' for neither."""
    for i in sentence:
        word = tokens[i].word
        if word in _TAKEN:
            return "change" if word == "change" else "profit"
        if word in _CLEARED and i > 0 and tokens[i - 1].word in _KEEPERS:
            return "profit"
    return ""


def spends_asked(tokens: list[Token], sentence: range) -> bool:
    """Whether the question asks what a thing costs in a turn of phrase: 'run me', 'set us back', 'come to'."""
    for i in sentence:
        word = tokens[i].word
        if word not in _SPEND or i + 1 >= len(tokens):
            continue
        stem = "run" if word.startswith("run") else "set" if word.startswith("set") else "come"
        if tokens[i + 1].word in _SPEND_AFTER[stem].split():
            if stem != "set" or any(t.word == "back" for t in tokens[i + 2 : i + 4]):
                return True
    return False


def only_asked(tokens: list[Token], free: list[int], sentence: range) -> bool:
    """Whether every word of ``ASKED_ONLY`` in the request is in the question, asked as money ('how much profit'),
    not as a share of something ('profit as a percentage', 'profit margin')."""
    said = [i for i in free if tokens[i].word in ASKED_ONLY]
    if not said or any(i not in sentence for i in said):
        return False
    return not any(tokens[i].word in _AS_SHARE or tokens[i].text == "%" for i in sentence)


_COSTS = frozenset("cost costs costing spent spend spends expense expenses outlay bought buy buys".split())
_TAKINGS = frozenset("sell sells sold selling takings revenue earn earned earns received".split())
_CHARGED = frozenset("charge charged charges took take".split())
"""Taken in by whoever says it: 'I charged them', 'charged 'em $2,850'; 'the venue charged £900' is a cost."""
_TENDERED = frozenset("give gave given pay paid paying hand handed tender tendered note from over".split())
_OURS = frozenset("i we i've we've 've just also then".split())
_CLAUSE_ENDS = frozenset({".", "?", "!", ";", ","})
_JOINS = frozenset("and if when but so then while because".split())

Joins = tuple[tuple[str, tuple[int, ...], tuple[int, ...]], ...]


def sides_fit(tokens: list[Token], joins: Joins, spans: list[tuple[int, int]], kept: str = "") -> bool:
    """Whether no cost is what costs are taken from, no takings are taken away, and takings are never added to a
    cost: '22 baht a bowl to make' is never the takings, 'I charged them $2,850' never a cost. ``spans`` are where
    the givens are said; each is told as a cost or as takings by the words beside it, up to the next given.

    What is kept (``kept``: 'change' or 'profit') is taken from what is said to be handed over ('I give 2,000
    baht', 'from a £50 note') or taken in ('I sell pad thai 60 baht a plate', 'charged 'em $2,850'), never from an
    amount that says neither: 'The venue charged £900' is what the venue took, not the takings."""
    for sign, left, right in joins:
        roles = [_side_roles(tokens, side, spans) for side in (left, right)]
        if sign == "−" and ("cost" in roles[0] or "takings" in roles[1]):
            return False
        crossed = "cost" in roles[0] and "takings" in roles[1] or "takings" in roles[0] and "cost" in roles[1]
        if sign == "+" and crossed:
            return False
        if sign == "−" and kept and ("tendered" if kept == "change" else "takings") not in roles[0]:
            return False
    return True


def _side_roles(tokens: list[Token], side: tuple[int, ...], spans: list[tuple[int, int]]) -> set[str]:
    roles: set[str] = set()
    for start in side:
        roles |= _roles(tokens, start, spans)
    return roles


def _roles(tokens: list[Token], start: int, spans: list[tuple[int, int]]) -> set[str]:
    """What the words beside the given said at ``start`` tell it is, within its clause and short of any other
    given: a 'cost', 'takings' (taken in by the speaker: 'we sold', not 'the venue charged'), or 'tendered'."""
    end = next(b for a, b in spans if a == start)
    low = max([b for _, b in spans if b <= start], default=0)
    high = min([a for a, _ in spans if a >= end], default=len(tokens))
    first = start
    while first > low and tokens[first - 1].text not in _CLAUSE_ENDS and tokens[first - 1].word not in _JOINS:
        first -= 1
    last = end
    while last < high and tokens[last].kind != "end" and tokens[last].text not in _CLAUSE_ENDS:
        if tokens[last].word in _JOINS:
            break
        last += 1
    roles: set[str] = set()
    for i in range(first, last):  # 'one bowl costs me 22 baht' says it within
        word = tokens[i].word
        if word in _COSTS:
            roles.add("cost")
        elif word in _TAKINGS:
            roles.add("takings")
        elif word in _CHARGED:
            ours = i == first or tokens[i - 1].word in _OURS
            roles.add("takings" if ours else "cost")  # 'The venue charged £900': what we paid
        if word in _TENDERED:
            roles.add("tendered")
    return roles
