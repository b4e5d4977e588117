"""Quick general-knowledge questions the starter notes answer (inventions, firsts, records, landmarks, the body,
animals, myths), the near misses they must still decline, and claims the fact checker judges on the same notes."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched, verdict

from servers.tools.researcher import create_server
from servers.tools.researcher.starter import starter_notes

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who invented the telephone?", "Alexander Graham Bell"),
        ("Who discovered penicillin?", "Alexander Fleming"),
        ("Who was the first woman in space?", "Valentina Tereshkova"),
        ("What is the deepest lake in the world?", "Baikal"),
        ("Where is the Great Barrier Reef?", "Queensland"),
        ("who was the first man in space", "Yuri Gagarin"),
        ("who invented the airplane?", "Wright"),
        ("which scientist discovered x-rays", "Röntgen"),
        ("who got to the south pole first", "Amundsen"),
        ("largest island in the world", "Greenland"),
        ("whats the smallest country in the world", "Vatican City"),
        ("highest waterfall on earth", "Angel Falls"),
        ("where is the taj mahal", "Agra"),
        ("who designed the statue of liberty", "Bartholdi"),
        ("how many teeth do adults have", "32"),
        ("how many legs do spiders have", "eight"),
        ("who wrote on the origin of species", "Darwin"),
        ("what is the coldest temperature ever recorded on earth", "89.2"),
    ],
)
async def test_quick_questions_are_answered_from_the_notes(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)


async def test_a_superlative_ranked_by_a_measure_says_the_measure(tmp_path):
    # the largest lake by area is not the largest by volume: the answer says which it is
    answer = await researched(tmp_path, "biggest lake in the world?")
    assert "Caspian Sea" in answer and "by area" in answer


async def test_the_second_highest_does_not_answer_the_highest(tmp_path):
    assert "Everest" in await researched(tmp_path, "What is the highest mountain in the world?")
    assert "K2" in await researched(tmp_path / "2", "what's the second tallest mountain in the world")


async def test_who_discovered_radioactivity_is_not_who_named_it(tmp_path):
    answer = await researched(tmp_path, "who discovered radioactivity")
    assert "Becquerel" in answer and "Marie Curie" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "who was the first dog to go into space?",  # Laika was the first animal in orbit, not the first dog up
        "Who was the first person to reach the North Pole?",
        "what is the highest waterfall in Africa?",
        "what is the smallest country in Africa?",
        "how deep is Lake Superior?",
        "who invented the telescope?",
    ],
)
async def test_what_the_notes_leave_out_is_declined(tmp_path, question):
    message = error_text(await call(create_server(tmp_path), "answer", request=question))
    assert "Nothing in the knowledge base matched" in message


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Yuri Gagarin was the first man in space", "supported"),
        ("fact check: Lake Baikal is the deepest lake in the world", "supported"),
        ("my son says spiders are insects. is he right?", "contradicted"),
        ("Is it true that swallowed gum stays in your stomach for seven years?", "contradicted"),
        ("Penicillin was discovered by Louis Pasteur", "contradicted"),
        ("Humans evolved from chimpanzees, true or false?", "contradicted"),
        ("James Watt invented the steam engine", "contradicted"),
        ("The Statue of Liberty was a gift from France", "supported"),
        # a place the notes do not name for it is not contradicted by the one they do
        ("The Great Barrier Reef is off the coast of Brazil", "unverified"),
    ],
)
async def test_claims_are_judged_on_the_new_notes(tmp_path, request_text, expected):
    assert await verdict(tmp_path, request_text) == expected


def test_every_starter_note_has_a_title_and_short_paragraphs():
    for title, text, source in starter_notes():
        assert text.startswith("# "), source
        paragraphs = [p for p in text.split("\n\n")[1:] if p.strip()]
        assert 1 <= len(paragraphs) <= 6 and title, source
