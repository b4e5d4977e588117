"""A trip told one way and then 'come back', money written the way Lesotho, Cape Verde, Costa Rica and Serbia write
it, rounding to a currency's whole unit, a bill that holds its charges already, words to the reader around a sum,
and clock times with no am or pm: answered where the request settles them, declined where it does not."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # the distance told is one way: coming back drives it twice
        (
            "The truck from Thaba-Tseka to the wool shed in Maseru is 175 km, we go and come back. It uses 14 "
            "litres per 100 km and diesel is M22.50 a litre. How much for the diesel?",
            1102.5,
        ),
        (
            "Kano to Kaduna is 230 km, I carry the cloth there in the bus and come back same day. The bus do 12 km "
            "per litre and fuel is ₦680 per litre. How much fuel money for the whole trip, to the nearest naira",
            26067,
        ),
        # maloti written with an M, escudos with the cifrão, colones and dinars with their own grouping
        ("Please calculate 3 rugs at M1 950 each.", 5850),
        ("Khotso. The broker paid for my clip: 86 kg at M210 a kg and 142 kg at M145 a kg. What is the total?", 38650),
        ("And how much is 25 litres at 500$00 the litre?", 12500),
        ("3 bottles at 1.250$50 each, what is the total?", 3751.5),
        ("Sales: 3 carretas at ₡38 500 and 12 plates at ₡9 800. What is the total, mae?", 233100),
        ("Tractor uses 4,5 liters per hour, it worked 26 hours. Diesel is 205 din per liter. Diesel cost?", 23985),
        # a whole unit of any money asked, after money shown to the cent by default
        ("Fuel is ₦680.55 per litre and I need 38.5 litres. How much, to the nearest naira?", 26201),
        ("Fuel is £1.555 per litre and I need 38.5 litres. How much, to the nearest pound?", 60),
        # the bill holds its charges already: the share is the bill divided
        ("Mahjong dinner, bill HK$1,386 already include service charge, 6 of us split even. How much each la?", 231),
        ("9 of us ate at a soda, bill ₡81 900 with service and IVA included. Split equal, how much each?", 9100),
        # words to the reader before or after the sum
        ("Mate, what is 12 times 4?", 48),
        ("What is 12 times 4, bro?", 48),
        (
            "Order from the showroom on Residency Road: 6 stoles at ₹7,500 each and 2 shawls at ₹36,000 each. "
            "Please total it.",
            117000,
        ),  # fmt: skip
        # a stay, or the same part of the day: under 12 hours with no am or pm
        ("The tourist bus arrived at 9:50 and left at 12:05. How long did they stay at the taller?", 2.25),
        ("Pounding poi Saturday, start 4:45 in da morning, pau 11:15 same morning. How many hours dat?", 6.5),
        ("We open at 11u30 and close at 22u00. How many hours are we open?", 10.5),
        ("We started 6:45am and finished 3:20pm. How long did it take? Hours and minutes please", 515 / 60),
    ],
)
async def test_trips_money_and_spans_as_people_write_them(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        # a road named with an M is no money, and the rest is a plain time
        "the M25 is 188 km and I drive it at 94 km/h then pay M30. How much?",
        # a trip may run overnight; hours kept or worked may run past 12
        "the ferry sets off at 10:15 and reaches the island at 12:40, how long does it take?",
        "We open at 7:00 and close at 9:00. How many hours are we open?",
        "The shop is open from 9:30 to 11:45. How long?",
        # what each of 22 people gets is no total for them all
        "Staff party for 22 people: each gets fries with a frikandel at 6,50 € and 2 pintjes at 2,80 €. "
        "How much is that all together?",
        # an opinion between two crops
        "Should I plant Polka next year or stay with Willamette, which one will make me more money?",
        # a word to the reader only after a comma: 'for my brother' is who it is for
        "What is 12 times 4 for my brother?",
    ],
)
async def test_what_the_request_leaves_open_is_declined(request_text: str):
    assert await refused(request_text)


async def test_the_road_is_not_money():
    assert (await solved("take the M2 for 40 km at 80 km/h, how long in hours"))["result"] == pytest.approx(0.5)


async def test_a_charge_worked_out_of_a_bill_is_not_set_aside():
    solution = await solved("Bill £64 includes a 12.5% service charge. How much was the service charge?")
    assert solution["result"] == pytest.approx(7.11, abs=0.01)


async def test_a_stay_with_no_am_or_pm_says_how_it_was_read():
    solution = await solved("The bus arrived at 9:50 and left at 12:05. How long did they stay?")
    assert any("no am or pm" in note for note in solution["notes"])


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # a question relayed for someone else, the unit they want said first
        (
            "An Aussie bloke asks the size of my station in acres. It's 320 hectares, 1 ha = 2.471 acres. To the "
            "nearest acre.",
            791,
        ),
        (
            "American customer wants the saree length in yards. Saree is 6.3 metres, 1 yard = 0.9144 metre. Answer "
            "in 2 decimal.",
            6.89,
        ),
        (
            "Customer in America asks the weight of the gift box in pounds. The box is 1.5 kg, 1 kg = 2.2046 lb. "
            "Two decimals.",
            3.31,
        ),
        # the places asked by a verb of their own, or allowed with 'is enough'
        (
            "The bale weight is 330 lb. How many kilograms is that if 1 lb = 0.4536 kg? One decimal is enough hle.",
            149.7,
        ),
        ("The weight drops 1,60 m in 30 hours. How many cm per hour is that, one decimal is enough", 5.3),
        # an order to total the figures, closing them
        ("40 bottles at €8 and 10 bottles at €6. Add it up please", 380),
        ("3 clocks at 289,00 €, 2 clocks at 465,00 €. Total it.", 1797),
    ],
)
async def test_relayed_questions_places_and_orders_to_total(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


async def test_a_relayed_wish_for_money_in_another_currency_is_still_declined():
    assert await refused("My friend wants the price in euros. It costs 40 dollars.")


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Madam from Abuja collected 14 wrappers at ₦9,500 each and 6 indigo scarves at ₦4,200 each. She has "
            "paid ₦100,000 already, how much is remaining for her to pay?",
            58200,
        ),
        ("Sold 4 steers at $185 each and 3 heifers at $142. Minus $25 for the truck. What do I take home?", 1141),
        ("4 steers at $185 each and 3 heifers at $142 each, less $25 for the truck. What is left?", 1141),
    ],
)
async def test_priced_lines_less_one_amount_paid_or_taken_off(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "4 steers at $185 each. Minus $25 for the truck and $10 fees. What do I take home?",  # two amounts off
        "4 steers at $185 each. Minus $2,000 for the truck. What do I take home?",  # more than the lines
        "4 steers at $185 each. Minus €25 for the truck. What do I take home?",  # another money
    ],
)
async def test_lines_less_anything_else_is_declined(request_text: str):
    assert await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # a change in a story: money named after its figure, a price 'per' or 'the' unit, a base named, a loss
        (
            "Last year the hladnjača paid 380 din per kilo for Willamette, this year they pay 456 din. How many "
            "percent is that up compared to last year?",
            20,
        ),
        ("The cochinilla was S/ 160 the kilo last year, this year it is S/ 200. How much percent did it go up?", 25),
        ("I had 180 goats, now I have 153. What percentage did I lose?", -15),  # a change down, signed
        # an amount for so many people, asked for so many of another word for people, told when
        (
            "My wife's gallo pinto for 6 people: 3 cups rice, 2 cups black beans, 2 spoons Salsa Lizano. For the 15 "
            "helpers at the festival, how many cups of rice?",
            7.5,
        ),
        ("2 kg of mealie meal is enough for 8 men. Next week we are 20 shearers. How many kg of mealie meal?", 5),
    ],
)
async def test_changes_and_amounts_for_people_told_in_stories(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "I had 180 goats, now I have 153. What percentage did I gain?",  # the direction asked is not the one moved
        "2 kg of rice is enough for 8 men a week. How many kg for 20 men for 3 weeks?",  # a time the amount spans
    ],
)
async def test_a_change_or_amount_the_story_contradicts_is_declined(request_text: str):
    assert await refused(request_text)


async def test_men_are_counted_as_men():
    solution = await solved("2 kg of rice is enough for 8 men for a week. How many kg for 20 men?")
    assert "mens" not in " ".join(solution["steps"]) and solution["result"] == pytest.approx(5)
