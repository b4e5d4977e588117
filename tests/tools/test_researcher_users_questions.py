"""General-knowledge questions as users ask them: the passage that answers, or an honest decline."""

from __future__ import annotations

import pytest
from conftest import call, error_text

from servers.tools.researcher import create_server
from servers.tools.researcher.scope import beyond_notes

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


async def ask(tmp_path, question: str) -> dict:
    result = await call(create_server(tmp_path), "answer", request=question)
    assert not result.is_error, result.content
    return result.structured_content


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what year did the french revolution begin", "1789"),
        ("which planet is the biggest one in our solar system", "Jupiter"),
        ("what is the tallest mountain in Africa?", "Kilimanjaro"),
        ("how long is an IPv6 address compared with IPv4?", "128"),
        ("Are bats really blind?", "not blind"),
        ("do antibiotics work on a cold or the flu?", "viruses"),
        ("when did the second world war end", "1945"),
        ("Who came up with the printing press in Europe?", "Gutenberg"),
        # the asker's own curiosity is no key word a note must say
        ("I wonder who painted the Mona Lisa", "Leonardo"),
        ("wondering when the Titanic sank", "1912"),
        # a verb of motion the note says another way, and letters spelled out as "the Name, or ABBR,"
        ("How fast does sound move through air?", "343"),
        ("what does DNS stand for", "Domain Name System"),
        # a war of two names, and a number that is a width or a height, not a length
        ("When did World War I start?", "1914"),
        ("In what year did World War II end?", "1945"),
        # a soft verb is not the subject, a date may be BC, and "located" adds nothing a note must say
        ("Who discovered penicillin?", "Fleming"),
        ("When was the Great Pyramid built?", "2560 BC"),
        ("Where is the Great Barrier Reef located?", "Queensland"),
    ],
)
async def test_questions_are_answered_from_the_starter_notes(tmp_path, question, expected):
    data = await ask(tmp_path, question)
    assert expected in data["answer"], data["answer"]


@pytest.mark.parametrize(
    "question",
    [
        "how many people are aboard the International Space Station at this moment?",
        "how much is one share of Tesla trading at right now?",
        "will it snow in Chicago on Christmas day this year?",
        "who is going to win best picture at next year's Oscars?",
        "what's my dentist's phone number",
    ],
)
async def test_questions_about_now_the_future_or_the_user_are_declined(tmp_path, question):
    message = error_text(await call(create_server(tmp_path), "answer", request=question))
    assert "cannot tell" in message


@pytest.mark.parametrize(
    "question",
    ["How does the International Space Station stay in orbit?", "Why does the weather change with the seasons?"],
)
def test_questions_about_lasting_facts_are_in_scope(question):
    assert beyond_notes(question) is None


async def test_a_topic_named_in_passing_does_not_answer_when(tmp_path):
    # The note names the Exposition only as the occasion; it does not say when the Exposition began.
    await call(
        create_server(tmp_path),
        "add_document",
        title="The Quillon Bridge",
        text="The Quillon Bridge was finished in 1907 for the centenary of the Vell Exposition.",
    )
    message = error_text(await call(create_server(tmp_path), "answer", request="When did the Vell Exposition begin?"))
    assert "Nothing in the knowledge base" in message


async def test_a_sentence_about_one_thing_a_title_names_is_not_about_the_other(tmp_path):
    await call(
        create_server(tmp_path),
        "add_document",
        title="Zorb and Quib engines",
        text="A Zorb engine weighs 40 kilograms. Both engines are painted green.",
    )
    message = error_text(await call(create_server(tmp_path), "answer", request="How much does a Quib engine weigh?"))
    assert "Nothing in the knowledge base" in message


async def test_a_passage_that_names_another_place_in_the_order_does_not_answer(tmp_path):
    # the notes say who was first, and that Apollo 17 was the last mission: neither names the last person
    message = error_text(await call(create_server(tmp_path), "answer", request="Who was the last person on the Moon?"))
    assert "Nothing in the knowledge base matched" in message
    data = await ask(tmp_path, "Who was the first person to walk on the Moon?")
    assert "Armstrong" in data["answer"]


async def test_a_height_or_a_width_is_not_how_long_a_thing_is(tmp_path):
    # the note on the wall seen from orbit says "400 kilometres up" and "10 metres wide", never its length
    message = error_text(await call(create_server(tmp_path), "answer", request="How long is the Great Wall of China?"))
    assert "Nothing in the knowledge base matched" in message
