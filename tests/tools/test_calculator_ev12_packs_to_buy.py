"""Whole packs to buy for what is needed (issue 9, tuning_everyday_12): the count rounded up, a part pack bought
whole. How many packs can be filled, a third number, a price or a word that changes the amounts declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Back boxes come in packs of 10 and I need 37 of them, how many packs do i order", 4),
        ("cupcake boxes hold 6. order is for 75 cupcakes. how many boxes", 13),
        ("Eggs come in boxes of 12. I need 50 eggs. How many boxes should I buy?", 5),
        ("We need 41 chairs; they come in packs of 4. How many packs?", 11),
        ("Tables seat 8 and we have invited 50 guests. How many tables do we need?", 7),
        ("I need 14 candles, boxes of 6, how many boxes", 3),
        ("Each crate holds 24 bottles and the order is for 100 bottles. How many crates?", 5),
        ("I need 100.1 m of cable and it comes on 50m drums, how many drums", 3),
        ("Bottles are 750ml. We need 30 litres. How many bottles do we need?", 40),
        ("We need 48 rolls and rolls come 9 to a pack. How many packs?", 6),
    ],
)
async def test_the_packs_needed_are_rounded_up(request_text: str, result: int):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
async def test_whole_packs_say_what_is_spare():
    answer = await solved("Screws come in packs of 10 and I need 37. How many packs do I need?")
    assert answer["answer"] == "4 packs (3 spare)"


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "cupcake boxes hold 6. I have 75 cupcakes and 3 muffins. how many boxes can I fill",
        "Screws come in packs of 10 and I need 37, I already have 2 packs. how many packs do i order",
        "I need 37 screws at £2 and they come in packs of 10. How many packs?",
        "I need 3 boxes of 12 eggs. How many boxes do I need?",
        "Screws come in packs of 10 and I need 37 plus 10% spare. How many packs?",
    ],
)
async def test_packs_with_more_or_another_question_decline(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("2 litres of water a day each for 3 people for 5 days, bottles of 1.5 l, how many bottles?", 20),
        ("We need 2 litres of water a day each for 3 people for 5 days. Water comes in 1.5 litre bottles. How many "
         "bottles?", 20),
        ("Each person drinks 2 litres of water a day. There are 4 of us for a 3 day trip. Water comes in 1.5 litre "
         "bottles. How many bottles do we need?", 16),
        ("each kid drinks 250 ml of juice a day, 10 kids for 5 days, 1 litre cartons, how many cartons?", 13),
        ("3 of us, 4 days, 2.5 litres of water each per day. Bottles are 750ml. How many bottles do we need?", 40),
        ("4 of us for 3 days, 2 litres of water each a day, 1.5 litre bottles, how many bottles?", 16),
        ("5 people, 2 days, 500 ml of milk each per day, milk comes in 2 litre cartons. How many cartons?", 3),
    ],
)  # fmt: skip
async def test_what_each_has_a_day_is_worked_out_over_the_stay_before_rounding_up(request_text: str, result: int):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "2 litres of water each for 3 people for 5 days, bottles of 1.5 l, how many bottles?",  # a day, or in all?
        "3 of us, 4 days, 2.5 litres of water each per person. Bottles are 750ml. How many bottles do we need?",
        "2 litres of water a day each for 3 people for 2 months, bottles of 1.5 l, how many bottles?",  # not whole days
        "2 litres of water a day each for 3 people for 5 days, bottles of 1.5 l, how many bottles, we already have 4?",
    ],
)
async def test_an_amount_over_a_stay_that_does_not_fit_declines(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("a 5 m by 3 m wall, 2 coats, a tin covers 12 m², how many tins?", 3),
        ("My wall is 4 m by 3 m and needs 2 coats. One tin covers 10 square metres. How many tins should I buy?", 3),
        ("Painting a wall 6 m wide and 2.5 m high, 3 coats, one tin covers 20 m². How many tins?", 3),
        ("a 6 m by 2.5 m wall, 3 coats, each tin covers 20 m². How many tins?", 3),
        ("A fence panel area of 18 square metres needs two coats and a can covers 8 square metres. How many cans?", 5),
    ],
)
async def test_tins_are_the_area_times_coats_over_a_tins_cover_rounded_up(request_text: str, result: int):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "a 5 m by 3 m wall, 2 coats, a tin covers 12 m², how many tins excluding the door?",
        "a 5 m by 3 m wall, 2 coats, a tin covers 12 m² and costs £20, how many tins?",
        "a 6 m by 2.5 m wall, 3 coats, each tin covers 20 m². How many tins for each room?",
    ],
)
async def test_tins_for_part_of_the_wall_or_with_a_price_decline(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I've got fourteen runs of cable at 6.5m each, want 10% extra for waste, cable comes on 50m drums. how many "
         "drums do I need to buy?", 3),
        ("I need 8 shelves at 1.2 m each and timber comes in 2.4 m lengths. How many lengths?", 4),
        ("We need 20 lengths of pipe at 75 cm each and pipe comes in 3 m lengths. How many lengths?", 5),
        ("12 pieces of skirting at 2.2 m each, plus 15% for waste, skirting comes in 3 m lengths. How many lengths do "
         "I need?", 12),  # one piece from each length, however much the total says
        ("5 shelves at 1.5 m each, timber comes in 2.4 m lengths. How many lengths?", 5),
    ],
)  # fmt: skip
async def test_pieces_of_one_size_with_a_margin_in_whole_packs(request_text: str, result: int):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I've got fourteen runs of cable at 6.5m each, want 10% off, cable comes on 50m drums. how many drums?",
        "fourteen runs of cable at 6.5m each, cable comes on 50m drums, I already have one. how many drums?",
        "fourteen runs of cable at 6.5m each and 3 more at 4 m, cable comes on 50m drums. how many drums?",
        "5 shelves at 3 m each, timber comes in 2.4 m lengths. How many lengths?",  # a piece longer than a pack
    ],
)
async def test_pieces_with_a_discount_more_had_or_longer_than_a_pack_decline(request_text: str):
    await refused(request_text)
