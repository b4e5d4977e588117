"""Round 34: a focus met by the text's own words (its sentences that name it, with a note), a focus the text never
names still declined, texts named by who wrote them or by what they are ("their tech spec") summarized, a text asked
shorter in a question summarized, and an ask run into its text with no colon never kept as the summary's first
sentence."""

from __future__ import annotations

import re

import pytest
from conftest import call, error_text, tool_server

pytestmark = pytest.mark.anyio

FAIR = (
    "The spring fair committee met on Wednesday evening. Eight volunteers attended and two new members were "
    "welcomed. The budget for this year's fair is $6,500, up from $5,000 last year. Most of the increase will go to "
    "hiring a sound system and a second food tent. Ticket prices will stay at $5 for adults and free for children. "
    "The next meeting is planned for the first week of April."
)
MEMO = (
    "The car park will be resurfaced from 3 June. Staff should park at the leisure centre until then. The canteen "
    "menu is changing next month. Parking permits will cost £40 a year from July. The fire drill is on Thursday at "
    "10am."
)


async def digest(request: str, text: str):
    return await call(tool_server("summarizer"), "digest", request=f"{request} {text}", text=text)


@pytest.mark.parametrize(
    ("request_text", "text", "summary"),
    [
        (
            "Summarize the following with a focus on the budget:",
            FAIR,
            "The budget for this year's fair is $6,500, up from $5,000 last year. Ticket prices will stay at $5 for "
            "adults and free for children.",
        ),
        (
            "I only care about the money part. Summarize this:",
            FAIR,
            "The budget for this year's fair is $6,500, up from $5,000 last year. Ticket prices will stay at $5 for "
            "adults and free for children.",
        ),
        (
            "Summarise this memo, focusing on parking:",
            MEMO,
            "The car park will be resurfaced from 3 June. Staff should park at the leisure centre until then. "
            "Parking permits will cost £40 a year from July.",
        ),
        ("Summarize this with a focus on the costs:", MEMO, "Parking permits will cost £40 a year from July."),
        ("Summarize this memo focusing on the canteen:", MEMO, "The canteen menu is changing next month."),
    ],
)
async def test_a_focus_the_text_names_is_met_by_its_sentences(request_text: str, text: str, summary: str) -> None:
    result = await digest(request_text, text)
    assert result.structured_content["summary"] == summary and "whole and in order" in result.structured_content["note"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Summarize this with a focus on the risks:",
        "Give me a summary of this, especially the dates:",  # (dates are said by their values, not the word)
        "Summarize this with a focus on parking in 2 sentences:",
        "Summarize this with a focus on parking, as a table:",
        "Summarize this review, focusing on what the customer disliked:",
        "Can you make this letter from the council funnier?",
        "What did my landlord write?",
    ],
)
async def test_a_focus_or_ask_an_extract_cannot_meet_is_declined(request_text: str) -> None:
    assert (await digest(request_text, MEMO)).is_error


@pytest.mark.parametrize(
    "request_text",
    [
        "Can you make this letter from the council shorter for me?",
        "Could you make this notice from our landlord a bit shorter?",
        "Can you make the email from my boss more concise?",
        "Can you sum up what my daughter's teacher wrote?",
        "Could you sum up what our coach said?",
        "Summarise what the landlord sent, please:",
        "Could you pull out the key points from their tech spec?",
        "Summarize the spec sheet from the supplier:",
    ],
)
async def test_a_text_named_by_who_wrote_it_or_what_it_is_is_summarized(request_text: str) -> None:
    result = await digest(request_text, MEMO)
    assert not result.is_error, error_text(result)
    content = result.structured_content
    said = content["points"] or re.split(r"(?<=\.) ", content["summary"] or "")
    assert said and all(sentence in MEMO for sentence in said)


async def test_an_ask_run_into_its_text_is_never_its_first_sentence() -> None:
    text = f"Summarise what the landlord sent, please {MEMO}"
    result = await call(tool_server("summarizer"), "digest", request=text, text=text)
    assert result.is_error and "instruction from the text" in error_text(result)
