"""Money changed at a rate the request gives, told the way people tell it: the currency asked for named twice
('changing £450 into euros, rate is 1.17. how many euros?'), pounds quoted against another currency ('they'll buy
them back at 0.84 pounds per euro'). A second amount or a currency asked that is neither side still declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("changing £450 into euros, rate is 1.17. how many euros?", 526.5),
        ("swapping £200 to dollars, the rate is 1.25 - how many dollars is that?", 250),
        ("I've got €85 left, they'll buy them back at 0.84 pounds per euro. How many pounds?", 71.4),
        ("we have €120 left and the kiosk gives 0.85 pounds per euro, how many pounds do we get?", 102),
        ("I've got $60 left, they'll buy them back at 0.79 pounds per dollar. How many pounds?", 47.4),
    ],
)
async def test_money_changed_at_a_given_rate(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "changing £450 into euros, rate is 1.17. how many dollars?",
        "changing £450 and £20 into euros, rate is 1.17. how many euros?",
        "I've got €85 left, they'll buy them back at 0.84 pounds per euro less a £3 fee. How many pounds?",
        "steak is 5 pounds per kilo, how many pounds for 3 kilos",
    ],
)
async def test_a_change_not_told_in_full_is_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("$1 = ¥149.3 today. Hotel is ¥21,500 a night for 3 nights. How much in dollars?", 432.02),
        ("£1 = €1.15. The villa is €200 a night for 7 nights. How much is that in pounds?", 1217.39),
        ("€1 = £0.86. The room is €90 a night for 4 nights. How many pounds is that?", 309.6),
        ("$1 = €0.92. Car hire is €45 a day for 6 days. How much in dollars?", 293.48),
    ],
)
async def test_a_price_for_so_many_nights_changed(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "$1 = ¥149.3 today. Hotel is ¥21,500 a night for 3 days. How much in dollars?",
        "$1 = ¥149.3 today. Hotel is ¥21,500 a night for 3 nights plus tax. How much in dollars?",
        "$1 = ¥149.3 today. Hotel is ¥21,500 a night for 3 nights and breakfast ¥2,000. How much in dollars?",
    ],
)
async def test_a_priced_stay_not_told_in_full_is_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
