"""Requests in the families behind the tenth held-out set's writer misses that were answered wrong: a request that
names only a topic, followed by a sentence saying how the text should feel ("Something funny and heartfelt."), and
a text announcing an event named with no when or where ("a post announcing our farm open day"). Each is declined
with a request for the points to include, never answered with its own topic; the near misses, which give facts,
are still written."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio

_TOPIC = "is a topic, not content"


# -- a sentence saying only how the text should feel ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "topic"),
    [
        ("Could you write a speech for my retirement do? Something warm but not too soppy.", "my retirement do"),
        ("Write a toast for my sister's wedding. Something short and moving.", "my sister's wedding"),
        (
            "Can you do a speech for our golden anniversary party? Something witty, heartfelt and memorable.",
            "our golden anniversary party",
        ),
        (
            "Please write the speech for my mum's 60th birthday lunch. Something a bit cheeky, please.",
            "my mum's 60th birthday lunch",
        ),
    ],
)
async def test_a_topic_with_only_how_it_should_feel_is_declined(request_text: str, topic: str) -> None:
    reason = await declined_by_writer(request_text)
    assert f"'{topic}' {_TOPIC}" in reason


async def test_how_it_should_feel_beside_facts_is_not_written_into_the_text() -> None:
    text = await drafted("Can you write a thank-you note to Sam for the flowers he sent? Something short and sweet.")
    assert (
        text == "Subject: Thank you\n\nHello Sam,\n\nThank you for the flowers you sent.\n\nBest regards,\n[Your name]"
    )


async def test_a_text_message_with_a_fact_keeps_it_and_drops_the_manner() -> None:
    text = await drafted("Write a text to my neighbour Jo saying the parcel is in my porch. Something friendly.")
    assert text == "Jo, the parcel is in my porch."


async def test_a_sentence_where_something_happened_is_still_a_fact() -> None:
    text = await drafted("Write an apology to the guests. Something broke in the kitchen and dinner is late.")
    assert "Something broke in the kitchen and dinner is late." in text


# -- an event announced with no when or where -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "event"),
    [
        ("Announce the school fete", "the school fete"),
        ("Draft a notice announcing the summer barbecue.", "the summer barbecue"),
        ("Can you write an email announcing our charity quiz night to the parents?", "our charity quiz night"),
        ("pls write a facebook post announcing the village bonfire night", "the village bonfire night"),
    ],
)
async def test_an_event_announced_without_when_or_where_is_declined(request_text: str, event: str) -> None:
    reason = await declined_by_writer(request_text)
    assert f"'{event}" in reason and _TOPIC in reason


async def test_an_announced_event_with_its_date_and_place_is_written() -> None:
    text = await drafted("Write a notice announcing the jumble sale on Saturday 3 May at the church hall")
    assert text == "Announcement\n\nThe jumble sale is on Saturday 3 May at the church hall."


async def test_news_about_the_event_is_a_fact_to_announce() -> None:
    text = await drafted("write a post announcing that our farm open day is cancelled")
    assert text == "Our farm open day is cancelled."


async def test_an_announced_event_with_details_after_a_colon_is_written() -> None:
    text = await drafted("Draft a post announcing the fun run: Sunday 9 March, 10am start at Victoria Park, £5 entry.")
    assert text == "The fun run. Sunday 9 March, 10am start at Victoria Park, £5 entry."


async def test_a_clause_ending_in_an_event_for_some_readers_is_a_fact() -> None:
    text = await drafted("Write an email to the team saying there will be no greeting party for the new starters.")
    assert "There will be no greeting party for the new starters." in text


@pytest.mark.parametrize(
    ("request_text", "event"),
    [
        ("Email the team a reminder about the quiz.", "the quiz"),
        ("Draft a reminder about the school fete.", "the school fete"),
        ("Write a note reminding the parents about sports day.", "sports day"),
        ("Send the choir a reminder about the carol concert.", "the carol concert"),
    ],
)
async def test_a_reminder_of_an_event_with_no_when_or_where_is_declined(request_text: str, event: str) -> None:
    reason = await declined_by_writer(request_text)
    assert event in reason and _TOPIC in reason


async def test_a_reminder_of_an_event_with_its_time_and_place_is_written() -> None:
    text = await drafted("Write an email reminding everyone about the quiz night on Friday at 8pm in the hall.")
    assert "A reminder: the quiz night on Friday at 8pm in the hall." in text


@pytest.mark.parametrize(
    ("request_text", "thing"),
    [
        ("Write a tweet announcing our new website.", "our new website"),
        ("Write a post announcing our new opening hours.", "our new opening hours"),
        ("Draft an email announcing the spring menu.", "the spring menu"),
        ("pls write a facebook post announcing our new puppy class", "our new puppy class"),
    ],
)
async def test_a_thing_announced_with_nothing_said_of_it_is_declined(request_text: str, thing: str) -> None:
    assert f"'{thing}' {_TOPIC}" in await declined_by_writer(request_text)


async def test_a_thing_announced_with_what_is_said_of_it_is_written() -> None:
    assert await drafted("Write a post announcing that our new website is live.") == "Our new website is live."
