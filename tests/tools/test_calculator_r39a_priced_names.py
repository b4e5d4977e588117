"""A thing named by its price and a few plain words ('the £8.50 brunch plate?', 'our £24 gift hamper?') closing the
question is the thing at that price; near-misses name a second thing, a count, or a word said again elsewhere."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Members get 20% off. What's the member price of the £12.50 roast dinner?", 10),
        ("Students get 10% off. Whats the student price of our £24 gift hamper?", 21.6),
        ("Members get 5% off. What's the member price of the £60 garden bench?", 57),
    ],
)
async def test_a_thing_named_by_its_price_at_the_question_end(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Nurses get 20% off. What's the nurse price of the £12.50 Sunday roast and the £4 dessert?",
        "Nurses get 20% off. What's the nurse price of the £12.50 Sunday roast for 3 of us?",
        "Nurses get 20% off on Sunday. What's the nurse price of the £12.50 Sunday roast?",
        "Nurses get 20% off. What's the nurse price of the £12.50 roast with the extra gravy?",
    ],
)
async def test_a_second_thing_or_a_count_beside_the_priced_one_is_declined(request_text: str):
    await refused(request_text)
