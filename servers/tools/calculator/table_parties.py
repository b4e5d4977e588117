"""A party named by its size where the story is about what it bought: 'Table of six just had six flat whites at
£3.40 each and two teacakes at £2.15, and they want to add a 10% tip on top. What do I ring up?'

'Table of six' says who is served, not how many of anything are bought or how the bill is shared. When the
question asks for the whole bill (no share of it, nothing 'each' or 'per person'), the party is read as 'They' and
the request read again: answered only when that reading accounts for every other figure. A story that needs the
party's size ('Table of six had coffees at £3 each') is left without it, and declined.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

_PARTIES = frozenset("table party group booking".split())
_STOPS = frozenset({".", "!", "?", ";"})
_SHARED = frozenset("each apiece per head split share shared sharing divide divided between everyone".split())
"""Words of a share of the bill: the party's size would then be what it is shared by."""


def as_they(text: str, tokens: list[Token]) -> str | None:
    """``text`` with 'Table of six' (opening a sentence, before what it did) read as 'They', or None."""
    if any(t.word in _SHARED and not (k and tokens[k - 1].kind == "number") for k, t in enumerate(tokens)):
        return None  # '£3.40 each' is a price; 'how much each' a share
    for k in range(len(tokens) - 3):
        if k > 0 and tokens[k - 1].text not in _STOPS:
            continue
        party, of, count, after = tokens[k : k + 4]
        if party.word not in _PARTIES or of.word != "of" or count.kind != "number" or after.kind != "word":
            continue
        if count.attached or after.word in ("people", "us", "them", "adults", "guests", "diners"):
            return None  # 'a party of 6 people at £30 a head': the count of who pays
        if _counted_members(tokens, k + 3):
            return None  # 'Group of 6 divers, trip $280 each': the count of whom each price is paid for
        return text[: party.start] + "They " + text[after.start :]
    return None


_AFTER_MEMBERS = frozenset("who from at on for in with".split())


def _counted_members(tokens: list[Token], k: int) -> bool:
    """'Group of 6 divers,', 'a party of 8 walkers who': a plural noun the number counts, closed by a pause or a
    word that goes on about them; not 'Table of six orders 6 coffees', where the word is what the party did."""
    after = tokens[k]
    then = tokens[k + 1] if k + 1 < len(tokens) else None
    closed = then is None or then.kind not in ("word", "number") or then.word in _AFTER_MEMBERS
    return after.word.endswith("s") and closed
