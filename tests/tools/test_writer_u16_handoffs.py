"""What later steps of a plan hand the writer: a two-line note to a named reader (its greeting is a line), a value
named with what it includes ("the total including VAT" over "3680 in total"), and a fact check's verdict (the
supported claim is the fact; a claim found unverified or contradicted is none)."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio

CHECKED = (
    'Supported (confidence 0.95): the passage gives the same figure (1666). "The Great Fire of London began in the '
    'early hours of 2 September 1666 in a bakery on Pudding Lane." (The Great Fire of London; accord starter corpus)\n'
    "verdict: supported\nconfidence: 0.95\nclaim: The Great Fire of London happened in 1666\nevidence:\n"
    "  - passage: The Great Fire of London began in the early hours of 2 September 1666.\n    stance: supports"
)
UNSETTLED = (
    "Unverified: the notes on the Great Fire of London do not settle it.\nverdict: unverified\nconfidence: 0.2\n"
    "claim: The Great Fire of London happened in 1766"
)


@pytest.mark.parametrize(
    ("request_text", "lines"),
    [
        (
            "Write a two-line note to Sam saying the deposit has been paid.",
            ["Hello Sam,", "The deposit has been paid."],
        ),
        (
            "Write a two-line message to Priya saying the keys are at reception.",
            ["Hello Priya,", "The keys are at reception."],
        ),
        (
            "write a 2 line note for Mr Ahmed saying his parcel has arrived",
            ["Hello Mr Ahmed,", "Your parcel has arrived."],
        ),
        (
            "Write a two-line note to Omar: the van is booked for Friday.",
            ["Hello Omar,", "The van is booked for Friday."],
        ),
    ],
)
async def test_a_two_line_note_to_a_named_reader_opens_on_its_greeting(request_text: str, lines: list[str]) -> None:
    text = await drafted(request_text)
    assert [line.strip() for line in text.splitlines() if line.strip()] == lines, text


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a two-line message to my landlord saying the rent has been paid.",
        "Write a three-line note to Sam saying the deposit has been paid.",
    ],
)
async def test_lines_a_greeting_and_the_facts_cannot_make_are_declined(request_text: str) -> None:
    said = await declined_by_writer(request_text)
    assert "line" in said and "won't pad" in said


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Draft a WhatsApp message to the client with the total including VAT:\n\n3680 in total\nresult: 3680",
            "The total including VAT is 3680.",
        ),
        ("Write an email to Sam with the total:\n\n£52.00 in total", "The total is £52.00."),
        ("write a sign with the price before the discount:\n\n$80.00", "The price before the discount is $80.00."),
        ("Send a text to Jo with the price including delivery:\n\n£64.50", "the price including delivery is £64.50."),
    ],
)
async def test_a_value_named_with_what_it_includes_is_said_so(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    "instruction",
    [
        "Write a fun-fact post about it for the museum's Facebook page",
        "Write a tweet about it",
        "then write a short post for our history club sharing it",
    ],
)
async def test_a_supported_claim_is_the_fact_a_post_says(instruction: str) -> None:
    text = await drafted(f"{instruction}:\n\n{CHECKED}")
    assert "The Great Fire of London happened in 1666." in text
    assert "Supported" not in text and "confidence" not in text


async def test_a_claim_the_check_did_not_support_is_no_fact_to_write() -> None:
    said = await declined_by_writer(f"Write a fun-fact post about it for the museum's Facebook page:\n\n{UNSETTLED}")
    assert "no fact to write" in said


async def test_a_range_of_lines_is_met_by_fewer() -> None:
    text = await drafted("Write a two or three line post for the noticeboard: the coffee morning is on Thursday at 10.")
    assert "coffee morning is on Thursday at 10" in text


VERDICT_ONLY = (
    'Supported (confidence 0.95): the passage gives the same figure (1666). "The Great Fire of London began in the '
    'early hours of 2 September 1666 in a bakery on Pudding Lane, and burned for about four days." (The Great Fire '
    "of London; accord starter corpus: great-fire-of-london.md)"
)


@pytest.mark.parametrize(
    "instruction",
    ["Then write a fun-fact post about it for the museum's Facebook page", "Write a tweet about it"],
)
async def test_a_verdict_handed_on_alone_gives_its_quoted_passage_as_the_fact(instruction: str) -> None:
    text = await drafted(f"{instruction}:\n\n{VERDICT_ONLY}")
    assert "The Great Fire of London began in the early hours of 2 September 1666" in text
    assert "Supported" not in text and "confidence" not in text


async def test_an_unverified_verdict_handed_on_alone_is_no_fact() -> None:
    said = await declined_by_writer(
        "Write a tweet about it:\n\n"
        "Unverified (confidence 0.20): the notes on the Great Fire of London do not settle it."
    )
    assert "no fact to write" in said
