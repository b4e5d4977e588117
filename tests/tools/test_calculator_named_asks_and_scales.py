"""Two asks the calculator answered by half: a request that names what it asks for ('Total of $125,000 and
$86,500') and then asks another thing (', and what is the GST on it?') was answered with the total alone; a figure
asked in a scale ('What is 2,500,000 in millions?') was answered in full, a million times too big. Both are
declined now, saying which part it cannot give."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "request_text",
    [
        "Total of $125,000 and $86,500, and what is the GST on it?",
        "Sum of our two invoices, R4,500 and R2,750, and how much VAT is in that?",
        "Please, total of £40 and £25, and what's the deposit?",
        "The total of 1,200 kg and 850 kg, and what is the lorry's limit?",
    ],
)
async def test_a_named_ask_with_another_question_after_it_is_declined(request_text: str):
    await refused(request_text)


async def test_the_decline_says_what_else_was_asked():
    assert "'what is the GST on it …' beside the total" in await refused(
        "Total of $125,000 and $86,500, and what is the GST on it?"
    )


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Total of $125,000 and $86,500?", 211500),
        ("Total of $125,000 and $86,500, what is it?", 211500),
        ("Total of £40 and £25, how much?", 65),
        ("Sum of 4, 5 and 6, and what is the average?", 15),  # both are said
        ("The average of 12, 15 and 18, and what is the highest?", 15),
    ],
)
async def test_a_named_ask_alone_or_with_both_answered_is_answered(request_text: str, result: int):
    assert (await solved(request_text))["result"] == result


@pytest.mark.parametrize(
    "request_text",
    [
        "What is 2,500,000 in millions?",
        "How much is 4.5 million in thousands?",
        "Total of ₹1,25,000 and ₹86,500 in lakhs?",
        "Our turnover was 3,20,00,000 rupees and costs 1,10,00,000 rupees. Profit in crores?",
    ],
)
async def test_a_figure_asked_in_a_scale_is_declined(request_text: str):
    await refused(request_text)


async def test_a_scale_said_of_the_givens_is_not_asked():
    answer = await solved("Whats the median of these house prices in thousands: 245, 310, 198, 420, 275, 260?")
    assert answer["result"] == 267.5
