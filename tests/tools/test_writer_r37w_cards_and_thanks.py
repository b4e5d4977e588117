"""Round 37: cards put on show (menu, place, recipe, business cards) greet no one and keep what was given; thanks for
two things fill a thank-you of two or three sentences with the user's own words; a card's "her" that is the reader
herself is said as "you"."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        (
            "Menu card for Sunday: roast chicken, the vegetarian option is a leek and cheese pie, and apple crumble "
            "with custard for pudding.",
            ["leek and cheese pie", "apple crumble"],
        ),
        (
            "Write a menu card for Sunday: roast chicken, a leek and cheese pie, and apple crumble with custard.",
            ["leek and cheese pie"],
        ),
        (
            "Can you do a menu card for our quiz night: chilli con carne, a veggie chilli and rice, and brownies.",
            ["Chilli con carne", "brownies"],
        ),
        ("Write a place card for table 4: the Patel family.", ["Patel family"]),
        ("Write a recipe card for flapjacks: 200g oats, 100g butter, 100g syrup.", ["200g oats", "100g syrup"]),
        ("Write a business card for my dog walking company: Happy Tails, 07700 900123.", ["07700 900123"]),
    ],
)
async def test_a_card_on_show_greets_no_one(request_text: str, kept: list[str]):
    outcome = await writer_outcome(request_text)
    text = outcome.text or ""
    assert outcome.status == "completed", text
    assert all(fact in text for fact in kept), text
    assert "Dear " not in text and "Hello " not in text


@pytest.mark.parametrize(
    ("request_text", "sentences"),
    [
        (
            "Write a 3-sentence thank-you to our accompanist Marion for playing at the spring concert and for "
            "staying late to help stack the chairs.",
            ["Thank you for playing at the spring concert.", "Thank you also for staying late"],
        ),
        (
            "Two-sentence thank-you note to Dev for covering my shift on Saturday and for feeding the cat.",
            ["Thank you for covering my shift on Saturday.", "Thank you also for feeding the cat."],
        ),
        (
            "Write a thank-you card in 3 sentences for our neighbours Tom and Jo for watering the plants and for "
            "taking in our parcels.",
            ["Thank you for watering the plants.", "Thank you also for taking in our parcels."],
        ),
        (
            "3 sentence thank you email to the caretaker for fixing the heating so quickly and for clearing the "
            "gutters.",
            ["Thank you for fixing the heating so quickly.", "Thank you also for clearing the gutters."],
        ),
        (
            "Write a 2-sentence thank-you to the PTA for organising the fair and for running the raffle.",
            ["Thank you for organising the fair.", "Thank you also for running the raffle."],
        ),
    ],
)
async def test_thanks_for_two_things_are_two_sentences(request_text: str, sentences: list[str]):
    outcome = await writer_outcome(request_text)
    text = outcome.text or ""
    assert outcome.status == "completed", text
    assert all(sentence in text for sentence in sentences), text


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        ("Write a birthday card for my nan: she turns 90 on Friday and we love her lots.", "we love you lots"),
        ("Write a card for my sister: she starts her new job on Monday and we wish her all the best.", "wish you all"),
        ("Write a leaving card for Amy: she has been with us for 6 years and we will miss her so much.", "miss you so"),
    ],
)
async def test_her_meaning_the_reader_is_you(request_text: str, said: str):
    outcome = await writer_outcome(request_text)
    text = outcome.text or ""
    assert said in text and "your lots" not in text and "your all" not in text and "your so" not in text, text
