"""A count sold at an average price: 'Sold 38 lambs at the mart, averaged £97.50 a head' is 38 lambs at £97.50 each.

An average price over a count of things sold gives their takings exactly (the count times the average), so the
request is read again with the price said as a price each ('Sold 38 lambs at the mart at £97.50 each') and answered
only when that reading accounts for everything. The average must be said of one of the things ('a head', 'each',
'apiece', 'a lamb'), after a count of them in its sentence with no other price between.
"""

from __future__ import annotations

from servers.tools.calculator.quantities import singular
from servers.tools.calculator.tokens import Token

_AVERAGED = frozenset("averaged averaging average".split())
_STOPS = frozenset({".", "!", "?", ";"})
_EACH = (("a", "head"), ("per", "head"), ("each",), ("apiece",))


def at_each(text: str, tokens: list[Token]) -> str | None:
    """``text`` with 'averaged £97.50 a head' after a count read as 'at £97.50 each', or None."""
    for k in range(1, len(tokens) - 3):
        if tokens[k].word not in _AVERAGED or tokens[k + 1].kind != "currency" or tokens[k + 2].kind != "number":
            continue
        noun = _counted(tokens, k)
        if noun is None:
            return None
        after = [t.word for t in tokens[k + 3 : k + 5]]
        said = next((len(p) for p in _EACH if tuple(after[: len(p)]) == p), None)
        if said is None and after[:1] in (["a"], ["per"]) and len(after) > 1 and singular(after[1]) == noun:
            said = 2
        if said is None:
            return None
        begin = tokens[k - 1].start if tokens[k - 1].text == "," else tokens[k].start
        end = tokens[k + 3 + said - 1]
        price = text[tokens[k + 1].start : tokens[k + 2].start + len(tokens[k + 2].text)]
        return f"{text[:begin].rstrip()} at {price} each{text[end.start + len(end.text) :]}"
    return None


def _counted(tokens: list[Token], k: int) -> str | None:
    """The noun of the one count before ``k`` in its sentence ('38 lambs'), with no money between; None otherwise."""
    found: str | None = None
    for j in range(k - 1, -1, -1):
        token = tokens[j]
        if token.text in _STOPS:
            break
        if token.kind == "currency":
            return None
        if token.kind == "number":
            if found is not None or tokens[j + 1].kind != "word":
                return None
            found = singular(tokens[j + 1].word)
    return found
