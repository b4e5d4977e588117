"""Money as it is written around the world: space thousands beside the Namibian dollar and the rand ('N$ 2 400',
'R1 265'), won after a figure ('1,284,000 won'), three decimals of the Tunisian dinar ('18.500 DT' is 18 dinars
500 millimes, but '40.000 KWD' stays open), and the currency after the figure ('18.50 euros', '9,80 €/kg') in a
list of lines; 'how much percent' a price went up is its relative change."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("landlady put my room rent up from N$ 2 400 to N$ 2 700. whats the % increase", 12.5),
        ("we were 5 at Joe's Beerhouse, bill was N$ 1 265, we tip 12% and split even. how much each pls", 283.36),
        ("The bill was R1 265, we are 5, we tip 12% and split even. How much each?", 283.36),
        ("The truck uses 14 litres per 100 km. The trip is 540 km. Diesel is 2.205 DT per litre. How much for the "
         "diesel?", 166.698),
        ("45 litres at 18.50 euros and 20 litres at 17.25 euros. Total?", 1177.50),
        ("if i give 15% discount on a board that costs R$ 2.400 whats the final price?", 2040),
        ("Order from the supplier: 24 kg feta at 9,80 €/kg, 15 kg octopus at 16,50 €/kg and 30 litres olive oil at "
         "8,20 €/litre. Total please?", 728.70),
        ("I made 1,284,000 won in 6 days. What is the average per day?", 214_000),
        ("The block of ice was $3.20 last year, now they charge me $4.00. How much percent it went up from last year "
         "price?", 25),
    ],
)  # fmt: skip
async def test_money_written_locally(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


async def test_a_dotted_figure_of_three_noughts_stays_open():
    assert "40,000 or 40" in await refused("The loan is 40.000 KWD at 5% simple interest for 2 years. Interest?")


@pytest.mark.parametrize(
    "request_text",
    [
        "Company dinner, 18 people, 32,000 won per person, group discount 10%. Calculate total",
        "Dinner for 18 people, 3,200 MT per person, 10% discount. Total?",
    ],
)
async def test_a_price_each_with_its_currency_after_it_is_never_split_as_a_bill(request_text: str):
    await refused(request_text)  # it gave ₩1,600 per person: 32,000 less 10%, divided by the 18
