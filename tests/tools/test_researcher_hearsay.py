"""A claim of where something is, passed on to be checked ("Someone on a travel forum said the Eiffel Tower is in
Rome - is that right?") is answered with the note that says where it is, so the user sees the place the notes
give. A claim about something the notes never cover is still declined, and other claims are read as before."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server
from servers.tools.researcher.hearsay import place_claimed

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_text", "place"),
    [
        ("Someone on a travel forum said the Eiffel Tower is in Rome - is that right?", "Paris"),
        ("Is it true that the Colosseum is in Athens?", "Rome"),
        ("My friend says the Statue of Liberty is in Boston, right?", "New York"),
        ("I heard the Taj Mahal is in Pakistan. Is that true?", "Agra"),
        ("The Great Barrier Reef is in Australia, isn't it?", "Australia"),
        ("Is the Eiffel Tower in Rome?", "Paris"),
        ("Dad reckons the Statue of Liberty is located in Boston. True?", "New York"),
    ],
)
async def test_a_claimed_place_is_checked_against_the_note_that_says_where_it_is(tmp_path, request_text, place):
    assert place in await researched(tmp_path, request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "Someone said the Leaning Tower of Pisa is in Rome - is that right?",
        "My friend says the Eiffel Tower is 500 metres tall - is that right?",
    ],
)
async def test_a_claim_the_notes_cannot_settle_is_declined(tmp_path, request_text):
    result = await call(create_server(tmp_path), "answer", request=request_text)
    assert result.is_error, result.structured_content
    assert "Nothing in the knowledge base matched" in error_text(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "The Eiffel Tower is in Paris.",  # told, not asked to be checked
        "Where is the Eiffel Tower?",  # already the question
        "Is the meeting in London?",  # not a named thing
        "The meeting is in London, right?",
    ],
)
def test_a_request_that_passes_on_no_claimed_place_is_left_as_it_is(request_text):
    assert place_claimed(request_text) is None
