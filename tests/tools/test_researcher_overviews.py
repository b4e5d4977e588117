"""Asked what the notes say about a topic ("Find what the knowledge base says about photosynthesis"), the
researcher gives the opening passage of the note on it, several sentences, not one: a summarizer or writer after
it needs material. A topic no note is about is still declined, and so is what the notes cannot know."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server
from servers.tools.researcher.overviews import opening, overview_topic
from servers.tools.summarizer.sentences import split_sentences

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_", "opening_words"),
    [
        ("Find what the knowledge base says about photosynthesis", "Photosynthesis is the process"),
        ("What do your notes say about volcanoes?", "A volcano is an opening"),
        ("What does the knowledge base have on the Titanic?", "The RMS Titanic"),
        ("Tell me everything you know about bats", "Bats are not blind"),
        ("Can you look up what the notes say about the Battle of Hastings?", "The Battle of Hastings took place"),
    ],
)
async def test_what_the_notes_say_about_a_topic_is_the_opening_of_its_note(tmp_path, request_, opening_words):
    answer = await researched(tmp_path, request_)
    assert answer.startswith(opening_words), answer
    passage = answer.split("\n\nSource:")[0]
    assert len(split_sentences(passage)) >= 3, passage


@pytest.mark.parametrize(
    "request_",
    [
        "What do you know about quantum chromodynamics?",
        "What does the knowledge base say about the price of Bitcoin today?",
    ],
)
async def test_a_topic_no_note_covers_or_the_notes_cannot_know_is_declined(tmp_path, request_):
    result = await call(create_server(tmp_path), "answer", request=request_)
    assert result.is_error, result.structured_content
    assert error_text(result)


def test_only_a_request_for_what_the_notes_say_names_a_topic():
    assert overview_topic("What does the knowledge base say about photosynthesis?") == "photosynthesis"
    assert overview_topic("What is photosynthesis?") is None
    assert overview_topic("What do the notes say about it?") is None  # "it" names no topic


def test_the_opening_keeps_whole_paragraphs_until_it_has_several_sentences():
    note = "# T\n\nOne sentence here.\n\nTwo more. And three.\n\nFour is left out."
    assert opening(note) == "One sentence here.\n\nTwo more. And three."
