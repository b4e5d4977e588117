"""Round 38: comparisons, trials and reviews that end in a recommendation or a decision ("We have decided to lease
the Winterhalter", "So we're going with email", "My verdict is the Glide") keep it in their summary; texts that
decide nothing ("Conversion went up by 4 percent") keep their best sentences."""

from __future__ import annotations

import pytest
from conftest import call_as_asked, tool_server

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

DECIDED = [
    (
        "Summarise this: The kitchen staff trialled three dishwashers over a month. One leaked within a week and "
        "went back. The Hobart model was quiet but needed a special detergent. The Winterhalter cleaned faster and "
        "used less water. We have decided to lease the Winterhalter from April.",
        "We have decided to lease the Winterhalter",
    ),
    (
        "summarize: The committee looked at five venues for the gala dinner. Two were too small for 200 guests. The "
        "Grand was available but expensive. Millbrook Hall had parking and an in-house caterer. Our recommendation "
        "is Millbrook Hall for the 14 June date.",
        "Our recommendation is Millbrook Hall",
    ),
    (
        "Brief summary please: Over the summer we piloted two reading schemes in Year 3. The Phonix scheme was "
        "popular with pupils but hard to track. ReadRight had clearer progress reports and teachers liked the "
        "workbooks. Overall, we'd recommend ReadRight for all Key Stage 1 classes next year.",
        "we'd recommend ReadRight",
    ),
    (
        "tl;dr: We ran three ad campaigns in May. The video ad reached the most people. The search ads had the lowest "
        "cost per click. The email campaign brought in the most sales per pound spent. So we're going with email "
        "for the autumn launch.",
        "going with email",
    ),
    (
        "summarise: The council reviewed bids from four contractors for the bridge repair. Two bids arrived late. "
        "Castell quoted lowest but had no bridge experience. Dunmore had done similar work on the A49. I recommend "
        "awarding the contract to Dunmore.",
        "I recommend awarding the contract to Dunmore",
    ),
    (
        "Summarize this review: I tried four running shoes over three months. The Strider felt great but wore out "
        "fast. The Pacer was heavy. The Glide held up best and stayed comfortable on long runs. My verdict is the "
        "Glide, despite the price.",
        "My verdict is the Glide",
    ),
]


@pytest.mark.parametrize(("request_text", "kept"), DECIDED)
async def test_the_decision_is_kept(request_text: str, kept: str) -> None:
    result = await call_as_asked(tool_server("summarizer"), "summarize", request_text)
    assert result is not None and not result.is_error, result
    assert kept in result.structured_content["summary"]


async def test_a_text_that_decides_nothing_keeps_its_lead() -> None:
    result = await call_as_asked(
        tool_server("summarizer"),
        "summarize",
        "summarise: We tested the new checkout page for two weeks. Conversion went up by 4 percent. Page load time "
        "fell slightly. Customers left fewer items in their baskets.",
    )
    assert result is not None and not result.is_error, result
    summary = result.structured_content["summary"]
    assert summary.startswith("We tested the new checkout page") and "Customers left" not in summary


SPENT_ON = [
    (
        "Summarise: The quiz night made €860. Forty-two teams took part. The pub gave us the room for free. All "
        "proceeds will be spent on the new minibus.",
        "the new minibus",
    ),
    (
        "summarise this: Our sponsored walk raised $4,100. Thirty walkers finished the full route. The weather held "
        "until the last mile. The funds are going to the children's hospice.",
        "children's hospice",
    ),
    (
        "summarise please: The bake sale took £312 on Saturday. The brownies sold out first. Two parents ran the "
        "till. The takings will pay for the Year 6 trip.",
        "Year 6 trip",
    ),
]


@pytest.mark.parametrize(("request_text", "kept"), SPENT_ON)
async def test_what_the_money_goes_to_is_kept(request_text: str, kept: str) -> None:
    result = await call_as_asked(tool_server("summarizer"), "summarize", request_text)
    assert result is not None and not result.is_error, result
    assert kept in result.structured_content["summary"]


async def test_a_fundraiser_that_spends_on_nothing_keeps_its_first_sentences() -> None:
    result = await call_as_asked(
        tool_server("summarizer"),
        "summarize",
        "summarise: The jumble sale raised £540. Most of the clothes sold. Leftovers went to the charity shop. Next "
        "sale is in May.",
    )
    assert result is not None and not result.is_error, result
    assert result.structured_content["summary"].startswith("The jumble sale raised £540. Most of the clothes sold.")
