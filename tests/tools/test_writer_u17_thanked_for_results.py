"""Thanks for what the helpers achieved together, told first: "Our charity quiz night raised $3,120 for the food
bank. Would you write a thank-you post for our volunteers?" thanks the volunteers, by name of group, and says the
result (it was declined as a topic). A statement of the writer's own, or a result with one named reader who is not
a group of helpers, is still no reason given for thanks. A post with no greeting names the group it thanks."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Our charity quiz night raised $3,120 for the food bank. Would you write a thank-you post for our "
            "volunteers?",
            ["Thank you so much to our volunteers!", "Our charity quiz night raised $3,120 for the food bank."],
        ),
        (
            "We collected 40 bags of litter on Saturday. Can you write a thank-you email to everyone who helped?",
            ["Thank you to everyone who helped.", "We collected 40 bags of litter on Saturday."],
        ),
        (
            "The bake sale raised £640 for the school roof. Please write a thank-you post for the parents.",
            ["Thank you so much to the parents!", "The bake sale raised £640 for the school roof."],
        ),
        (
            "Our team cleared 3 tonnes of rubbish from the canal. Write a thank-you message to the volunteers.",
            ["Hello volunteers,", "Our team cleared 3 tonnes of rubbish from the canal."],
        ),
        (
            "Together we planted 250 trees in Mill Park. Could you write a thank-you post for our supporters?",
            ["Thank you so much to our supporters!", "Together we planted 250 trees in Mill Park."],
        ),
        (
            "Write a thank-you post for our volunteers: the fete raised £900.",
            ["Thank you so much to our volunteers!", "The fete raised £900."],
        ),
    ],
)
async def test_helpers_are_thanked_for_what_they_achieved(request_text: str, said: list[str]) -> None:
    text = await drafted(request_text)
    assert all(part in text for part in said), text


async def test_a_welcome_to_a_group_is_no_welcome_to_a_place() -> None:
    text = await drafted("Write a welcome post for new members: the club meets on Tuesdays at 7pm.")
    assert "Welcome to new members" not in text


@pytest.mark.parametrize(
    "request_text",
    [
        "I have an interview tomorrow. Write a thank-you note for my mum.",
        "Our quiz night raised £500. Write a thank-you card for Dave.",
    ],
)
async def test_thanks_with_no_reason_of_the_readers_is_declined(request_text: str) -> None:
    await declined_by_writer(request_text)
