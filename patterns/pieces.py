"""A piece: one part of a request as ``patterns.clauses`` cuts it, and what it asks of the parts before it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Piece:
    """A part of a request.

    ``text`` is what its worker receives (with its material); ``instruction`` the same without the material
    (what to match against workers); ``sequenced``: a sequencer put it after the piece before; ``uses_result``:
    it refers to an earlier result; ``continues``: it goes on about the piece before ("and proofread it");
    ``apart``: the request set it apart ("Also, ...", "Separately, ...", an item of a list).
    """

    text: str
    sequenced: bool = False
    uses_result: bool = False
    instruction: str = ""
    continues: bool = False
    apart: bool = False

    @property
    def needs_previous(self) -> bool:
        """Whether the request asks for the previous piece's result to be handed to this one."""
        return self.sequenced or self.uses_result
