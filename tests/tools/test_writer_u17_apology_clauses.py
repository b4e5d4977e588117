"""An apology says what it is for as a thing ("I'm sorry for the delay"); a clause run into it ("I'm sorry for the
new florist is Petal & Stem and the price stays the same") says nothing: the news is said after the apology instead
("Please accept my apologies. The new date is 4 June and the venue stays the same.")."""

from __future__ import annotations

import pytest
from conftest import drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Please draft an apology email to Hannah and Luis telling them the new florist is Petal & Stem and the "
            "price stays the same.",
            "Please accept my apologies. The new florist is Petal & Stem and the price stays the same.",
        ),
        (
            "Write an apology to the Patels telling them the new date is 4 June and the venue stays the same.",
            "Please accept my apologies. The new date is 4 June and the venue stays the same.",
        ),
    ],
)
async def test_an_apology_with_news_says_the_news_after_it(request_text: str, said: str) -> None:
    text = await drafted(request_text)
    assert said in text and "sorry for the new" not in text


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write an apology email to our customers for the delay to orders placed on 3 May.",
            "I'm sorry for the delay to orders placed on 3 May.",
        ),
        ("Write an apology to Sam for missing his party on Saturday.", "I'm sorry for missing your party on Saturday."),
        (
            "Write an apology email to Mrs Khan for the mix-up that has delayed her refund of £40.",
            "I'm sorry for the mix-up that has delayed your refund of £40.",
        ),
    ],
)
async def test_an_apology_for_a_thing_is_still_written(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)
