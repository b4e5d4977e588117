"""The writer composing from a result handed over by an earlier step: the form, its occasion, the result whole."""

from __future__ import annotations

import pytest
from conftest import call, error_text

from servers.tools.writer import create_server

pytestmark = pytest.mark.anyio


async def draft(request: str) -> str:
    result = await call(create_server(), "draft", request=request)
    assert not result.is_error, result.content
    return result.structured_content["draft"]


async def declined(request: str) -> str:
    return error_text(await call(create_server(), "draft", request=request))


@pytest.mark.parametrize(
    ("request_text", "line"),
    [
        ("Use the result in a one-line caption for our charity bake-off post:\n\n312", "Our charity bake-off: 312."),
        ("Put that number on a one-line sign for the car boot sale:\n\n£4.50", "Car boot sale: £4.50."),
        ("Turn the result into a one-line sign for the cake stall:\n\n£2 a slice", "Cake stall: £2 a slice."),
        (
            "Use the answer in a one-line tweet about our beach clean-up:\n\n47 bags",
            "Our beach clean-up: 47 bags.",
        ),
    ],
)
async def test_a_result_used_in_a_short_form_is_said_for_its_occasion(request_text, line):
    assert await draft(request_text) == line


async def test_a_result_named_by_the_instruction_is_said_as_that():
    text = await draft("Write a one-line clearance sign using the new price:\n\n$18.40")
    assert text == "Clearance: the new price is $18.40."
    assert "sign" not in text.lower()


async def test_an_alert_keeps_its_kind_and_drops_where_it_is_posted():
    text = await draft("Write a one-line frost warning for the allotment group chat using that number:\n\n-3 °C")
    assert text == "Frost warning: -3 °C."


async def test_a_caption_about_an_occasion_leads_with_it():
    text = await draft("Write a one-line Instagram caption about my first half marathon:\n\n21.0975 kilometers")
    assert text == "My first half marathon: 21.0975 kilometers."


async def test_a_sentence_handed_over_is_said_whole():
    text = await draft("Use this in a one-line banner for the spring fair:\n\nEntry is free for under-12s")
    assert text == "Spring fair: entry is free for under-12s."


async def test_a_reader_described_by_a_who_clause_is_greeted_and_told_the_fact():
    request = "Write a note for Priya, who runs the stockroom, saying that is the number of boxes we need:\n\n36"
    text = await draft(request)
    assert "Hello Priya," in text and "The number of boxes we need is 36." in text
    assert "stockroom" not in text and "saying" not in text


async def test_a_group_described_by_a_who_clause_is_greeted():
    text = await draft(
        "Send a quick message to the volunteers, who have been sorting donations all day, saying that is how many "
        "parcels went out:\n\n212"
    )
    assert "Hello volunteers," in text and "212" in text and "sorting donations" not in text


async def test_a_sentence_for_a_group_says_what_it_was_told_to_say():
    assert await draft("Write one sentence for the squad saying how long the warm-up lasts:\n\n25 minutes") == (
        "The warm-up lasts 25 minutes."
    )


async def test_a_count_said_in_the_content_is_not_taken_for_the_instruction():
    assert await draft("Write a sentence for the parents saying how many children signed up:\n\n58") == (
        "58 children signed up."
    )


async def test_a_thank_you_text_names_its_reader_and_the_amount():
    text = await draft("Write a short thank-you text to our dog walker Sam with the amount:\n\n$84.00")
    assert text == "Thank you so much, Sam! The amount is $84.00."


async def test_a_one_line_note_is_a_line_not_a_letter():
    assert await draft("Write a one-line sales note using the new price:\n\n€29.99") == (
        "Sales: the new price is €29.99."
    )


@pytest.mark.parametrize(
    ("request_text", "reason"),
    [
        ("Write a note for Ben, who handles payroll, saying that is the bonus pool", "a value you did not give"),
        ("Write a sentence for the team saying how long the training session runs", "a value you did not give"),
        ("Write a one-line heat alert for the town website", "is a topic, not content"),
        ("Write a one-line Instagram caption about finishing my first marathon", "is a topic, not content"),
        ("Write a haiku for our bake sale post using that number:\n\n81", "needs a model"),
    ],
)
async def test_a_request_with_no_result_or_a_verse_form_is_declined(request_text, reason):
    assert reason in await declined(request_text)


async def test_another_agents_verdict_is_not_pasted_as_a_caption_label():
    result = await call(
        create_server(), "draft", request="Write a one-line caption for a photo of the ship:\n\nSupported: it sank."
    )
    assert "Photo of the ship: supported" not in str(result.content)
