"""Paraphrases of a profit as takings less the costs told (one cost or several, labelled or listed, a share of the
takings taken by an app), and near-misses: a tax beside an amount, a second source of money, days told one by one,
a loss, a share asked."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Took £1,120 at the craft fair and the stall cost me £85. What's my profit?", 1035),
        ("takings 640, bags and stock 35, profit?", 605),
        ("Our bar's takings were £2,980 on Friday and the drinks order was £1,240. What profit did we make?", 1740),
        ("Revenue: £48,000. Costs: staff £21,000, rent £9,600, stock £7,250. Profit?", 10150),
        ("The plumber billed £3,640 this month. Parts came to £910 and van costs were £420. Profit please.", 2310),
        ("We brought in £1,275 at the quiz night and spent £140 on prizes and £60 on food, what did we clear?", 1075),
        ("The school disco made £860 and the DJ cost £150. What's the profit?", 710),
        ("Sales for the quarter £64,250, materials £18,400, wages £22,900, how much profit", 22950),
        (
            "Did a shift on the bikes, took £260, the app takes 20% of takings and fuel was £35. What's left for me?",
            173,
        ),
        ("Income £842, costs £317.50, profit?", 524.5),
        ("Shop turnover £12,600 and overheads £4,185. Net profit?", 8415),
    ],
)
async def test_a_profit_of_takings_less_costs(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


async def test_a_profit_rounded_to_the_nearest_pound():
    assert (await solved("Took £1,563.45, stock cost £987.12. Profit to the nearest pound?"))["result"] == 576


@pytest.mark.parametrize(
    "request_text",
    [
        "Takings were £1,280 and stock cost £745, plus VAT of £120 on the stock. Profit?",
        "Took £900 in takings and got £120 in tips, fuel was £60. What's my profit?",
        "Takings mon £420 tue £380, costs £300. Profit?",
        "Takings were £400 and costs were £650. What's the profit?",
        "Takings £3,200, rent £650, stock £1,100. Profit each for the 2 partners?",
        "Takings £3,200 a week and rent £650 a month. Profit?",
        "Takings were £1,280 and stock cost £745. What's the profit as a percentage?",
        "I took £312 and the app takes 15% of my profit, fuel was £48. What's left for me?",
        "Takings £1,280, stock £745, and I owe £200 on the loan. Profit?",
        "Takings £5,600 and £1,900 for flowers. What's the profit and the margin?",
    ],
)
async def test_a_profit_that_is_another_question_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("what's 17.5% of £249.99? to the nearest pound", 44),
        ("Takings £7,842.60, products £1,215.35, rent £1,600. Profit, rounded to the nearest pound?", 5027),
    ],
)
async def test_money_rounded_to_whole_pounds(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result
