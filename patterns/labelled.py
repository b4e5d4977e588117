"""Labelled material: "The claim is that ...", "The code is <code>" after the parts that work on them.

"Review this JS and also fact-check something for me. The claim is that the Pacific is the largest ocean. The
code is ```...```" asks for two jobs first and gives each its material afterwards, each named by its kind. A
sentence that names a kind of material and gives it ("The claim is that X", "The code is: ...", "My text reads:
...") is no part of its own and no context for the sentence after it: it is the material of the earlier part
that asks for work on that kind (a fact check takes the claim, a review of "this JS" the code), which has none of
its own yet. ``patterns.clauses`` keeps such sentences apart and hands each to its part.

Every scan reads a bounded opening of a sentence.
"""

from __future__ import annotations

import dataclasses
import re

from patterns.material import OPEN, WORD, with_material
from patterns.pieces import Piece

SCAN = 400
"""Only this much of a sentence is read for its label."""

# "The claim is that ...", "The code is", "My snippet reads:", "the statement goes: ...": a kind of material named
# as the subject, and given after its verb.
_KIND = r"(claim|statement|code|script|function|snippet|query|text|email|paragraph)"
_LABEL = re.compile(
    # "Text follows: ...", "The email below: ...": where it is said, its article often left off
    rf"^(?:(?:(?:the|my|our|this)\s+)?{_KIND}\s+(?:follows|below|is\s+below|as\s+follows|comes\s+next)\b"
    rf"|(?:the|my|our|this)\s+{_KIND}\s+(?:is|reads|says|goes)\b(?:\s+(?:that|as\s+follows)\b)?)\s*:?\s*",
    re.IGNORECASE,
)
# Words by which a part asks for work on each kind of material.
_CLAIM_WORDS = frozenset("fact-check fact verify claim claims true check".split())
_CODE_WORDS = frozenset(
    """code js javascript typescript ts python py sql bash shell script function snippet query program java go rust
    ruby php review""".split()
)
_TEXT_WORDS = frozenset("text email paragraph summarize summarise summary proofread shorten condense".split())
_KINDS = {
    "claim": _CLAIM_WORDS,
    "statement": _CLAIM_WORDS,
    "code": _CODE_WORDS,
    "script": _CODE_WORDS,
    "function": _CODE_WORDS,
    "snippet": _CODE_WORDS,
    "query": _CODE_WORDS,
    "text": _TEXT_WORDS,
    "email": _TEXT_WORDS,
    "paragraph": _TEXT_WORDS,
}


def labels_material(sentence: str) -> bool:
    """Whether ``sentence`` names a kind of material and gives it ("The claim is that the Pacific is the largest
    ocean.", "The code is ```...```")."""
    found = _LABEL.match(sentence.strip()[:SCAN])
    return found is not None and bool(sentence.strip()[found.end() :].strip())


def place_labelled(pieces: list[Piece]) -> list[Piece]:
    """``pieces`` with each labelled material given to the earliest part before it that asks for work on its kind
    and carries no material yet; a labelled material no such part asks for stays a part of its own."""
    placed: list[Piece] = []
    for piece in pieces:
        text = piece.text.strip()
        found = _LABEL.match(text[:SCAN])
        target = None
        if found is not None and text[found.end() :].strip() and not piece.needs_previous:
            wanted = _KINDS[(found.group(1) or found.group(2)).lower()]
            # "Check my code and verify a claim": the part whose words name this kind rather than another takes it
            scores = {i: _asks_for(p, wanted) for i, p in enumerate(placed)}
            best = max(scores.values(), default=0)
            target = next((i for i, score in scores.items() if score == best), None) if best > 0 else None
        if target is None or found is None:
            placed.append(piece)
            continue
        before = placed[target]
        material = text[found.end() :].strip()
        instruction = before.instruction or before.text
        placed[target] = dataclasses.replace(before, text=with_material(instruction, material), instruction=instruction)
    return placed


def with_remark(piece: Piece, remark: str) -> str:
    """``piece``'s text with a remark on its ask ("Short.", "Double-check it.") after the ask: before the material
    it was handed ("Summarize. Short:\n\n<text>"), not at the end of the text it works on."""
    instruction = piece.instruction or piece.text
    head = instruction.rstrip().rstrip(".:;,?!")
    prefix = f"{head}:\n\n"
    said = piece.text.rstrip()
    if instruction != piece.text and piece.text.startswith(prefix):
        return with_material(f"{head}. {remark.strip()}", piece.text[len(prefix) :])
    return f"{said}{'' if said.endswith(('.', '?', '!')) else '.'} {remark}"


def _asks_for(piece: Piece, wanted: frozenset[str]) -> int:
    """How well ``piece`` asks for work on the wanted kind: 0 when it carries material of its own or names none
    of the kind's words; more the more it names them, less for each word of another kind it names."""
    own = piece.instruction or piece.text
    if own != piece.text or OPEN in piece.text or "```" in piece.text:
        return 0
    words = set(WORD.findall(own[:SCAN].lower()))
    if not wanted & words:
        return 0
    others = {w for kind in _KINDS.values() if kind is not wanted for w in kind} - wanted
    return 1 + len(wanted & words) - len(others & words)
