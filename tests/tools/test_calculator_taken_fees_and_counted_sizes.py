"""Readings that gave confident wrong answers, now right or declined:

- a fee someone takes ('bank take 2.5% fee') lowers what the one paid receives: it is taken off when the question
  asks what is received, and left open when it asks what is paid;
- a price per one thing per another said after a spaced currency ('Tk 9,500 per bigha per year') keeps both its
  'per's: it is paid for every bigha in every year, never divided by the years;
- '85 quarter bunnies' are 85 bunnies of a size, not 85 quarters; '3 quarters of 200' is still 150;
- 'Group of 6 divers, trip $280 each': the 6 are who each price is paid for, so the bill is not one price."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Customer pay 2,450 baht by card, bank take 2.5% fee. I receive how much ka?", 2388.75),
        ("The platform takes a 10% fee on a 600 sale. How much do I get?", 540),
        ("Client pays $1,200, the agency keeps a 15% commission. What's left for me?", 1020),
    ],
)
async def test_a_fee_taken_is_taken_off_what_is_received(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Customer pays 2,450 baht by card, the bank takes a 2.5% fee. How much does the customer pay in total?",
        "The bank takes a 3% fee on a $500 transfer. What's the total?",
    ],
)
async def test_a_fee_taken_is_not_added_to_what_is_paid_unasked(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Client pays $1,200, the agency keeps a 15% commission. How much does the agency keep?", 180),
        ("The platform takes a 10% fee on a 600 sale. How much does the platform get?", 60),
        ("The platform takes a 10% fee on a 600 sale. How much do I get?", 540),
    ],
)
async def test_the_taker_asked_gets_its_part_and_the_asker_the_rest(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)  # the first two gave 1,020 and 540


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("My gher is 12 bigha. Lease is Tk 9,500 per bigha per year and I signed for 3 years. Total lease money?",
         342_000),
        ("Lease is Rs 4,000 per acre per year. 5 acres, 2 years. Total lease?", 40_000),
        ("The ticket is $40 plus a 5% booking fee. What do I pay?", 42),
    ],
)  # fmt: skip
async def test_a_price_per_one_per_another_after_a_spaced_currency(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("School catering order, 85 quarter bunnies at R95. Work out the total", 8075),
        ("What is 3 quarters of 200?", 150),
        ("1 quarter of 80", 20),
        ("5 eighths of 64", 40),
        ("What is 2 thirds of 90?", 60),
    ],
)
async def test_a_fraction_word_counts_parts_only_in_the_numbers_own_grammar(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


async def test_a_group_counted_by_its_members_is_not_read_as_one_party():
    await refused("Group of 6 divers, two-tank trip BZ$280 each, 10% group discount. What is the total?")
