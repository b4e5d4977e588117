"""Sources: the material given after a later part belongs to the earlier part that names the user's text.

Material is read as the text of the part whose sentence it ends, but two kinds of request put it after a later
part while an earlier one is what works on it:

- a pipeline whose later step works on the earlier step's result: "Pull the main points out of my project update
  and then write them up as a short LinkedIn post: <the update>". The update is what the points come out of; the
  post is written from the points ("them"), so the first step takes the update and the second gets only its
  instruction (and the first step's result, as it depends on it);
- material labelled by the name the earlier part gave it: "Summarize these minutes and draft a short email to Sam
  saying the next meeting moves to Wednesday. Minutes: <the minutes>". The label repeats the earlier part's noun,
  so the minutes are the summary's; the email's facts are in its own clause.

In both the earlier part names a text it does not carry ("my project update", "these minutes", "the report
below"); a part that carries material of its own, or names no text, keeps what it has.
"""

from __future__ import annotations

import dataclasses
import re

from patterns.lexical import stem
from patterns.material import OWN_TEXT, WORD, split_material, with_material
from patterns.pieces import Piece

SCAN = 300
"""Only this much of a part's instruction is read for the text it names."""
LABEL_WORDS = 3
"""A label is at most this many words before its colon ("Minutes:", "Bug report:", "Meeting notes:")."""

# "my project update", "our survey results", "these minutes", "the report below": a text of the user's, named.
_NAMED_TEXT = re.compile(
    r"\b(?:(?:my|our)\s+(?:[a-z'-]+\s+){0,2}(?:update|updates|feedback|reviews|comments|results|findings|log|"
    r"write-?up|summary|survey|minutes|notes)"
    r"|(?:this|these|the\s+following)\b|\bbelow\b)",
    re.IGNORECASE,
)
_LABEL_OPENING = re.compile(r"((?:[A-Za-z][\w'-]*\s+){0,2}[A-Za-z][\w'-]*)\s*:\s+")
_LABEL_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)((?:[A-Za-z][\w'-]*\s+){0,2}[A-Za-z][\w'-]*)\s*:\s*$")


def names_a_text(instruction: str) -> bool:
    """Whether ``instruction`` names a text of the user's that it does not carry ("my project update", "these
    minutes", "the bug report below")."""
    head = instruction[:SCAN]
    return bool(OWN_TEXT.search(head) or _NAMED_TEXT.search(head))


def _bare(piece: Piece) -> bool:
    return (piece.instruction or piece.text) == piece.text


def material_to_its_source(pieces: list[Piece], request: str) -> list[Piece]:
    """``pieces`` with the material of a later part moved to the earlier part it is the text of (see the module
    docstring); other pieces as they are. A part that was only the label ("Bug report: <text>") goes, and code
    inside the labelled text goes to an earlier part that names code ("review the snippet it mentions")."""
    moved: list[Piece | None] = list(pieces)
    for index in range(1, len(moved)):
        piece = moved[index]
        if piece is None:
            continue
        _, material = split_material(piece.text)
        if not material or not piece.instruction or piece.instruction == piece.text:
            continue
        earlier = [p for p in moved[:index] if p is not None]
        target = _source(earlier, piece, material, request)
        if target is None:
            continue
        target = moved.index(earlier[target])
        label = _label_of(material, request) or []
        prose, code = _prose_and_code(material)
        reviewer = _names_code(moved[:index], target) if code else None
        if reviewer is not None:
            moved[reviewer] = _given(moved[reviewer], code)
            material = prose
        moved[target] = _given(moved[target], material)
        only_label = set(WORD.findall(piece.instruction.lower())) <= set(label) | set(_label_words(piece.instruction))
        moved[index] = None if only_label else dataclasses.replace(piece, text=piece.instruction)
    return [p for p in moved if p is not None]


def _given(piece: Piece | None, material: str) -> Piece:
    assert piece is not None
    own = piece.instruction or piece.text
    return dataclasses.replace(piece, text=with_material(own, material), instruction=own)


_CODE_BLOCK = re.compile(r"```.*?(?:```|$)", re.DOTALL)
_CODE_NOUNS = frozenset("code snippet function script query program method class".split())


def _prose_and_code(material: str) -> tuple[str, str]:
    """The material's prose and its code blocks, each stripped ("" when it has none of one)."""
    code = "\n".join(m.group(0).strip() for m in _CODE_BLOCK.finditer(material))
    return _CODE_BLOCK.sub(" ", material).strip(), code


def _names_code(pieces: list[Piece | None], besides: int) -> int | None:
    """The earlier part (not ``besides``) that names code and carries none, or ``None``."""
    for index, piece in enumerate(pieces):
        if index != besides and piece is not None and _bare(piece):
            if _CODE_NOUNS & set(WORD.findall(piece.text[:SCAN].lower())):
                return index
    return None


def _label_words(instruction: str) -> list[str]:
    return WORD.findall(instruction.lower()) if len(instruction.split()) <= LABEL_WORDS else []


def _source(before: list[Piece], piece: Piece, material: str, request: str) -> int | None:
    """The earlier part ``material`` is the text of, or ``None``: the part just before, when ``piece`` works on
    its result; else the part whose instruction has the material's label among its words."""
    last = len(before) - 1
    if piece.needs_previous and _bare(before[last]) and names_a_text(before[last].text):
        return last
    label = _label_of(material, request)
    if label is None:
        return None
    wanted = {stem(w) for w in label}
    for index, earlier in enumerate(before):
        words = {stem(w) for w in WORD.findall(earlier.text[:SCAN].lower())}
        if _bare(earlier) and names_a_text(earlier.text) and wanted <= words:
            return index
    return None


def _label_of(material: str, request: str) -> list[str] | None:
    """The words of the label that introduces ``material`` in ``request`` ("Minutes: ..." -> ["minutes"]), or
    ``None`` when it follows no short label of its own."""
    opening = _LABEL_OPENING.match(material)  # "Meeting notes: ...": a label that names material stays with it
    if opening is not None:
        words = WORD.findall(opening.group(1).lower())
        return words if len(words) <= LABEL_WORDS else None
    start = request.find(material[:60])
    if start <= 0:
        return None
    found = _LABEL_BEFORE.search(request[max(0, start - 60) : start])
    if found is None:
        return None
    words = WORD.findall(found.group(1).lower())
    return words if 0 < len(words) <= LABEL_WORDS else None


__all__ = ["material_to_its_source", "names_a_text"]
