"""Round 34: a count per one thing is a rate given; things from two givers are no pack; two questions are answered
whole or not at all."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The recipe needs 3 eggs per cake and I'm baking 7 cakes. How many eggs?", 21),
        ("Each cake takes 3 eggs and I'm making 7 cakes. How many eggs do I need?", 21),
        ("I need 4 screws per shelf and I'm putting up 6 shelves. How many screws?", 24),
        ("We're making 12 sandwiches with 2 slices of bread per sandwich. How many slices?", 24),
        ("There are 5 tables and 8 chairs per table. How many chairs?", 40),
        ("I'm baking 7 cakes with 3 eggs per cake. How many eggs will I use?", 21),
        ("Plant 6 seeds per pot in 9 pots. How many seeds?", 54),
        ("A bag has 15 marbles per bag and there are 4 bags. How many marbles altogether?", 60),
        # near-misses: a share asked each keeps its answer
        ("I have 30 sweets to share among 6 children. How many sweets per child?", 5),
        ("How many sweets per child if 30 sweets are shared among 6 children?", 5),
        ("We have 21 eggs and are baking 7 cakes. How many eggs per cake?", 3),
        ("100 candies among 3 kids. How many candies each?", 33),
    ],
)
async def test_a_count_per_thing_is_a_rate_given(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Our 3 kids each get 2 presents. How many presents?", 6),
        ("8 guests each eat 3 slices and each pizza is cut into 8 slices. How many pizzas?", 3),
        ("12 kids each need 2 juice boxes and juice boxes come in packs of 6. How many packs?", 4),
        ("I have 18.75 kg of flour and each loaf takes 450 g. How many whole loaves can I bake?", 41),
        ("I have 5 litres of juice and each glass holds 300 ml. How many full glasses can I pour?", 16),
        ("A 10 m roll of ribbon, each bow takes 35 cm. How many whole bows can I make?", 28),
        ("I have 2 kg of rice and each portion is 75 g. How many complete portions?", 26),
        ("With 3 litres of paint and 250 ml per chair, how many whole chairs can I paint?", 12),
        ("I walked 3 km and then 450 m. How far did I walk in total?", 3.45),
        ("I've got 18.75 kg of flour; a loaf uses 450 g. How many loaves can I make?", 41),
        ("With 2 kg of sugar and 250 g per cake, how many cakes can I make?", 8),
        ("My car does 40 miles per gallon. How far on 12 gallons?", 480),
        ("Petrol is £6 a gallon. How much for 12 gallons?", 72),
    ],
)
async def test_near_misses_keep_their_answers(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Our 3 kids each get 2 presents from us and 4 presents from grandparents. How many presents?",
        "My 3 kids each get 2 presents from us and 4 from their grandparents. How many presents in total?",
        "The 5 children each receive 3 sweets from me and 2 sweets from the teacher. How many sweets?",
        "Each of our 4 dogs gets 2 treats in the morning and 3 treats at night. How many treats a day?",
        "4 teams each have 5 players and 2 coaches. How many people?",
        "My car does 40 miles per gallon and petrol is £6 a gallon. How far on 12 gallons and how much will it cost?",
        "My car gets 40 mpg and fuel costs £6 per gallon. How far can I go on 12 gallons, and what will that cost?",
        "The van does 30 miles per gallon and diesel is $5 a gallon. How far on 10 gallons and how much does it cost?",
    ],
)
async def test_never_a_confident_wrong_answer(request_text: str):
    await refused(request_text)
