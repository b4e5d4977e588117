"""How people open a story: who tells it ("I'm a farmer with a rectangular field ...", 'One of my runners did ...'),
what they are doing ("I'm catering a do for 150 people"), money put 'away' or 'aside', a flat let 'for' its rent.
Each is read past only where it carries nothing a sum could use."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I'm a farmer with a rectangular field 240 m by 165 m. How many hectares is that?", 3.96),
        ("We're a small charity with a rectangular hall 20 m by 12 m. What's its area?", 240),
        ("I'm a keen gardener with a rectangular lawn 12 m by 8 m. How many square metres is that?", 96),
        ("One of my runners did 5 km in 23 minutes 40 seconds. What's her average pace per km?", 284 / 60),
        ("One of our drivers covered 240 miles in 4 hours. What was his average speed?", 60),
        (
            "My recipe serves 8 and uses 1.2 kg of flour. I'm catering a do for 150 people - how much flour do I need?",
            22.5,
        ),
        ("The soup recipe serves 6 with 900 ml of stock. We're throwing a party for 40. How much stock?", 6000),
        ("If I put £5,000 away at 4% a year compounded monthly, what will it be worth after 3 years?", 5636.36),
        ("I put $2,000 aside at 5% simple interest. What will I have after 4 years?", 2400),
        ("I let a flat for £950 a month and the rent is going up by 4.5%. What will the new monthly rent be?", 992.75),
    ],
)
async def test_an_opening_that_carries_nothing_is_read_past(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I'm a farmer with 2 fields, one 240 m by 165 m. How many hectares is that?",
        "One of my friends paid £20 and the bill was £80. How much do the rest owe?",  # friends share bills
        "I'm a farmer with a field 240 m by 165 m and half of it is woodland. How many hectares is that?",
        "My recipe serves 8 and uses 1.2 kg of flour. I'm catering a do for 150 people - how much sugar do I need?",
        "I let a flat for £950 a month and the rent is going up by 4.5%. What will the new rent be per year?",
    ],
)
async def test_an_opening_that_may_carry_something_is_declined(request_text: str):
    await refused(request_text)
