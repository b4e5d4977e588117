"""The researcher's whole-request tool: the passage that answers, or an honest "nothing matched"."""

from __future__ import annotations

import pytest
from conftest import call, cpu_time, error_text

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


async def ask(tmp_path, request: str) -> dict:
    result = await call(create_server(tmp_path), "answer", request=request)
    assert not result.is_error, result.content
    return result.structured_content


@pytest.mark.parametrize(
    ("question", "passage", "note"),
    [
        ("When did the wall in Berlin fall?", "9 November 1989", "berlin-wall.md"),
        ("how high is mount everest", "8,848.86 metres", "mount-everest.md"),
        ("What does jitter add to a retry backoff?", "randomness", "retries-backoff.md"),
        ("Who was behind the design of the Eiffel Tower?", "Gustave Eiffel", "eiffel-tower.md"),
        ("what makes an operation idempotent?", "same effect as doing it once", "idempotency.md"),
        ("Who got Rust started?", "Graydon Hoare", "history-of-rust.md"),
    ],
)
async def test_a_question_is_answered_with_the_passage_that_answers_it(tmp_path, question, passage, note):
    data = await ask(tmp_path, question)
    assert data["kind"] == "answer"
    assert passage in data["citations"][0]["passage"]
    assert data["citations"][0]["source"].endswith(note) and note in data["answer"]
    assert len(data["citations"][0]["passage"].split(". ")) <= 3  # a sentence or two, not the note


async def test_two_questions_about_one_topic_get_both_sentences(tmp_path):
    data = await ask(tmp_path, "Who designed the Eiffel Tower, and when was it finished?")
    assert "Gustave Eiffel" in data["answer"] and "March 1889" in data["answer"]


@pytest.mark.parametrize(
    "question",
    [
        "Which airlines fly from Lisbon to Tokyo?",
        "What is the boiling point of mercury?",
        "Who painted The Persistence of Memory?",
    ],
)
async def test_an_off_topic_question_is_declined_with_how_to_add_documents(tmp_path, question):
    message = error_text(await call(create_server(tmp_path), "answer", request=question))
    assert "Nothing in the knowledge base matched" in message and "accord ingest PATH" in message


async def test_a_passage_on_the_topic_that_misses_the_point_is_not_given(tmp_path):
    message = error_text(await call(create_server(tmp_path), "answer", request="What colour is the Eiffel Tower?"))
    assert "The Eiffel Tower" in message and "'colour'" in message


async def test_a_who_question_needs_a_passage_with_a_name(tmp_path):
    server = create_server(tmp_path)
    await call(
        server, "add_document", title="Vell bridge", text="The Vell bridge was opened in 1921 after ten years of work."
    )
    message = error_text(await call(server, "answer", request="Who opened the Vell bridge?"))
    assert "do not say who" in message


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("What's the capital city of Australia?", "Canberra"),
        ("who was the author of Pride and Prejudice", "Jane Austen"),
        ("which painter made the Mona Lisa?", "Leonardo da Vinci"),
        ("how does the TCP three-way handshake work?", "SYN-ACK"),
        ("Who was the first person to walk on the Moon?", "Neil Armstrong"),
    ],
)
async def test_broad_reference_notes_answer_common_questions(tmp_path, question, passage):
    assert passage in (await ask(tmp_path, question))["answer"]


@pytest.mark.parametrize("question", ["What is the capital of Kiribati?", "Who wrote The Hobbit?"])
async def test_a_reference_note_does_not_answer_for_what_it_leaves_out(tmp_path, question):
    assert "Nothing in the knowledge base matched" in error_text(
        await call(create_server(tmp_path), "answer", request=question)
    )


async def test_a_saved_note_answers_the_next_question(tmp_path):
    saved = await ask(tmp_path, "Save this note: Project Kestrel is the codename of our river-level sensor network.")
    assert saved["kind"] == "added"
    data = await ask(tmp_path, "What is Project Kestrel?")
    assert "river-level sensor network" in data["answer"]
    assert data["citations"][0]["doc_id"] == saved["citations"][0]["doc_id"]


async def test_a_stored_document_is_read_by_its_number(tmp_path):
    first = await ask(tmp_path, "Read document 1")
    assert first["kind"] == "document" and first["citations"][0]["passage"].startswith("#")
    assert "no document 999" in error_text(await call(create_server(tmp_path), "answer", request="Read doc 999"))


async def test_a_reading_list_lists_the_documents_on_the_topic(tmp_path):
    data = await ask(tmp_path, "Can you put together a reading list on protocols for agents?")
    titles = [c["title"] for c in data["citations"]]
    assert data["kind"] == "sources" and "The A2A protocol (Agent2Agent)" in titles
    assert "The Model Context Protocol (MCP)" in titles and "Circuit breakers" not in titles


@pytest.mark.parametrize(
    ("request_text", "message"),
    [
        ("Please store my interview notes in the knowledge base", "Send the text to save after a colon"),
        ("what is the", "name the topic"),
        ("", "request is empty"),
        (" ".join(f"topic{n}" for n in range(40)), "reads like a document"),
    ],
)
async def test_requests_it_cannot_work_on_are_declined_with_what_to_send(tmp_path, request_text, message):
    assert message in error_text(await call(create_server(tmp_path), "answer", request=request_text))


@pytest.mark.parametrize(
    "text",
    [
        "What is " * 130_000,
        "Save this note: " + "zebra stripes. " * 13_000,
        ("Why " + "a, " * 600)[:1_999],
        "Read " + "document " * 24_000,
        # runs of spaces and tabs where a phrase may be preceded by a comma and spaces ("..., finally?")
        "x" + " \t" * 990 + "?",
        "Where was he exiled" + " " * 1_950 + ", finally?",
    ],
)
async def test_adversarial_input_is_answered_within_a_second(tmp_path, text):
    server = create_server(tmp_path)
    with cpu_time() as spent:
        await call(server, "answer", request=text)
    assert spent.seconds < 1.0


async def test_how_long_is_answered_by_a_duration_without_a_number(tmp_path):
    # "for months, not seconds" says how long; no digit is needed
    answer = await ask(tmp_path, "how long can a goldfish remember things")
    assert "months" in answer["answer"]
