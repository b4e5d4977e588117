""" "Why is <thing> <quality>?" is answered only by a cause said of that quality, in the clause that names it; a
sentence that gives a cause of something else and names the quality in another clause ("the Caspian Sea is a
lake, because it is enclosed by land, and its water is salty") does not say why, and is declined."""

from __future__ import annotations

import pytest
from conftest import call, error_text

from servers.tools.researcher import create_server
from servers.tools.researcher.causes import quality_asked

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]

NOTES = {
    "Lake Tarn": "Lake Tarn is a reservoir, because a dam was built across the valley in 1950, and its water is cold.",
    "The Orbell Tower": "The Orbell Tower is leaning, though it was closed to visitors because of a fire in 1990.",
    "Brenna Bay": "Brenna Bay is famous for its harbour; the town grew because of the wool trade.",
    "The Kesh river": "The Kesh river is brown - the old mill on it closed because the river flooded twice.",
    "Marrow Hill": "Marrow Hill is green, but the quarry beside it was abandoned because the stone cracked.",
    "Castle Dunmere": "Castle Dunmere is ruined, while its chapel survived because it was built of granite.",
    "Lake Orin": "Lake Orin is cold because it is fed by meltwater from the glacier above it.",
    "Ashwell": "Because the town sits above a chalk spring, Ashwell tap water is hard.",
    "Tarn beck": "Miners dug iron ore above it for centuries, and that is why Tarn beck is orange.",
    "The Selby lagoon": "The Selby lagoon is salty due to evaporation in the long summers.",
}


async def _server(tmp_path):
    server = create_server(tmp_path)
    for title, text in NOTES.items():
        added = await call(server, "add_document", title=title, text=text)
        assert not added.is_error
    return server


@pytest.mark.parametrize(
    "question",
    [
        "Why is Lake Tarn cold?",
        "Why is the Orbell Tower leaning?",
        "why is Brenna Bay famous",
        "Why is the Kesh river brown?",
        "Why is Marrow Hill green?",
        "why is Castle Dunmere ruined?",
    ],
)
async def test_a_cause_of_something_else_beside_the_quality_is_declined(tmp_path, question):
    result = await call(await _server(tmp_path), "answer", request=question)
    assert "Nothing in the knowledge base" in error_text(result)


@pytest.mark.parametrize(
    ("question", "cause"),
    [
        ("Why is Lake Orin cold?", "meltwater"),
        ("why is Ashwell tap water hard?", "chalk spring"),
        ("Why is Tarn beck orange?", "iron ore"),
        ("Why is the Selby lagoon salty?", "evaporation"),
    ],
)
async def test_a_cause_said_of_the_quality_answers(tmp_path, question, cause):
    result = await call(await _server(tmp_path), "answer", request=question)
    assert not result.is_error, error_text(result)
    assert cause in result.structured_content["answer"]


@pytest.mark.parametrize(
    ("question", "quality"),
    [
        ("Why is the sea salty?", "salty"),
        ("why are flamingos pink", "pink"),
        ("Why is Pluto not a planet anymore?", ""),  # says when, not what
        ("Why do cats purr?", ""),  # a deed, read by any cause as before
        ("Why is it?", ""),
    ],
)
def test_the_quality_a_why_question_asks_about(question, quality):
    assert quality_asked(question) == quality
