"""Which part of a thing a name is given to ("Which part of the cell is called its powerhouse?") is answered by the
sentence that calls it so ("mitochondria, often called the powerhouses of the cell"): "part" asks for the part,
which the note names, never the word itself (it was 'nothing matched ... part'). Asked without the name ("Which
part of the body makes insulin?", "which bit of the cell holds the DNA?", which was answered with "DNA holds the
instructions"), or of a name no note gives, the question is still declined."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    "question",
    [
        "which part of the cell is called its powerhouse",
        "Which part of the cell is called the powerhouse?",
        "What part of a cell is called the powerhouse of the cell",
        "which bit of a cell is called its powerhouse",
        "My son asked which part of the cell is called the powerhouse and I blanked.",
        "Can you find out which part of the cell is called its powerhouse",
    ],
)
async def test_the_part_a_name_is_given_to_is_answered(tmp_path, question):
    assert "mitochondria, often called the powerhouses" in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    [
        "Which part of the body makes insulin?",  # the diabetes note says the body makes it: no part named
        "which part of the cell is called the control centre?",
        "which bit of the cell holds the DNA?",  # "bit" asks for a part, as "part" does: the note names none
    ],
)
async def test_a_part_no_note_names_is_still_declined(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error and "Nothing in the knowledge base" in error_text(result)
