"""Paraphrases of a conversion asked in another unit that ends on who it is for ('in cm for his buddies back
home'), and near-misses where the tail counts people, names a system of measures or changes the amount."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Client caught a 42 inch mahi today, he's from Germany and wants it in cm for his buddies back home", 106.68),
        ("The bride wants the arch 7 feet wide, can you give it in cm for the florist?", 213.36),
        ("Vet paperwork says the dog is 32 kg, what's that in pounds for her new groomer", 70.55),
        ("Our guest landed a 30 lb tuna and asked for it in kg for his friends over there.", 13.61),
        ("she ran 10 miles today, put it in km for her running club", 16.09),
    ],
)
async def test_a_conversion_with_who_it_is_for(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Client caught a 42 inch mahi today and wants it in cm for his 3 buddies",
        "Client caught a 42 inch mahi today and wants it in cm for each of his buddies",
        "Client caught a 42 inch mahi today and wants it in cm for the round trip",
        "Client caught a 42 inch mahi today and wants it in cm for both fish",
        "My dog weighs 32 kg, what's that in pounds for the American vet",
        "Tickets are £12 each. How much for the kids?",
        "The tank is 40 gallons, what's that in litres for the German owner",
        "Client caught a 42 inch mahi today and wants it in cm for his buddies plus the tail",
    ],
)
async def test_a_tail_that_could_change_the_answer_is_declined(request_text: str):
    await refused(request_text)
