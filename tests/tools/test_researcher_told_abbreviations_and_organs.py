"""What an abbreviation stands for, asked inside a request ("Would you look up what DNA stands for?", "find out
what GPS is short for"), is the same question as "What does DNA stand for?"; and the notes say which organ makes
insulin and who wrote Jane Eyre. A pronoun or an abbreviation no note spells out is still not answered."""

from __future__ import annotations

import pytest
from conftest import call, error_text

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


async def ask(tmp_path, request: str):
    return await call(create_server(tmp_path), "answer", request=request)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Would you look up what DNA stands for?", "deoxyribonucleic acid"),
        ("can you find out what GPS is short for", "Global Positioning System"),
        ("I need to know what the acronym GDP stands for", "Gross domestic product"),
        ("pls look up what HTTP stands for", "Hypertext Transfer Protocol"),
        ("Tell me what SMTP stands for", "Simple Mail Transfer Protocol"),
        ("Do you know what the ISS actually stands for?", "International Space Station"),
    ],
)
async def test_what_an_abbreviation_stands_for_told_inside_a_request(tmp_path, request_text, expected):
    result = await ask(tmp_path, request_text)
    assert not result.is_error, result.content
    assert expected in result.structured_content["answer"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Which organ makes insulin?", "pancreas"),
        ("which organ in the body makes insulin", "pancreas"),
        ("Which organ makes bile?", "liver"),
        ("Look up who wrote Jane Eyre", "Charlotte Brontë"),
        ("Who is the author of Jane Eyre?", "Charlotte Brontë"),
        ("who wrote wuthering heights?", "Emily Brontë"),
    ],
)
async def test_the_notes_say_which_organ_does_what_and_who_wrote_the_brontes_books(tmp_path, request_text, expected):
    result = await ask(tmp_path, request_text)
    assert not result.is_error, result.content
    assert expected in result.structured_content["answer"]


@pytest.mark.parametrize(
    "request_text",
    ["Find out what XQZ stands for", "Would you look up what the acronym PLMB stands for?"],
)
async def test_an_abbreviation_no_note_spells_out_is_not_answered(tmp_path, request_text):
    result = await ask(tmp_path, request_text)
    assert result.is_error and "Nothing in the knowledge base" in error_text(result)
