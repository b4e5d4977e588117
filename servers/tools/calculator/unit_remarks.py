"""A clause that says which unit something is in, when the question names that unit too: 'My suitcase weighs 50 lb,
the airline limit is in kilos. How many kg is that?', 'Recipe says 180 C but my oven is in Fahrenheit. What's
180°C in °F?'.

Such a clause says why the user asks. It holds no number, and the unit it names is one the request names again
elsewhere (the unit the question asks for), so it adds nothing the rest does not say. Only a short clause of one
shape is read: an opening pause or 'but'/'and'/'though', a few words that change no sum (``inert``) or hold the
sentence together ('the', 'my'), a verb that says what a thing is measured in ('is', 'reads', 'uses', 'works'),
'in' or 'only in' if said, and the unit, then the clause's end. It is set aside, and the rest is read as any
request is and answered only when it accounts for itself in full; anything else in the clause keeps it, and the
request declines as before.
"""

from __future__ import annotations

from servers.tools.calculator.inert import inert
from servers.tools.calculator.quantities import is_money, lookup
from servers.tools.calculator.tokens import Token

_PAUSES = frozenset({",", ".", ";", "!", "?", ":", "—", "-", "(", ")"})  # "?": a remark after the question
_ENDS = frozenset({",", ".", ";", "!", "?", ")"})
_JOINS = frozenset("but and though although whereas".split())
_FRAME = frozenset("the my our your his her their its it this that".split())
_VERBS = frozenset("is are was reads read shows show uses use works work goes go measures measure".split())
_MAX_WORDS = 6  # 'the airline's checked bag limit': a short subject, so each scan is short


def without_unit_remark(text: str, tokens: list[Token]) -> str | None:
    """``text`` without its clauses that only say a unit named elsewhere, or None when it has none."""
    for begin in range(len(tokens) - 1):
        opens = begin == 0 or tokens[begin - 1].text in _PAUSES or tokens[begin].word in _JOINS
        if not opens:
            continue
        end = _remark_end(tokens, begin)
        if end is None:
            continue
        if begin > 0 and tokens[begin - 1].text in (",", ";", "—", "-") or tokens[begin].word in _JOINS:
            cut_from = tokens[begin - 1].start if tokens[begin - 1].text in _PAUSES else tokens[begin].start
            return (text[:cut_from].rstrip() + text[tokens[end].start :]).strip()
        after = end + (tokens[end].text in _ENDS)
        return (text[: tokens[begin].start] + text[tokens[after].start :]).strip() or None
    return None


def _remark_end(tokens: list[Token], begin: int) -> int | None:
    """The index of the clause's end after a unit remark starting at ``begin``, or None when it is not one."""
    k = begin + (tokens[begin].word in _JOINS)
    words = 0
    while words < _MAX_WORDS and _subject(tokens[k]) and not _verb(tokens[k]):
        k += 1
        words += 1
        if tokens[k - 1].word.endswith("'s") and tokens[k].word in ("in", "only"):
            break  # "my oven's in Fahrenheit": the noun and its verb are one token
    else:
        if not words or not _verb(tokens[k]):
            return None
        k += 1
    k += (tokens[k].word == "only") + (tokens[k].word == "in" or tokens[k].word == "only")
    unit = _unit(tokens[k])
    if unit is None:
        return None
    end = k + 1
    if tokens[end].kind != "end" and tokens[end].text not in _ENDS and tokens[end].word not in _JOINS:
        return None
    said_again = any(_unit(t) == unit for i, t in enumerate(tokens) if not begin <= i < end)
    return end if said_again else None


def _subject(token: Token) -> bool:
    """A word of what the unit is said of: 'the airline limit', 'my oven' (a limit here has no figure of its own)."""
    return token.word in _FRAME or token.word == "limit" or inert(token)


def _verb(token: Token) -> bool:
    return token.word in _VERBS


def _unit(token: Token) -> str | None:
    if token.kind != "word":
        return None
    measure = lookup(token.word) or lookup(token.text)
    if measure is None or is_money(measure) or measure.per is not None:
        return None
    return measure.name
