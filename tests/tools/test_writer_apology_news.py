"""An apology that gives news with it ("an apology email to Hannah and Luis telling them the new florist is Petal &
Stem and the price stays the same") says sorry, then the news as a sentence of its own: "Please accept my
apologies. The new florist is Petal & Stem and the price stays the same." It was declined as "sorry for the new
florist is". What the writer did ("that I missed his party") is what the apology is for ("I'm sorry that I missed
your party."), never "I'm sorry for I missed"; an apology for a thing is still "sorry for" it."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

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
            "Write an apology email to Mrs Shah saying her order will arrive on Monday.",
            "Please accept my apologies. Your order will arrive on Monday.",
        ),
        (
            "Write an apology email to Hannah telling her the cake will be late.",
            "Please accept my apologies. The cake will be late.",
        ),
        (
            "Write an apology to the team explaining that the server was down for two hours.",
            "The server was down for two hours.",
        ),
        (
            "Send an apology to the tenants saying we are closing the car park on Monday.",
            "We are closing the car park on Monday.",
        ),
        ("Write an apology to Sam that I missed his party.", "I'm sorry that I missed your party."),
        ("Write an apology email to Priya saying we lost her booking.", "I'm sorry that we lost your booking."),
        (
            "Write an apology email to the customer for the late delivery, offering a 10% discount.",
            "I'm sorry for the late delivery. We'd like to offer you a 10% discount.",
        ),
        (
            "Write an apology email to Mr Ford for the mix-up, which was my fault.",
            "I'm sorry for the mix-up, which was my fault.",
        ),
    ],
)
async def test_an_apology_says_sorry_and_what_it_gives(request_text: str, said: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    assert said in outcome.text
    assert "sorry for I " not in outcome.text and "sorry for we " not in outcome.text
