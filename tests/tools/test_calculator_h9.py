"""Requests the calculator missed on a blind-written set (issue 9, heldout 9), read as families. Under them one
policy: an ordinary word of the story around the numbers ('garden', 'traffic', 'supplier', 'oven') changes nothing
and does not block a reading that accounts for every number, while a word that can change the arithmetic ('the
other half', 'unpaid', 'except Sundays', 'already paid') still does. And the contract under both: a request cut off
anywhere is declined, never a crash.
"""

from __future__ import annotations

import pytest

from servers.tools.calculator.solver import solve_request
from servers.tools.inputs import ToolInputError
from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Raised garden bed is 3.2m by 1.8m. how many square metres is that", 5.76),
        ("Garden bed is 3.2m by 1.8m. how many square metres is that", 5.76),
        ("My new vegetable patch is 4m by 2.5m, how many square metres is it?", 10),
        ("The kids' play mat is 2 m by 1.5 m. What's the area?", 3),
        ("Our old kitchen table top is 1.8 m by 0.9 m, area in square metres?", 1.62),
        (
            "Drove 210 km this morning and it took two and a half hours with traffic. What was my average speed in "
            "km/h?",
            84,
        ),  # fmt: skip
    ],
)
async def test_the_story_words_around_the_numbers_change_nothing(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("cycled sixty-four kilometres on saturday, how many miles is that?", 39.77),
        ("I hiked 12 miles yesterday, how many km is that?", 19.31),
        ("We paddled 8 miles, what's that in km?", 12.87),
        ("Whats the median of these house prices in thousands: 245, 310, 198, 420, 275, 260?", 267.5),
        ("what's the mean of my weekly step counts: 8000, 9500, 7200", 8233.33),
        ("median of our monthly electricity bills: 84, 92, 77, 105", 88),
        ("Our pool is 10 m long, 4 m wide and 1.5 m deep all the way. How many litres of water does it hold?", 60000),
        ("how mcuh is a third of 945", 315),
    ],
)
async def test_what_the_user_did_or_calls_the_numbers_changes_nothing(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The recipe says bake at 350 F but my oven is in Celsius. What temperature do I set?", 176.67),
        ("Recipe says 180 C, my oven is in Fahrenheit. What should I set it to?", 356),
        ("The pizza box says 220 C but my oven only does Fahrenheit. what temperature should i set the oven to?", 428),
        ("my oven only shows celsius and the recipe says 350 F. what's that in C?", 176.67),
        ("My oven is in Celsius and the recipe says 180 F. What's that in C?", 82.22),
        ("our thermometer only reads fahrenheit and the guide says 40 C. what is that in F?", 104),
        ("the oven dial only does celsius and the cookbook says 425 F, what's that in C?", 218.33),
        ("My fridge shows Fahrenheit and the manual says 4 C, what's that in F?", 39.2),
    ],
)
async def test_the_equipment_said_first_restates_the_unit_asked(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Supplier quoted £340 ex VAT. With VAT at 20%, what's the full price?", 408),
        ("Garage quoted £480 ex VAT, VAT is 20%. What's the full price?", 576),
        ("£480 ex VAT. With VAT at 20%, what's the full price?", 576),
        ("Plumber quoted £250 plus VAT at 20%, what's the full price?", 300),
        ("£340 + VAT at 20%, what's the full price?", 408),
        ("I paid £408 including VAT at 20%, what was the price before VAT?", 340),
    ],
)
async def test_a_price_said_without_its_vat_has_the_vat_added(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Calculate the monthly service charge per flat if the building's annual bill of £14,400 is split across 8 "
            "flats",
            150,
        ),  # fmt: skip
        ("What's the monthly cost per flat if the annual bill of £14,400 is split across 8 flats?", 150),
        ("the annual bill of £14,400 is split across 8 flats. monthly cost per flat?", 150),
        ("£2,400 a year split between 4 housemates. How much per person per month?", 50),
        ("The annual insurance of £2,400 is split between 4 housemates. How much per person per month?", 50),
        ("Our annual membership of £600 is shared by 3 of us, how much each per month?", 16.67),
    ],
)
async def test_a_yearly_amount_shared_out_is_asked_per_one_per_month(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "My pension is £1,640 a month and it goes up by 3.1% in April. What will the new monthly amount be?",
            1690.84,
        ),  # fmt: skip
        ("My pension is £1,640 and it increases by 3.1%. What's the new amount?", 1690.84),
        ("Our rent is $1,200 a month and it goes up by 5% next month. What will the new rent be?", 1260),
        ("The subscription is $12 a month and it rises by 10% in January. What's the new price?", 13.2),
        ("After a 4% pay rise I now earn £28,080. What was my salary before the rise?", 27000),
        ("After a 5% raise I make $42,000. What was I making before?", 40000),
        ("I got a 3% pay rise and now earn £30,900. What did I earn before?", 30000),
    ],
)
async def test_an_amount_that_goes_up_by_a_percentage_forwards_and_back(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("My shift is 7:15am to 3:45pm with a 30 minute unpaid break. How many paid hours is that?", 8),
        ("I work 9am to 5:30pm with a 45 minute unpaid lunch. How many paid hours?", 7.75),
        ("Shift runs 8:00 to 16:30 with a 30 min unpaid break, how many hours am I paid for?", 8),
        ("Worked from 10am to 6pm with an unpaid half hour break. How many paid hours?", 7.5),
        ("My night shift is 10pm to 6am with a 30 minute unpaid break. How many paid hours?", 7.5),
        ("9am to 5pm with a 1-hour unpaid lunch, how many hours?", 7),
    ],
)
async def test_a_shift_less_its_unpaid_break(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("under 12s won 14 out of 22 games this season, whats our win percentage", 63.64),
        ("we won 18 out of 25 matches this year, what's our win percentage?", 72),
        ("my under 10s won 7 out of 10 games this term. win percentage?", 70),
        ("She passed 27 out of 30 tests, what's her pass rate?", 90),
        ("U12s won 9 of 12 games, win %?", 75),
    ],
)
async def test_a_record_as_the_percentage_of_its_outcome(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Group tour is €45 per person, there are 7 of us, and they knock 10% off for groups. What's the total?",
            283.5,
        ),  # fmt: skip
        ("Boat trip is £30 per person, there are 5 of us, and they take 10% off for groups. What's the total?", 135),
        ("tour is €45 per person, there are 7 of us. What's the total?", 315),
    ],
)
async def test_a_price_each_for_the_people_counted_after_it(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Lawn is 15m x 8m and the grass seed box says 35 g per square metre. How many grams of seed do I need?",
            4200,
        ),  # fmt: skip
        ("Lawn is 10m by 6m and the fertiliser bag says 40 g per square metre. How many grams do I need?", 2400),
        ("The garden is 12m x 5m and seed goes on at 30 g per square metre. How much seed in grams?", 1800),
        ("Patio is 4m by 3m and the sealant tin says 0.2 litres per square metre. How many litres?", 2.4),
        ("120 square metres at 35 g per square metre, how many grams?", 4200),
        (
            "My walls come to 45 square metres and I'm doing two coats. One tin covers 30 square metres. How many tins "
            "do I need?",
            3,
        ),  # fmt: skip
        ("One tin covers 30 square metres. My walls are 45 square metres. How many tins do I need?", 2),
    ],
)
async def test_an_amount_per_square_metre_over_an_area(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Calculate my team's monthly pizza budget - 12 players, £6.50 each, 4 sessions a month.", 312),
        ("12 players, £6.50 each, 4 sessions a month. What's the monthly cost?", 312),
        ("Full price is $50, 20% off, what do I pay?", 40),
        ("Our electricty bill was £186.40 for the quarter. What's that per month?", 62.13),
        ("The water bill is £120 a quarter, how much is that a month?", 40),
        ("The water bill is £120 a quarter, how much is that a year?", 480),
        ("I pay £90 a quarter for the gym, what's that per month?", 30),
        (
            "I need an average of 70 over four exams. I got 65, 72 and 68 on the first three. What do I need on the "
            "last one?",
            75,
        ),  # fmt: skip
        (
            "nurse here - did three twelve-and-a-half hour shifts this week at £17.20 an hour. whats my gross pay?",
            645,
        ),  # fmt: skip
        ("three 12.5 hour shifts at £17.20 an hour, what's my pay?", 645),
        ("I did four 8 hour shifts at $15 an hour. How much did I earn?", 480),
        ("I need an average of 80 across 4 tests. I scored 75, 82 and 79. What do I need on the last test?", 84),
    ],
)
async def test_money_over_a_period_asked_over_another(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("bread recipe is 500g flour to 350g water. if i use 1.2 kg of flour how much water in grams", 840),
        ("500g of flour to 350g of water. how much water for 1.2 kg of flour?", 840),
        (
            "A cookie recipe makes 24 cookies and needs 2/3 of a cup of sugar. How many cups of sugar for 60 cookies?",
            1.67,
        ),  # fmt: skip
        ("24 cookies need 2/3 of a cup of sugar. How many cups of sugar for 60 cookies?", 1.67),
        ("A recipe for 24 cookies needs 2/3 cup of sugar. How much sugar for 60 cookies?", 1.67),
    ],
)
async def test_one_amount_to_another_scaled(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Tenant is moving in partway through the month. Monthly rent is $1,150 and they owe for 19 days of a "
            "30-day month. What's the prorated amount?",
            728.33,
        ),
        ("Rent is £900 a month and the tenant owes for 12 days of a 30-day month. What's the prorated rent?", 360),
        ("Subscription is $30 a month, prorated for 20 days of a 30-day month, how much?", 20),
        ("Monthly rent is $1,200, prorated for 10 days. The month has 31 days. How much?", 387.10),
    ],
)
async def test_a_month_prorated_to_the_days_owed(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Child weighs 18 kg and the dose is 15 mg per kg. The liquid is 120 mg in 5 ml. How many ml do I give?",
            11.25,
        ),  # fmt: skip
        ("The dose is 15 mg per kg for an 18 kg child. The liquid is 120 mg per 5 ml. How many ml?", 11.25),
        ("Dose is 10 mg/kg, patient weighs 20 kg, suspension is 250 mg per 5 ml. How many ml?", 4),
        ("Order is 15 mg per kg and the patient weighs 62 kg. Total dose in mg?", 930),
    ],
)
async def test_a_dose_by_weight_given_as_a_volume_of_the_liquid(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "I've got 2,350 gems and each skin costs 480 gems. If I buy as many skins as I can, how many gems will I "
            "have left?",
            430,
        ),  # fmt: skip
        ("I have £50 and tickets cost £12 each. If I buy as many as I can, how much will I have left?", 2),
        (
            "I have 100 coins and each pack costs 30 coins. If I buy as many packs as possible, how many coins are "
            "left?",
            10,
        ),  # fmt: skip
    ],
)
async def test_what_is_left_after_buying_as_many_as_one_can(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I have £50 and tickets cost £12 each plus a £2 fee. If I buy as many as I can, how much will I have left?",
        "I have 100 coins and each pack costs 30 coins a week. If I buy as many packs as I can, how much is left?",
        "Child weighs 18 kg and the dose is 15 mg per kg twice a day. The liquid is 120 mg in 5 ml. How many ml do "
        "I give?",
        "Child weighs 18 kg and the dose is 15 mg per kg. The liquid is 120 mg in 5 ml. How many mg do I give?",
        "Monthly rent is $1,150 and they owe for 19 days. What's the prorated amount?",  # months vary
        "Drove 210 km on the return trip in two and a half hours. average speed for the round trip in km/h?",
        "Monthly rent is $1,150 and they owe for 19 days of a 30-day month except weekends. What's the prorated "
        "amount?",
        "Monthly rent is $1,150 and they owe for 19 days of a 30-day month plus a $50 fee. What's the prorated amount?",
        "did three 12.5 hour shifts at £17.20 an hour, minus half an hour each. whats my pay?",
        "500g flour to 350g water. how much water for 1.2 kg of sugar?",
        "500g flour to 350g water. if i use 1.2 kg of flour how much salt?",
        "500g flour to 350g water. if i use 1.2 kg of flour how much water in cups?",
        "12 players, £6.50 each, 4 sessions a month, except one week off. What's the monthly cost?",
        "£186.40 for the quarter, what's that per week?",  # weeks do not divide a quarter
        "I need an average of 70 over five exams. I got 65, 72 and 68 on the first three. What do I need on the "
        "last one?",  # two still to come
        "Lawn is 15m x 8m and the seed box says 35 g per square metre. How many boxes do I need?",
        "Group tour is €45 per person, there are 7 of us, with a discount for students. What's the total?",
        "we won 18 out of 25 matches and drew 3, what's our win percentage?",
        "we won 18 out of 25 matches, what's our win percentage if we win the next 2?",
        "my shift is 9:00 to 17:30 with a 45 minute break, how many hours did I work?",  # is the break paid?
        "9am to 5pm with a paid 30 minute break, how many paid hours?",
        "9am to 5pm with a 30 minute unpaid break and a 15 minute unpaid break, how many paid hours?",
        "My shift is 7:15am to 3:45pm with a 30 minute unpaid break, 5 days a week. How many paid hours is that?",
        "My pension is £1,640 a month and it goes up by 3.1% in April and again in May. What will the new monthly "
        "amount be?",
        "After a 4% pay rise and a £500 bonus I now earn £28,080. What was my salary before the rise?",
        "The annual bill of £2,400 is split between 4 housemates but I pay double. How much per month?",
        "The annual bill of £2,400 is split between 4 housemates except the one who moved out. How much per month?",
        "Garden bed is 3.2m by 1.8m and I'm only planting the other half. how many square metres is that",
        "Raised bed is 3.2m by 1.8m but half is paved. how many square metres is that",
        "My shift is 7:15am to 3:45pm with a 30 minute break, except on Sundays. How many paid hours is that?",
        "Drove 210 km this morning and it took two and a half hours, except the last 20 km. What was my average speed?",
        "Supplier quoted £340 ex VAT and I already paid a deposit. With VAT at 20%, what's the full price?",
        "Group tour is €45 per person, there are 7 of us, and two of us already paid. What's the total?",
        "Drove 210 km and it took two and a half hours with a break. What was my average speed in km/h?",
        "Group tour is €45 per person, there are 7 of us, with a discount for students. What's the total?",
        "Dinner was £84 with my wife and kids, how much each?",
        "under 12s lost 8 out of 22 games this season, whats our win percentage",
        "The plumber quoted £250 and then added parts. What's the full price?",
        "Monthly rent is $1,150 and they owe for 19 days, minus the deposit. What's the amount?",
        "Tour is €45 per person with my membership card, 7 of us. What's the total?",
        "Large pizza is £12 and small is £8. What do 2 large and 1 small cost?",
        "The UK recipe says 2 pints. What's that in ml?",
        "mean of these numbers except the lowest: 4, 8, 15",
        "average of these scores without the top one: 4, 8, 15",
        "lost 5 kg, how many pounds is that?",
        "The recipe says bake at 350 F but my oven is in Celsius. What temperature do I set for half the time?",
        "The recipe says 350 F but my oven is in Celsius, and it runs hot. What temperature do I set?",
    ],
)
async def test_a_word_that_changes_the_arithmetic_still_declines(request_text: str):
    assert await refused(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "Raised garden bed is 3.2m by 1.8m. how many square metres is that",
        "my oven only shows celsius and the recipe says 350 F. what's that in C?",
        "Supplier quoted £340 ex VAT. With VAT at 20%, what's the full price?",
        "Drove 210 km this morning and it took two and a half hours with traffic. What was my average speed?",
        "The kids' play mat is 2 m by 1.5 m. What's the area?",
    ],
)
def test_a_request_cut_off_anywhere_is_declined_never_a_crash(request_text: str):
    words = request_text.split()
    for end in range(1, len(words)):
        try:
            solve_request(" ".join(words[:end]))
        except ToolInputError:
            pass
