"""A stay counted by the night with a meal or a daily extra priced once ('Two nights at £95 plus breakfast at
£12.50'): each morning, each guest, or once? Declined. Near the line, answered: the extra said per night or once,
or a fee that is a single charge."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "request_text",
    [
        "How much do I charge the couple in room 2? Two nights at £95 plus breakfast at £12.50.",
        "Two nights at £95 plus breakfast at £12.50. What's the bill?",
        "guest stayed 3 nights @ $140, plus parking $18. total?",
        "What do we owe the lodge? Four nights at A$210 and dinner at A$45.",
        "Room for 5 nights at €88 with breakfast at €11, how much altogether?",
    ],
)
async def test_an_extra_priced_once_beside_a_stay_by_the_night_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("3 nights at $120 a night plus parking at $15 a night. Total?", 405),
        ("Two nights at £95 plus a £20 cleaning fee. Total?", 210),
        ("Two nights at £95 and dinner on the first night at £40. Total?", 230),
        ("Bought breakfast at £12.50 and lunch at £9. What did I spend?", 21.50),
    ],
)
async def test_an_extra_whose_times_are_said_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)
