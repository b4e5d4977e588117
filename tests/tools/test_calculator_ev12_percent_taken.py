"""The part a percentage takes of one amount, told as a story ("I'm putting 28% aside for tax on £15,225. How much
is that?", 'card machine takes 1.75% ... how much have they had off me'). What is left, a percentage added or taken
off a price, or a part with no verb of taking declines here.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "part"),
    [
        ("I'm putting 28% aside for tax on £15,225. How much is that?", 4263),
        ("card machine takes 1.75% on every sale, took £2,360 on cards this week, how much have they had off me", 41.3),
        ("the agency keeps 15% of my £3,200 fee, how much do they take?", 480),
        ("I set 20% aside for savings from my £2,100 pay. how much is that", 420),
        ("the taxi firm takes 30% of what drivers earn. I earned £640 this week. how much did they take?", 192),
        ("The booking site charges hosts 3% and I was paid $1,850 last month. How much have they had off me?", 55.5),
    ],
)
async def test_the_part_a_percentage_takes(request_text: str, part: float):
    answer = await solved(request_text)
    assert answer["result"] == part
    assert answer["problem"] == "percentage of an amount"


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "putting 10% aside from £500, how much is left?",
        "the platform charges 5% on £400 of sales, how much is that after the fee?",
        "I'm putting 28% aside for tax on £15,225 and £300 more. How much is that?",
    ],
)
async def test_what_is_left_or_a_price_changed_is_not_the_part_taken(request_text: str):
    assert "I can't work out" in await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "left"),
    [
        ("the agency keeps 15% of my £3,200 fee, how much do I keep?", 2720),
        ("the landlord keeps 10% of the £900 deposit, how much do I get back?", 810),
    ],
)
async def test_what_is_left_after_the_part_taken_is_what_is_left(request_text: str, left: float):
    assert (await solved(request_text))["result"] == left  # named_cuts.py reads it, never as the part taken


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "part"),
    [
        ("Agent takes 12% of the £1,150 monthly rent plus VAT at 20% on their fee. How much do they take a month?",
         165.6),
        ("the letting agent charges 10% of the £900 rent plus 20% VAT on the fee. how much do they take?", 108),
        ("the platform takes 15% of my £400 sales plus VAT at 20% on its commission. how much is that?", 72),
        ("The agency keeps 8% of the £2,500 invoice plus VAT at 20% on their cut. How much do they charge?", 240),
    ],
)  # fmt: skip
async def test_vat_on_the_part_taken_is_added_to_it(request_text: str, part: float):
    assert (await solved(request_text))["result"] == part


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Agent takes 12% of the £1,150 monthly rent plus VAT at 20%. How much do they take a month?",
        "Agent takes 12% of the £1,150 monthly rent plus VAT at 20% on the rent. How much do they take?",
        "Agent takes 12% of the £1,150 monthly rent plus VAT at 20% on their fee. How much do I get?",
    ],
)
async def test_vat_not_said_of_the_part_is_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
