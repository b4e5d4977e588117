"""A conversion asked of the thing the request measures, by its name: 'We farm 12.5 hectares. What is our vineyard
size in acres?', 'A buyer in California wants to know our vineyard size in acres. We farm 12.5 hectares.' The name
('our vineyard size') is the one amount the request gives, so the question is 'what is that in acres': the request
is read again so, and answered only when that reading accounts for every number.

Only a request with one number reads so, the question naming a unit after 'in' at its end, and the name between the
asking words and 'in' made of an owner or article and plain words (no number, no unit, no word that changes a sum).
A question told as what someone 'wants to know' opens its sentence with who asks, which is set aside with it.
"""

from __future__ import annotations

from servers.tools.calculator.inert import inert
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

_ASKING = (("what", "is"), ("what's",), ("whats",), ("how", "big", "is"), ("how", "much", "is"), ("how", "long", "is"))
_KNOWING = (("wants", "to", "know"), ("want", "to", "know"), ("asked", "for"), ("asks", "for"), ("needs",),
            ("would", "like", "to", "know"), ("asked", "me", "for"))  # fmt: skip
_OWNERS = frozenset("our my the your their his her its this that".split())
_ENDS = frozenset({".", "?", "!"})
_POWERS = frozenset("square sq cubic".split())
_NAME_WORDS = 3
_TELLER_WORDS = 6


def as_that(text: str, tokens: list[Token]) -> str | None:
    """``text`` with its question 'what is <name> in <unit>' said as 'what is that in <unit>', or None."""
    if sum(t.kind == "number" for t in tokens) != 1:
        return None
    for i in range(len(tokens)):
        if i and tokens[i - 1].text not in _ENDS:
            continue  # the question opens its sentence
        begin = i
        knowing = _knowing(tokens, i)
        if knowing is not None:
            i = knowing
        else:
            asked = next((len(p) for p in _ASKING if all(tokens[i + k].word == w for k, w in enumerate(p))), 0)
            if not asked:
                continue
            i += asked
        end = _named_in_unit(tokens, i)
        if end is None:
            continue
        named = end - 1 - (tokens[end - 2].word in _POWERS)
        unit = text[tokens[named].start : tokens[end - 1].start + len(tokens[end - 1].text)]
        rest = text[tokens[end].start :].lstrip(".?! ")
        before = text[: tokens[begin].start]
        return f"{before}What is that in {unit}? {rest}".strip()
    return None


def _knowing(tokens: list[Token], i: int) -> int | None:
    """'A buyer in California wants to know': who asks (plain words, no number) and the verb; where the name starts."""
    for j in range(i, min(i + _TELLER_WORDS, len(tokens))):
        if tokens[j].kind != "word":
            return None
        for phrase in _KNOWING:
            if all(tokens[j + k].word == w for k, w in enumerate(phrase)):
                return j + len(phrase)
    return None


def _named_in_unit(tokens: list[Token], i: int) -> int | None:
    """'our vineyard size in acres' at ``i``: the index after the unit (and the sentence's end), or None."""
    if tokens[i].word not in _OWNERS:
        return None
    j = head = i + 1
    while j < head + _NAME_WORDS and inert(tokens[j]):
        j += 1
    if j == head or tokens[j].word != "in" or tokens[j + 1].kind != "word":
        return None
    width = 2 if tokens[j + 1].word in _POWERS and tokens[j + 2].kind == "word" else 1  # 'in square feet'
    if lookup(tokens[j + width].text) is None:
        return None
    after = tokens[j + 1 + width]
    return j + 1 + width if after.kind == "end" or after.text in _ENDS else None
