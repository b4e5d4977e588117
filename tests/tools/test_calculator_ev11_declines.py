"""Near misses of the everyday readers (tuning_everyday_11): a percentage already included, an offer or a threshold
the request does not say, a price per thing that is not the whole to split. Each is declined, never guessed.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "The jacket is $120 with 8% tax included. What's the total?",
        "Dinner was $186 with an 18% tip included. Split 4 ways, how much each?",
    ],
)
async def test_a_percentage_already_included_is_not_added_again(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Buy one get one half price on a £30 top. What do I pay?",
        "Base pay is $2,000 a month plus 6% commission. I sold $34,500 this month. What's my total pay?",
    ],
)
async def test_an_offer_or_a_threshold_not_said_is_not_assumed(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Sam stayed 4 nights and Jo 2 nights at £50 a night. Split by nights, how much does Sam owe?",
        "I charge $15 an hour from 6pm and $20 an hour after midnight. I worked 7pm to 1:30am. How much do I charge?",
        "We split the £1,350 rent 40%, 35% and 25%. How much more does the 40% person pay than the 25% person?",
        "I let my flat for £950 a month; the agent takes 12% and charges a £300 setup fee. How much do I get in a "
        "year?",
        "I run 5 km at 6 minutes per km then walk 2 km at 12 minutes per km. How long does it take?",
        "Crisps are 85p a bag or 3 for 2. If I buy 9 bags on the offer, how much do I save?",
        "Interest-only mortgage of £180,000 at 4.5% for 25 years. What's the total interest paid?",
        "I have $50 and tickets are $7 each plus a $2 booking fee. If I buy as many as I can, how much is left?",
        "Base pay is $2,000 a month plus $50 per sale over $10,000. I sold $34,500 this month. What's my total pay?",
        "I let out a flat for £950 a month and the letting agent takes 12% of the first month's rent. How much do I "
        "get in a year?",
        "Our interest-only mortgage is £180,000 at 0.375% a month. What's the monthly payment?",
    ],
)
async def test_a_price_per_thing_or_a_number_more_is_not_read_as_the_whole(request_text: str):
    await refused(request_text)
