"""Facts told as sentences after the instruction are the text's content: a fact that opens with a noun made of a
verb ("Check-in from 2pm", "Sign-up closes Friday") is no order; orders of what to say among the facts ("Thank them
for giving up their Saturday") are said to the reader in their place; a post "about" a thing with its facts after
commas keeps every one; and a text to several people ("to the Hendersons saying their boat's ready") speaks to them
("Hi Hendersons, your boat's ready"). Near-misses: a real order to the writer among the facts, a question, an order
the writer cannot say, a clause that names someone else before "their", and a post with no fact."""

from __future__ import annotations

import pytest

from agents.models import LocalModel
from agents.runtime import Agent
from agents.spec import builtin_spec
from servers.tools.writer import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


async def write(request: str):
    async with Agent(builtin_spec("writer"), LocalModel(), local_servers={"writer": create_server()}) as agent:
        return await agent.run(request)


@pytest.mark.parametrize(
    ("request_text", "facts"),
    [
        (
            "Write a welcome message for the chalet group chat. Check-in from 4pm, check-out by 10am. Ski hire "
            "opens at 8 in the basement.",
            ["Check-in from 4pm", "check-out by 10am", "basement"],
        ),
        (
            "Put together a notice for the climbing wall. Sign-up for the junior club closes Friday. Sessions are "
            "Tuesdays at 5pm.",
            ["Sign-up for the junior club closes Friday", "Tuesdays at 5pm"],
        ),
        (
            "write a short text for the campsite guests. check-out is by 11am. drop-off for recycling is by the gate.",
            ["11am", "recycling"],
        ),
    ],
)
async def test_a_fact_opening_with_a_noun_made_of_a_verb_is_content(request_text: str, facts: list[str]):
    result = await write(request_text)
    assert result.status == "completed", result.text
    for fact in facts:
        assert fact.lower() in result.text.lower()


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a message to the volunteers. The fete raised £2,300. The tombola did best. Thank them for giving "
            "up their Saturday.",
            ["£2,300", "Thank you for giving up your Saturday"],
        ),
        (
            "Write a short note for the night porter. The lift is out of order until Thursday. Remind him to check "
            "the fire doors at midnight.",
            ["out of order until Thursday", "Please remember to check the fire doors at midnight"],
        ),
        (
            "Write a card for my neighbour Greta. She fed the cat all week. Thank her for her help.",
            ["You fed the cat all week", "Thank you for your help"],
        ),
    ],
)
async def test_orders_among_the_facts_are_said_to_the_reader(request_text: str, said: list[str]):
    result = await write(request_text)
    assert result.status == "completed", result.text
    for words in said:
        assert words in result.text
    assert "Thank them" not in result.text and "Thank her" not in result.text


@pytest.mark.parametrize(
    "request_text",
    [
        # an order to the writer, not of what to say
        "Write a message to the volunteers. The fete raised £2,300. Keep it under fifty words please. Thank them.",
        # a question among the facts
        "Write a message to the volunteers. The fete raised £2,300. Should I thank them for giving up their Saturday?",
    ],
)
async def test_facts_with_an_ask_of_the_writer_are_not_read_as_content(request_text: str):
    result = await write(request_text)
    declined = result.status != "completed"
    assert declined or ("Keep it under" not in result.text and "Should I" not in result.text), result.text


@pytest.mark.parametrize(
    ("request_text", "facts"),
    [
        (
            "Write a short Instagram post for the farm shop about our new season lamb, £14 a kilo, boxes from Saturday",
            ["new season lamb", "£14 a kilo", "boxes from Saturday"],
        ),
        (
            "Draft a tweet about our summer sale, 20% off everything, ends Sunday",
            ["summer sale", "20% off everything", "ends Sunday"],
        ),
        (
            "Write a notice about the car park, closed Saturday for resurfacing, reopens Monday 7am",
            ["car park", "closed Saturday for resurfacing", "reopens Monday 7am"],
        ),
    ],
)
async def test_a_post_about_a_thing_keeps_its_jotted_facts(request_text: str, facts: list[str]):
    result = await write(request_text)
    assert result.status == "completed", result.text
    for fact in facts:
        assert fact.lower() in result.text.lower()


async def test_a_post_about_a_thing_with_no_fact_is_declined():
    result = await write("Write a post about our bakery, keep it short")
    assert result.status != "completed", result.text


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        ("Write a short text to the Hendersons saying their boat's ready to collect from 10am tomorrow",
         "Hi Hendersons, your boat's ready to collect from 10am tomorrow"),
        ("text the Murphys that their table is booked for 8pm", "Hi Murphys, your table is booked for 8pm"),
        ("can you send a quick text to the O'Neills saying they can pick up the keys after 3",
         "Hi O'Neills, you can pick up the keys after 3"),
        ("Draft an email to the Patels saying their room is ready from 3pm", "Your room is ready from 3pm"),
    ],
)  # fmt: skip
async def test_a_text_to_a_household_speaks_to_them(request_text: str, said: str):
    result = await write(request_text)
    assert result.status == "completed", result.text
    assert said in result.text
    assert "Their " not in result.text and " their " not in result.text


async def test_their_after_someone_else_is_named_stays_theirs():
    result = await write("Write a short text to the Hendersons saying the Browns have booked their boat for Friday")
    assert "your boat" not in result.text.lower()


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            'Can you make this sound more professional? It goes to the estate manager. "the pump on the top dam is '
            'stuffed again, somebody needs to look at it before Friday"',
            "The pump on the top dam is broken again",
        ),
        ("make this professional: the ute's cactus again, needs a new clutch before harvest", "The ute's broken again"),
    ],
)
async def test_slang_for_broken_is_said_plainly_in_a_professional_rewrite(request_text: str, said: str):
    result = await write(request_text)
    assert result.status == "completed", result.text
    assert said in result.text


async def test_stuffed_food_is_no_broken_thing():
    result = await write("Make this more professional: we had stuffed peppers at the staff lunch, they were great")
    assert "broken" not in result.text


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a reply to a guest review. She complained about the lift being out of order all weekend. The lift "
            "was repaired on Monday. Thank her for staying with us.",
            ["You complained about the lift", "repaired on Monday", "Thank you for staying with us"],
        ),
        (
            "Draft a response to a customer's review. He said the breakfast ran out early. We now serve breakfast "
            "until 11. Thank him for the feedback.",
            ["breakfast ran out early", "until 11", "Thank you for the feedback"],
        ),
    ],
)
async def test_a_reply_told_as_facts_with_what_to_say_is_written_from_them(request_text: str, said: list[str]):
    result = await write(request_text)
    assert result.status == "completed", result.text
    for words in said:
        assert words in result.text
    assert "Thank her" not in result.text and "Thank him" not in result.text


@pytest.mark.parametrize(
    "request_text",
    [
        # their review itself, with no word of the asker's: nothing to say back offline
        "Write a reply to this review. The food was cold. The waiter was rude.",
        # an order the writer cannot say ("Explain our new policy": which policy is not given)
        "Write a reply to a guest review. She complained about noise from the bar. Explain our new policy.",
    ],
)
async def test_a_reply_with_no_points_of_the_askers_is_declined(request_text: str):
    result = await write(request_text)
    assert result.status != "completed", result.text
