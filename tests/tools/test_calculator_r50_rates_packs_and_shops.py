"""Everyday shop, workshop and road sums in the words people use: things 'at' a price then a discount and VAT (also
named 'popust', 'zľava', 'DDV', 'TVSH'), an amount at a price per its unit, gourdes said 'goud' and denars 'den',
'please' in the user's own language after the question, work done 'in' a stretch of time, things packed 'in one
box' and packs needed 'so all of it goes', a vehicle that 'does 110 km with one gallon' for 'going and coming back'.
A fee said with 'minus' is taken off, never added."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "A restaurant buys 50 bags of ice at $1.80. I give them 10% discount and then VAT 13% is added. Total?",
            91.53,
        ),
        (
            "He orders 2 kg at 120,000 afghanis per kg. I give him 5% discount, then 10% tax is added. What is the "
            "final amount?",
            250800,
        ),
        (
            "A shop takes 120 jars at 320 den. I give them 8% popust, then DDV 5% comes on top. What is the total?",
            37094.40,
        ),
        ("What is 1,200 goud plus 300 goud?", 1500),
        # lekë, denars and convertible marks are written with dot thousands where they are spent
        (
            "The bill is 9.800 lekë, we leave 10% bakshish on top and split all of it equal between the 4 of us. How "
            "much each one pays?",
            2695,
        ),
        ("Last year the course cost 45.000 lekë, now I ask 52.000 lekë. By how many percent I raised it?", 15.56),
        ("Work out the total for 40 hours at $55 an hour minus a 10% platform fee", 1980),
        ("3 shirts at $18.50 each minus a 10% fee. Total?", 49.95),
        (
            "I put $500 in savings at 5% a year compounded every month. How much after 3 years? Round to the cent "
            "tanpri.",
            580.74,
        ),
        ("I paint 3 masks in 2 hours. How many hours to paint 45 masks?", 30),
        # loans: the total said as 'loan and interest', the interest as 'the interest only'
        (
            "The loan is $3,500 at 9% a year simple interest for 2 years. What do I pay back altogether, loan and "
            "interest?",
            4130,
        ),
        ("I borrowed $18,000 at 12% per year simple interest, for 18 months. How much is the interest only?", 3240),
        ("It takes me 2 hours to paint 3 masks. How many hours to paint 45 masks?", 30),
        ("The dryer does 150 kg of copra in 3 days. How many kg in 14 days?", 700),
        ("The machine makes 18 marquetas every 6 hours. How many in 30 hours?", 90),
        ("I pack 4 masks in one box. I have 58 masks. How many boxes do I need?", 15),
        (
            "one bag takes 38 kg of copra. i have 1,000 kg dried on the racks. how many bags do i need so all of it "
            "goes on the boat",
            27,
        ),
        (
            "We pack saffron in small boxes of 5 grams for the shops. I have 691 grams. How many boxes I need so all "
            "the saffron is packed, last box can be not full?",
            139,
        ),
        (
            "My motorcycle does 110 km with one gallon. Jacmel to Port-au-Prince is 88 km one way. Gas is 750 goud "
            "the gallon. How much gas money for going and coming back?",
            1200,
        ),
        (
            "The car does 18 km with one litre. The trip is 39 km each way. How many litres for going and coming back?",
            4.33,
        ),
    ],
)
async def test_answered(request_text: str, result: float) -> None:
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


async def test_a_rate_asked_is_read_from_the_two_givens() -> None:
    assert (await solved("speed round is 40 questions in 5 minutes. how many seconds per question is that"))[
        "result"
    ] == pytest.approx(7.5)


async def test_a_fee_said_both_ways_is_not_guessed() -> None:
    await refused("50 bags at $1.80 minus a 10% fee plus 10% tax. Total?")


@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        (
            "I put the piperki in the oven at 21:40 in the evening and they roast 2 hours 35 minutes. At what time I "
            "take them out? 24h.",
            "00:15 the next day",
        ),
        (
            "Client takes the skis at 13:25 and rents for 3 hours 45 minutes. At what time must he bring them back? "
            "24h please.",
            "17:10",
        ),
    ],
)
async def test_a_clock_time_after_a_start(request_text: str, answer: str) -> None:
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I have 150 mesqal of dried saffron and 1 mesqal is 4.608 grams. How many grams is it?", 691.2),
        ("my land is 6 jerib, one jerib is 2,000 square metres. how many hectares is my land?", 1.2),
        ("My neighbour brings me 180 oka of carobs. If 1 oka is 1.27 kg, how many kilos is that?", 228.6),
    ],
)
async def test_a_unit_of_the_users_own_is_the_size_they_say(request_text: str, result: float) -> None:
    assert (await solved(request_text))["result"] == pytest.approx(result)


async def test_a_unit_defined_but_asked_in_another_kind_declines() -> None:
    await refused("I have 150 mesqal of saffron and 1 mesqal is 4.608 grams. How many litres is it?")


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Pounds of nutmeg I pick each week this month: 420, 385, 462, 397. What's de average a week?", 416),
        (
            "I put EC$5,000 in a term deposit at 4% a year, compounded every quarter. What will it be after 2 years? "
            "To de cent.",
            5414.28,
        ),
    ],
)
async def test_the_said_as_de(request_text: str, result: float) -> None:
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.005)


async def test_de_in_a_name_is_left_as_written() -> None:
    from servers.tools.calculator.dialect_words import in_english

    assert in_english("The farm Pain de Sucre sold 40 at de market") == "The farm Pain de Sucre sold 40 at the market"
