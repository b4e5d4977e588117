"""Paraphrases of a rise or fall still to come said before the amount now, and the near-misses (a change already
made, asked backwards) that must decline; an amount said to be the price after a percentage off is never cut
again."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("My prices go up 8% in January. A full groom is $65 now, what will it be?", 70.2),
        ("My prices go up 8%. A full groom is $65 now, what will it be?", 70.2),
        ("Our fees will rise 5% next term. A lesson is £24 now. What will a lesson cost?", 25.2),
        ("Rents are going up 3%. My rent is $1,200 a month now. What will it be?", 1236),
        ("Prices increase 10% from April. A ticket is €40 now. What will it be then?", 44),
        ("The gym is going up 12%. I pay £30 a month now. What will I pay?", 33.6),
        ("A full groom is $65 now and my prices go up 8% in January. What will it be?", 70.2),
    ],
)
async def test_announced_changes(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Prices rose 10%. A loaf is $2.20 now. What was it before?",
        "Prices rose 10%. A loaf is $2.20 now. What will it be?",
    ],
)
async def test_near_misses_decline(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "After 20% off it costs $48. What was the price?",
        "With 20% off the jacket costs $48. What was the price?",
        "After 20% off it costs $48.",
        "After a 25% discount the bike is £300. What's the price?",
        "With a 15% discount the sofa was £680. How much did it cost?",
        "After a 10% discount the coat was £90. How much was it?",
        "The sofa was £680 with a 15% discount. How much did it cost?",
        "The coat was £90 after a 10% discount. How much was it?",
        "Our tent came to €210 after a 30% discount. How much did it cost?",
        "With a 5% discount the fridge was $570. What did it cost?",
    ],
)
async def test_a_price_after_the_cut_is_not_cut_again(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("After 20% off it costs $48. What was the original price?", 60),
        ("After a 20% discount a coat costs £48. What was it before?", 60),
        ("A coat costs £60. What is it after 20% off?", 48),
        ("£60 coat with 20% off. What do I pay?", 48),
        ("The bill was $80. With a 10% discount what do I pay?", 72),
        ("The coat was £90 after a 10% discount. What was the original price?", 100),
        ("The jacket is £120. With a 25% discount, how much is it?", 90),
    ],
)
async def test_price_after_cut_near_misses_answer(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result
