"""Round 35: steps sent alone in the user's order — '<statement> - work out <ask>', 'the per-<head> cost if ...',
'a N day supply at M <things> daily', 'N months of £X rent', 'work out the bill for <givens>', 'N <things> times
<price> for <purpose>' and 'convert X mg to mL using a C mg/V mL <preparation>' — answered in full; the same
wordings missing a number, or with an unclear period or payment, declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Our annual software licence is $4,188 - work out the monthly cost", 349),
        ("Our yearly gym membership is £540 - work out the monthly cost", 45),
        ("The annual insurance premium is €1,200 - calculate the monthly cost", 100),
        ("The van hire was £360 for 4 days - work out the daily cost", 90),
        ("Our annual software licence is $4,188 — work out the monthly cost", 349),
        ("My yearly subscription is $96 - what's the monthly cost?", 8),
        ("Calculate the per-pupil cost if the £9,360 trip is shared by 78 pupils", 120),
        ("Calculate the per-person cost if the £480 meal is shared by 6 people", 80),
        ("Work out the per-head cost if the $1,250 party is split between 25 guests", 50),
        ("What's the per-guest share if a €900 villa is shared by 12 guests", 75),
        ("Calculate a 28 day supply at 3 tablets daily", 84),
        ("Calculate a 30 day supply at 2 tablets daily", 60),
        ("Work out a 14-day supply at 4 capsules a day", 56),
        ("Calculate a 7 day supply at 1.5 tablets per day", 10.5),
        ("Work out a 12 week supply at 2 patches weekly", 24),
        ("Calculate an 8 week supply at 3 sachets a week", 24),
        ("Calculate 143 guests times $4.75 for favours", 679.25),
        ("Calculate 50 guests times £3.20 for favours", 160),
        ("Work out 12 tickets times $18.50", 222),
        ("Calculate 200 invites times €0.85 for postage", 170),
        ("Calculate 30 kids times £4 for party bags", 120),
        ("Convert 220 milligrams to mL using a 120 mg/5 mL suspension", 220 * 5 / 120),
        ("Convert 250 mg to mL using a 125 mg/5 mL suspension", 10),
        ("Convert 180 milligrams to ml using a 250 mg/5 ml syrup", 3.6),
        ("Convert 100 mg to millilitres using a 50 mg per 1 mL solution", 2),
        ("Change 320 mg into mL with a 160 mg/5 mL suspension", 10),
        ("Convert 75 mg to mL using the 25 mg/mL solution", 3),
        ("Work out 12 months of £875 rent minus a 10% agent fee", 9450),
        ("Calculate 6 months of $1,200 rent minus an 8% management fee", 6624),
        ("Work out 52 weeks of £300 wages", 15600),
        ("Work out 4 weeks of £95 childcare", 380),
        ("Calculate 12 months of €650 rent", 7800),
        ("Work out 10 months of £40 subscriptions plus a £15 joining fee", 415),
        ("Work out the bill for 3 nights at £145 a night plus 20% VAT", 522),
        ("Calculate the total for 4 nights at €120 a night plus 10% tax", 528),
        ("Work out the cost of 5 tickets at $32 each plus a $4 booking fee", 164),
        ("Calculate the bill for 2 nights at £99 a night", 198),
        ("Work out the total for 40 hours at $55 an hour minus a 10% platform fee", 1980),
        ("Work out my pay for 38 hours at £12.50 an hour", 475),
    ],
)
async def test_a_step_in_the_users_order_is_answered(request_text: str, expected: float):
    assert (await solved(request_text))["result"] == pytest.approx(expected)


@pytest.mark.parametrize(
    "request_text",
    [
        "Our licence is expensive - work out the monthly cost",
        "Our annual licence is $4,188 - work out the cost",
        "Calculate the per-pupil cost if the trip is shared by 78 pupils",
        "Calculate the per-pupil cost if the £9,360 trip is shared",
        "Calculate a 28 day supply at 3 tablets weekly",
        "Calculate a 28 day supply at 3 tablets",
        "Calculate a supply at 3 tablets daily",
        "Calculate 143 guests times for favours",
        "Calculate guests times $4.75 for favours",
        "Convert 220 milligrams to mL using a suspension",
        "Convert 220 milligrams to mL using a 120 mg suspension",
        "Convert 220 mL to mg using a 120 mg/5 mL suspension",
        "Work out 3 years of £500 savings",
        "Work out 12 months of rent minus a 10% agent fee",
        "Work out 12 months of £875 rent minus an agent fee",
        "Work out the bill for 3 nights plus 20% VAT",
        "Work out the bill for 3 nights at £145 a night plus VAT",
        "Work out the bill for the nights at £145 a night plus 20% VAT",
    ],
)
async def test_the_same_wording_missing_a_number_is_declined(request_text: str):
    await refused(request_text)
