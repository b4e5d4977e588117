"""Paraphrases of a price per unit of area, a bundle named by the count it holds, and fuel economy told with who
drove and when; near-misses that add a charge, a second amount or no price decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The Victorian semi is on at £420,000 and it's 1,400 square feet. What's the price per square foot?", 300),
        ("£420,000 for 1,400 sq ft. What's the price per sq ft?", 300),
        ("A 1,400 square foot house costs £420,000. What's the price per square foot?", 300),
        ("The flat is 70 square metres and costs £210,000. What is the price per square metre?", 3000),
        ("Carpet costs £300 for 20 square metres. What's the price per square metre?", 15),
        ("The flat is 70 m² and costs £210,000. What is the price per square foot?", 278.71),
        ("A 10-class pass at my studio is €135. What's that per class?", 13.5),
        ("A 12-visit card costs £54. How much per visit?", 4.5),
        ("A 5-session block is $200. What's the price per session?", 40),
        ("One of my artics did 412 miles on 78 gallons of diesel this week. What's the mpg?", 5.2821),
        ("My lorry did 412 miles on 78 gallons of diesel. What's the mpg?", 5.2821),
        ("The van did 350 km on 40 litres of diesel yesterday. What's the fuel economy in km per litre?", 8.75),
    ],
)
async def test_the_rate_is_worked_out(request_text: str, expected: float):
    assert (await solved(request_text))["result"] == pytest.approx(expected, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "The flat is 70 square metres and costs £210,000 plus 2% fees. What is the price per square metre?",
        "The flat is 70 square metres. What is the price per square metre?",
        "My truck did 412 miles this week. How much fuel will I need?",
    ],
)
async def test_a_rate_with_something_missing_or_added_declines(request_text: str):
    await refused(request_text)
