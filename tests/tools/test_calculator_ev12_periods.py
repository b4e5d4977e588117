"""A question that asks per a period its story does not count by is declined by the everyday readers, never
answered with the story's amount ('how much tax do I pay a month?' of a salary a year; 'how much did we make a
week?' of one raffle). The same period as the story's is answered.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I earn £30,000 a year; the first £12,570 is tax-free and the rest is taxed at 20%. How much tax do I pay a "
        "month?",
        "raffle: 350 tickets at £2 each, the prizes cost us £145. how much did we make a week?",
        "Gift Aid adds 25p for every £1 donated. We had £3,480 of eligible donations. How much Gift Aid do we claim "
        "a year?",
        "Raised £12,640. 8% goes on admin and the rest is split equally between 4 projects. How much does each "
        "project get a month?",
        "12 kids coming plus my two, party bags are £3.75 each, how much for the bags a week?",
        "Venue £180, cake £45, entertainer £120. We're splitting it 50/50 with the twins' family. What do we each "
        "pay a month?",
        "Agent takes 12% of the £1,150 monthly rent plus VAT at 20% on their fee. How much do they take a year?",
        "card machine takes 1.75% on every sale, took £2,360 on cards this week, how much have they had off me this "
        "year",
    ],
)
async def test_a_period_the_story_does_not_count_by_is_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I earn £30,000 a year; the first £12,570 is tax-free and the rest is taxed at 20%. How much tax do I pay a "
         "year?", 3486),
        ("Agent takes 12% of the £1,150 monthly rent plus VAT at 20% on their fee. How much do they take a month?",
         165.6),
        ("card machine takes 1.75% on every sale, took £2,360 on cards this week, how much have they had off me "
         "this week", 41.3),
        ("Agent takes 10% of the £900 monthly rent. How much do they take a month?", 90),
    ],
)  # fmt: skip
async def test_the_storys_own_period_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)
