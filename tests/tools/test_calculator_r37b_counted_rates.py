"""Paraphrases of an amount each one of a group has every period with 'each' said before the period or the verb, of
number words spelt as people often spell them ('fourty-two'), and of a discount and a tax said in one breath after a
price each, with the near-misses that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.rounds


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # 'each' before the period, or before the verb
        ("We've got 28 penguins on 0.6 kg of fish each a day. How much fish is that a week?", 117.6),
        ("28 penguins each eat 0.6 kg of fish a day. How much fish is that a week?", 117.6),
        ("We have 28 penguins eating 0.6 kg of fish each a day. How much fish is that a week?", 117.6),
        ("12 horses eat 9 kg of hay each a day. How much hay is that over 30 days?", 3240),
        ("12 horses each eat 9 kg a day. How much in 30 days?", 3240),
        ("Our 6 goats get 2.5 litres of water each a day. How many litres is that over a fortnight?", 210),
        ("The 3 kids get £5 each a week. How much is that a year?", 780),
        ("9 kg each a day for 12 horses. How much in a week?", 756),
        # number words as people spell them
        ("cut fourty-two keys on saturday at £4.50 a go, how much is that", 189),
        ("sold ninty-five tickets at $12 each, how much?", 1140),
        ("fourty two times 3", 126),
        ("what's fourty percent of 80", 32),
        ("ninteen plus 4", 23),
        # a discount and a tax after a price each
        ("5 chairs at £40 each, 10% off then 20% VAT on top. What's the total?", 216),
        ("3 jackets at $85 each with 15% off and 8% sales tax. Total?", 234.09),
        ("5 chairs at £40 each with 10% off plus 20% VAT. Total?", 216),
        ("12 mugs at €6.50 each with a 20% discount and 21% VAT. What do I pay?", 75.504),
    ],
)  # fmt: skip
async def test_counted_rate_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-3)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "12 horses eat 9 kg each a day. How much is that?",  # over how long?
        "12 horses eat 9 kg of hay each a day. How much does each horse eat in a week?",
        "4 dogs eat 300 g each a day. How much in a week in kg?",
        "Water flows at 12 litres a minute. How many seconds is that?",
    ],
)
async def test_counted_rate_near_misses(request_text: str):
    await refused(request_text)
