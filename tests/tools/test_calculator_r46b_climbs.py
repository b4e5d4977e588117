"""The height gained over heights said in the order reached, in new voices; near-misses with a fall on the way,
a rate asked, a part of the way or a figure that is more than when."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("We start at 2,860 m, reach 3,440 m and then 4,410 m. How much altitude do we gain?", 1550),
        ("Trailhead 1,200 ft, the saddle 2,900 ft, summit 4,100 ft - how much do we climb?", 2900),
        ("Day one we sleep at 3,440 m, after 2 more days at 4,410 m; we left from 2,860 m... no wait", None),
        ("Departure at 850 m, the first hut at 1,620 m, the top hut at 2,310 m. What is the total ascent?", 1460),
        ("start lukla 2860 m then namche 3440 m then dingboche 4410 m, total gain from lukla to dingboche?", 1550),
    ],
)
async def test_heights_that_rise_gain_from_first_to_last(request_text: str, result: float | None):
    if result is None:
        await refused(request_text)  # heights said out of order: the first said is not where the climb began
        return
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "We start at 2,860 m, drop to 2,600 m and then reach 4,410 m. How much altitude do we gain?",
        "We start at 2,860 m, reach 3,440 m and then 4,410 m in 3 days. How much altitude do we gain per day?",
        "We start at 2,860 m, reach 3,440 m and then 4,410 m. How much altitude do we gain from Namche to the top?",
        "We start at 2,860 m, reach 3,440 m and then 4,410 m, carrying 12 kg. How much altitude do we gain?",
        "We start at 2,860 m, reach 3,440 m and then 4,410 m. How much do we gain, and how long will it take?",
    ],
)
async def test_a_climb_with_more_to_it_is_declined(request_text: str):
    await refused(request_text)
