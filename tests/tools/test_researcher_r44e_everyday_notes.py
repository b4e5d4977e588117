"""Round 44: starter notes on everyday questions a guide, a farmer, a florist, a restaurant manager, a mechanic or a
charter captain is asked, answered in other words than the notes use; an initial ("C.S. Lewis") ends no sentence,
so the talk after such a question is still set apart; and a word that shares only its first syllable with a note's
("motorway", "motorbike") does not count as the same word. Questions the notes do not answer are declined."""

from __future__ import annotations

import pytest
from conftest import call, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who's the author of Dr Jekyll and Mr Hyde? I blanked on it in front of a tour group.", "Stevenson"),
        ("Who wrote Treasure Island?", "Stevenson"),
        ("Who was C. S. Lewis? Putting a poster together for the library.", "Narnia"),
        ("Who was C.S. Lewis? My grandson is reading the wardrobe book and asked me.", "Belfast"),
        ("How come my hydrangea went blue when it used to be pink?", "soil"),
        ("My hydrangeas turned pink this year. Why do hydrangeas change colour?", "aluminium"),
        ("Difference between yum cha and dim sum?", "tea"),
        ("What's pasteurisation for?", "bacteria"),
        ("Why is milk pasteurized?", "bacteria"),
        ("What temperature is milk heated to when it's pasteurised?", "72"),
        ("Why do scooters overheat in a traffic jam?", "air"),
        ("What's the difference between marlin and sailfish?", "dorsal fin"),
        ("Why does Jozi get so many thunderstorms in summer?", "rainy season"),
        ("Why is there so much lightning on the Highveld in summer?", "rainy season"),
    ],
)
async def test_everyday_questions_are_answered_from_the_notes(tmp_path, question: str, said: str) -> None:
    assert said in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    [
        "Who illustrated Dr Jekyll and Mr Hyde?",
        "Who translated the Narnia books into French?",
        "Why do roses change colour?",
        "What is the difference between dim sum and sushi?",
        "What is the difference between a sailfish and a swordfish?",
        "Why does a motorbike engine overheat on the motorway?",
        "Who was C.S. Lewis married to?",
        "Why does Durban get so much rain in summer?",
    ],
)
async def test_what_the_notes_do_not_say_is_declined(tmp_path, question: str) -> None:
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error, result.structured_content


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "What is the difference between dim sum and yum cha? The new waiters keep asking me and I can't put it "
            "in English",
            "tea",
        ),
        ("Why is the sky blue? My daughter asked and I couldn't explain it in French.", "scatter"),
    ],
)
async def test_the_language_the_asker_explains_in_is_no_place(tmp_path, question: str, said: str) -> None:
    assert said in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    [
        "Visiting Paris next week. What is the tallest building?",
        "Working in Lisbon this summer. What is the tallest building there?",
    ],
)
async def test_a_place_the_asker_names_still_narrows_the_question(tmp_path, question: str) -> None:
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error, result.structured_content


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Why does Jozi get so much lightning in summer? Homeowners keep asking about conductors.", "rainy season"),
        ("How many hearts does an octopus have? Kids always ask on the aquarium tour.", "three hearts"),
        ("Why is the sky blue? Visitors often ask on the tour.", "scatter"),
    ],
)
async def test_who_keeps_asking_is_why_the_question_is_asked(tmp_path, question: str, said: str) -> None:
    assert said in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    [
        "Why does Joburg get so much lightning in summer? Also do I need lightning conductors on the new roofs?",
        "Why does Joburg get so much lightning? Clients keep asking, and tell me what a conductor costs too",
        "Why is the sky blue? Visitors often ask how far away the Sun is too.",
    ],
)
async def test_a_second_thing_asked_keeps_the_whole_request(tmp_path, question: str) -> None:
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error, result.structured_content
