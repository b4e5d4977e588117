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
        # the stuff in more than one word
        ("1.5 cups coconut milk feeds 6 people. For 50 people how many cups of coconut milk?", 12.5),
        # a dish serves people; the count wanted named by the occasion, or told alone for a day
        ("My oka (raw fish in coconut) serves 6 with 900 g fish. For a feast of 45 people, how many grams of fish?",
         6750),
        ("Camp cook uses 500 g of maize meal for 4 people. Tomorrow we have 22 people. How many kg of maize meal?",
         2.75),
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
        "1.5 cups coconut milk feeds 6 people. For 50 people how many cups of rice?",  # another stuff
        "Recipe uses 600 g rice for 6 people. Today 2 people are away. How many grams of rice?",
        "Recipe uses 600 g rice for 6 people. Tomorrow we have 2 people vegetarian. How many grams of rice?",
        "Oka serves 6 with 900 g fish. For the 45 extra people, how many grams of fish?",
        "my recipe is 70 g seaweed powder for 8 bars. for 30 bars how many gram powder, sugar?",  # a second stuff?
    ],
)
async def test_anything_that_could_change_the_sum_is_declined(request_text: str):
    await refused(request_text)
