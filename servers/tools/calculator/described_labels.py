"""A line of a form that says who or what a sum is for: 'Distance 7.5 km. Pace 6 km/h. Walker: a postman on his
round. Time in minutes?', 'Rate £17.50/hour; weeks 4; role: warehouse picker. Total?', 'Job: kitchen fit by the
joiner.'.

People fill in a sum like a form, and among its lines is one that describes: a label, a colon, and words. Such a
line is set aside when its words carry nothing a sum can use — no figure, no unit, no money, no word of arithmetic
(``inert``: 'postman', 'round', 'picker') beyond the words that hold a phrase together — and the request is read
again without it, answered only when the rest accounts for every figure. A line whose words could change the sum
('Customer: a student, 10% off', 'Note: plus delivery') is kept, and the request is read as it is.
"""

from __future__ import annotations

from servers.tools.calculator.inert import inert
from servers.tools.calculator.tokens import Token

_LINE_ENDS = frozenset({".", ";", "!"})
_MOST_LABEL_WORDS = 3
_JOINING = frozenset(
    "a an the of on in at for by to from with and his her their its my our your who whose which that is are "
    "some new old local".split()
)
"""Words that hold a description together ('a postman on his round', 'kitchen fit by the joiner')."""
_QUESTION = frozenset("what what's whats how which".split())
_OWNERS = frozenset("his her their my our its".split())


def without_described(text: str, tokens: list[Token]) -> str | None:
    """``text`` without each line that only describes, or None when it has none (or nothing else)."""
    cuts: list[tuple[int, int]] = []
    k = 0
    while tokens[k].kind != "end":
        if k and tokens[k - 1].text not in _LINE_ENDS:
            k += 1
            continue
        end = _described_line(tokens, k)
        if end is None:
            k += 1
            continue
        cuts.append((tokens[k].start, tokens[end].start if tokens[end].kind != "end" else len(text)))
        k = end
    if not cuts:
        return None
    for begin, end in reversed(cuts):
        text = text[:begin] + text[end:]
    said = " ".join(text.split())
    return said if any(c.isdigit() for c in said) else None


def _described_line(tokens: list[Token], k: int) -> int | None:
    """The index after the line opening at ``k`` when it is a label, a colon and a description; None otherwise."""
    j = k
    while j < k + _MOST_LABEL_WORDS and tokens[j].kind == "word" and _describes(tokens[j]):
        j += 1
    if j == k or tokens[j].text != ":":
        return None
    j += 1
    words = 0
    while tokens[j].kind != "end" and tokens[j].text not in _LINE_ENDS:
        token = tokens[j]
        owned = tokens[j - 1].word in _OWNERS and token.word.isalpha()  # 'on his round': a noun, whatever else
        if token.kind != "word" or token.word in _QUESTION:
            return None
        if not (_describes(token) or token.word in _JOINING or owned):
            return None
        words += 1
        j += 1
    if not words or tokens[j].kind == "end" or tokens[j + 1].kind == "end":
        return None  # the last line is the question's, whatever it holds
    return j + 1


def _describes(token: Token) -> bool:
    word = token.word.removesuffix("'s")
    return word.isalpha() and word not in _QUESTION and inert(token)
