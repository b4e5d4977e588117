"""A summary keeps the sentence the text is about: a detail sentence that says one word twice ("rate limits ...
before changing any limits") does not outrank the opening point by its own repetition. Material too short to
shorten is still declined."""

from __future__ import annotations

import pytest
from conftest import call

from servers.tools.summarizer import create_server

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "point"),
    [
        (
            "tldr of my notes: We went through the spring roadmap and agreed the checkout rebuild comes "
            "first. Dana owns the rebuild and will bring wireframes on the 9th. Reporting moves to summer because "
            "the analysts are stretched. Li raised worries about the payment fees, and we agreed to ask the bank "
            "about fees before changing any fees. We meet again on Monday.",
            "checkout rebuild",
        ),
        (
            "Summarise these notes: The board approved the new library extension as the main project for next "
            "year. Sam will lead the extension and send plans by March. The car park resurfacing waits until "
            "autumn because the budget is tight. Jo asked about the heating costs, and we agreed to compare "
            "heating quotes before switching heating suppliers. The next meeting is in a month.",
            "library extension",
        ),
        (
            "Can you give me the gist: The club agreed that the junior football league is the priority this "
            "season. Ahmed will run the league and book pitches by Friday. The new kit order is delayed because "
            "the supplier is short of stock. Pat raised the cost of the floodlights, and we agreed to check the "
            "meter before cutting floodlight hours or floodlight use. Next meeting in two weeks.",
            "junior football league",
        ),
        (
            "Short summary please: The team decided the warehouse move is the top priority for the quarter. "
            "Grace will own the move and share a floor plan by the 20th. The website refresh slips to next "
            "quarter because two designers left. Omar flagged the courier delays, and we agreed to track every "
            "delay before changing courier or delay policy. The next check-in is Thursday.",
            "warehouse move",
        ),
    ],
)
async def test_the_opening_point_outranks_a_detail_that_repeats_a_word(request_text, point):
    answer = (await call(create_server(), "summarize", text=request_text)).structured_content
    assert point in answer["summary"], answer["summary"]


@pytest.mark.parametrize(
    "request_text",
    [
        "tldr of our meeting notes pls",
        "Summarise this: The next sync is in two weeks.",
    ],
)
async def test_material_too_short_to_shorten_is_still_declined(request_text):
    result = await call(create_server(), "summarize", text=request_text)
    assert result.is_error
