"""An amount for so many people (or bars, or pax), asked for another number of them, told inside a story: the
figures are read by what they count, and the amount scales with the count. Anything that could change the sum (a
time, some of the people, another thing asked) is declined rather than scaled."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("my wife's waakye for 10 people uses 1.5 kg rice. for the naming ceremony we expect 45 people. how many "
         "kg rice she need?", 6.75),
        ("my recipe is 70 g seaweed powder for 8 bars. for 30 bars how many grams of powder?", 262.5),
        ("Cook's karimeen fry recipe for 4 pax uses 600 g fish. For 14 pax what quantity of fish in grams?", 2100),
        ("Nan's chutney for 6 jars takes 2 kg of plums. I'm making 15 jars. How many kg of plums?", 5),
        ("soup for 12 guests needs 3 litres of stock. for 20 guests how much stock in ml?", 5000),
    ],
)  # fmt: skip
async def test_the_amount_scales_with_the_count_wanted(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "recipe for 4 people uses 600 g fish. 2 people are vegetarian. how much fish?",  # some of them, not wanted
        "recipe for 4 people uses 600 g fish. For 14 people how many eggs?",  # another thing asked
        "recipe for 4 people uses 600 g fish each day. For 14 people how many grams of fish?",  # a time in it
        "recipe for 4 people uses 600 g fish. For 14 people how many grams of fish are left?",
        "soup for 12 guests needs 3 litres of stock. for 20 guests how many minutes?",  # another kind of unit
    ],
)
async def test_anything_that_could_change_the_sum_is_declined(request_text: str):
    await refused(request_text)
