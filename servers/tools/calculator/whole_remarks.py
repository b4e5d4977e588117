"""Talk after a question of how many packs that says only whole packs are sold: 'How many boxes must I order?
Can't order half box.', 'how many tins must i give him? no half tins', 'How many bags fi buy? Dem nuh sell half bag.'

The question counts packs that are bought whole, so the talk says what the count is anyway: the packs needed,
rounded up. It is set aside only when every word of it is one of saying so (a 'no', a verb of selling or buying,
'half', 'part' or 'not full', the pack the question counts and the things told before that go in it), it holds no
number, and it comes after the question or closes it after a comma; the rest is read as any request is and answered
only when it accounts for itself in full.
"""

from __future__ import annotations

import re

from servers.tools.calculator.quantities import singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

# 'so all of it goes on the boat', 'so that everything fits', 'so all the saffron is packed': what every count of
# packs needed gives, closing the question; no figure in it.
_SO_ALL = re.compile(
    r"\s+so\s+(?:that\s+)?(?:all|everything|every\s+\w+|none\s+is\s+left)\b[^.?!,;:0-9]{0,80}(?=\s*[,.?!]|\s*$)",
    re.IGNORECASE,
)
_SO_ALL_CHARS = 200
_PARTS = frozenset("half halves part partial parts full partly partially fewer filled empty".split())
_SAYING = frozenset(
    "no not can't cant cannot can don't dont doesn't doesnt won't wont nuh dem they we i you one sell sells sold order "
    "buy get deliver a an of the only whole full open opened split that is are still counts count counting counted "
    "as needs need with even if it last must be".split()
)


def without_whole_remark(text: str, tokens: list[Token]) -> str | None:
    """``text`` without its talk that only packs are sold whole, or None when it has none: talk closing the
    request after its question ('? A box that is not full still counts as a box.'), closing the question
    itself after a comma ('How many sacks do I need, counting the last one even if it is not full?'), or saying
    the packs must take all of it ('how many bags do I need so all of it goes on the boat')."""
    taking = _SO_ALL.search(text, max(0, len(text) - _SO_ALL_CHARS))  # read at the request's end only
    if taking is not None and counted_pack(tokens) is not None:
        return text[: taking.start()] + text[taking.end() :]
    marks = [k for k, t in enumerate(tokens) if t.text == "?"]
    if not marks:
        return None
    asked = counted_pack(tokens[: marks[-1]])
    told = {t.word for t in tokens[: marks[-1]] if t.kind == "word"}
    talk = [t for t in tokens[marks[-1] + 1 :] if t.kind != "end"]
    if asked is None:
        return None
    if not talk:
        return _without_closing_clause(text, tokens, marks[-1], asked)
    if any(t.kind != "word" and t.text not in (".", "!") for t in talk):
        return None
    if not says_whole([t.word for t in talk if t.kind == "word"], asked, told):
        return None
    return text[: tokens[marks[-1]].start + 1].strip()


def _without_closing_clause(text: str, tokens: list[Token], mark: int, pack: str) -> str | None:
    """The question without a clause after its last comma that only says the packs are counted whole."""
    comma = next((k for k in range(mark - 1, 0, -1) if tokens[k].text == ","), None)
    if comma is None:
        return None
    clause = tokens[comma + 1 : mark]
    if any(t.kind != "word" and t.text.lower() != "one" for t in clause):
        return None
    before = {t.word for t in tokens[:comma] if t.kind == "word"}
    if not says_whole([t.word or t.text.lower() for t in clause], pack, before):
        return None
    return text[: tokens[comma].start] + "?" + text[tokens[mark].start + 1 :]


def says_whole(words: list[str], pack: str | None, told: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether ``words`` only say that ``pack`` is not sold in parts ('no half tins', "can't order half box", 'a
    bale with fewer carpets is still a bale'); the things packed, ``told`` before, may be named."""
    if any(w == "as" and _PARTS & set(words[k + 1 : k + 3]) for k, w in enumerate(words)):
        return False  # 'a box not full counts as half': a part said to count as a part
    packs = [w for w in words if w not in _SAYING and w not in _PARTS]
    named = [w for w in packs if singular(w) == pack]
    return (
        pack is not None
        and bool(set(words) & _PARTS)
        and bool(named or "one" in words)
        and all(singular(w) == pack or w in told for w in packs)
    )


def counted_pack(question: list[Token]) -> str | None:
    """The pack a 'how many' question counts ('how many boxes', 'how many bag'), singular."""
    for k in range(len(question) - 2):
        if question[k].word == "how" and question[k + 1].word == "many" and question[k + 2].kind == "word":
            return singular(question[k + 2].word)
    return None


def rounded_up(solution: Solution) -> bool:
    """Whether the answer is a count of packs rounded up to hold all that is needed, as whole packs are bought."""
    return any("rounded up" in line for line in (*solution.steps, *solution.notes))
