"""Talk after a question of how many packs that says only whole packs are sold: 'How many boxes must I order?
Can't order half box.', 'how many tins must i give him? no half tins', 'How many bags fi buy? Dem nuh sell half bag.'

The question counts packs that are bought whole, so the talk says what the count is anyway: the packs needed,
rounded up. It is set aside only when every word of it is one of saying so (a 'no', a verb of selling or buying,
'half' or 'part', and the pack the question counts), it holds no number, and it comes after the question; the rest
is read as any request is and answered only when it accounts for itself in full.
"""

from __future__ import annotations

from servers.tools.calculator.quantities import singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_PARTS = frozenset("half halves part partial parts".split())
_SAYING = frozenset(
    "no not can't cant cannot can don't dont doesn't doesnt won't wont nuh dem they we i you one sell sells sold order "
    "buy get deliver a an of the only whole full open opened split".split()
)


def without_whole_remark(text: str, tokens: list[Token]) -> str | None:
    """``text`` without its closing talk that only packs are sold whole, or None when it has none."""
    marks = [k for k, t in enumerate(tokens) if t.text == "?"]
    if not marks:
        return None
    asked = counted_pack(tokens[: marks[-1]])
    talk = [t for t in tokens[marks[-1] + 1 :] if t.kind != "end"]
    if asked is None or not talk or any(t.kind != "word" and t.text not in (".", "!") for t in talk):
        return None
    if not says_whole([t.word for t in talk if t.kind == "word"], asked):
        return None
    return text[: tokens[marks[-1]].start + 1].strip()


def says_whole(words: list[str], pack: str | None) -> bool:
    """Whether ``words`` only say that ``pack`` is not sold in parts ('no half tins', "can't order half box")."""
    packs = [w for w in words if w not in _SAYING and w not in _PARTS]
    return pack is not None and bool(set(words) & _PARTS) and bool(packs) and all(singular(w) == pack for w in packs)


def counted_pack(question: list[Token]) -> str | None:
    """The pack a 'how many' question counts ('how many boxes', 'how many bag'), singular."""
    for k in range(len(question) - 2):
        if question[k].word == "how" and question[k + 1].word == "many" and question[k + 2].kind == "word":
            return singular(question[k + 2].word)
    return None


def rounded_up(solution: Solution) -> bool:
    """Whether the answer is a count of packs rounded up to hold all that is needed, as whole packs are bought."""
    return any("rounded up" in line for line in (*solution.steps, *solution.notes))
