"""The asker's situation told after the question ("Revising for my biology GCSE.", "Teaching it to year 5
tomorrow."), and "it" standing for the thing a told claim is about ("My daughter swears the capital of Australia
is Sydney. ... What is it?"): answered as the question alone, never from the guess the claim makes."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server
from servers.tools.researcher.situation import situated

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What does DNA actually stand for? Revising for my biology GCSE.", "deoxyribonucleic"),
        ("Can you explain what photosynthesis is, in simple terms? Teaching it to year 5 tomorrow.", "sunlight"),
        ("Who painted the Mona Lisa? Visiting the Louvre next week.", "Leonardo"),
        ("When did the Berlin Wall fall? Doing my history homework tonight.", "1989"),
        ("How many bones are in the adult human body? My son asked me at dinner and I had no idea.", "206"),
        ("What is the chemical symbol for gold? Need it for the pub quiz tonight.", "Au"),
        ("What is the largest planet in the solar system? Our class is making a poster about it tomorrow.", "Jupiter"),
        ("Who wrote Pride and Prejudice? Studying it for my English exam on Monday.", "Austen"),
        ("How fast does light travel? Just helping my kid with her physics homework.", "299,792,458"),
        ("When was the Eiffel Tower finished? Going there in May!", "1889"),
        ("What is the capital of Canada? Off to Toronto next month.", "Ottawa"),
        ("How many moons does Mars have? Kid's homework, due tomorrow.", "two"),
    ],
)
async def test_a_situation_after_the_question_is_why_they_ask(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)


@pytest.mark.parametrize(
    ("question", "expected", "guess"),
    [
        ("My daughter swears the capital of Australia is Sydney. I'm sure it isn't. What is it?", "Canberra", None),
        ("My friend says the capital of Canada is Toronto. What is it really?", "Ottawa", None),
        ("My husband insists the tallest mountain in the world is K2. What is it actually?", "Everest", "K2"),
        ("My son reckons the largest ocean is the Atlantic. Which is it?", "Pacific", "Atlantic"),
        ("My dad thinks the longest river in the world is the Amazon. I'm not sure. What is it?", "Nile", "Amazon"),
        ("My teacher claims the Mona Lisa was painted by Michelangelo. Who painted it?", "Leonardo", "Michelangelo"),
        ("I keep forgetting the chemical symbol for gold. What is it again?", "Au", None),
        ("We were arguing about the boiling point of water at sea level. What is it in Celsius?", "100", None),
        ("I always forget the chemical symbol for gold. What's that again?", "Au", None),
        ("Our teacher mentioned the speed of sound today. What is it?", "343", None),
        ("My nephew is obsessed with the Titanic. When did it sink?", "1912", None),
    ],
)
async def test_it_stands_for_what_the_told_claim_is_about(tmp_path, question, expected, guess):
    said = await researched(tmp_path, question)
    assert expected in said
    if guess is not None:
        assert not said.startswith(guess)


@pytest.mark.parametrize(
    ("request_", "question"),
    [
        (
            "My daughter swears the capital of Australia is Sydney. I'm sure it isn't. What is it?",
            "What is the capital of Australia?",
        ),
        (
            "Watching a documentary about the Great Wall of China tonight. How long is it?",
            "How long is the Great Wall of China?",
        ),
        (
            "I always forget the chemical symbol for gold. What's that again?",
            "What's the chemical symbol for gold again?",
        ),
    ],
)
def test_the_thing_told_replaces_the_pointer_in_the_question(request_, question):
    found = situated(request_)
    assert found is not None
    assert found.question == question


@pytest.mark.parametrize(
    "question",
    [
        # two claims: "it" could be either capital
        "My friends say the capital of France is Lyon and the capital of Spain is Barcelona. What is it?",
        # who is right judges the claim: nothing to look up on its own
        "My daughter swears the capital of Australia is Sydney. Who is right?",
        # the question is about the weather of the asker's plans
        "Will it rain? Visiting London tomorrow.",
        # "it" points at nothing the situation names
        "Who painted it? Visiting the Louvre next week.",
    ],
)
async def test_a_question_that_cannot_stand_alone_is_declined(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error
    assert error_text(result)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the boiling point of water?", "100 degrees Celsius"),
        ("what temperature does water boil at in celsius", "100 degrees Celsius"),
        ("What's the freezing point of water in Fahrenheit?", "32 degrees Fahrenheit"),
    ],
)
async def test_a_boiling_point_is_the_one_at_sea_level(tmp_path, question, expected):
    said = await researched(tmp_path, question)
    assert said.startswith("Pure water")
    assert expected in said
