"""Everyday requests tuning_heldout_14 showed declined: a recipe amount said 'for 4 people', a markup asked as
'what should I price them at', a salary 'assuming 52 paid weeks', overtime after the rate's own hours ('$22 an hour
for 40 hours and time and a half for overtime'), and what an appliance costs to run."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Recipe says 350g of flour for 4 poeple but I'm cooking for 10. How much flour do I need in grams?", 875),
        ("Recipe says 350g of flour for 4 people but I'm cooking for 10. How much flour do I need?", 875),
        ("the recipe uses 200 ml of milk for 2 people, I'm making it for 5. how much milk?", 500),
        ("my recipe has 500g of mince for 4 servings but we're feeding 6, how much mince do I need?", 750),
        ("quick one - 120 g of sugar for 6 people, how much sugar for 9 people?", 180),
        ("recipe says 2 tbsp of oil for 4 peple but i'm cooking for 10, how much oil", 5),
    ],
)
async def test_an_amount_for_so_many_people_scales(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Each candle costs me $12 to make and I want a 40% markup on cost. What should I price them at?", 16.8),
        ("Each candle costs $12 to make and I want a 40% markup. What should I price them at?", 16.8),
        ("a bracelet costs me £6 in materials, I want a 50% mark-up, what do I price it at?", 9),
        ("these mugs cost me €4.50 each and I'd like a 30% markup on cost - what should I sell them at?", 5.85),
        ("I pay $20 for each shirt wholesale and want a 25% margin, what should I price each one at?", 26.666667),
    ],
)
async def test_a_price_asked_as_what_to_price_them_at(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I'm on £28,500 a year, 37.5 hours a week. Assuming 52 paid weeks, what's my hourly rate?", 14.615385),
        ("I earn £31,200 a year for 40 hours a week, assuming 52 weeks a year what's that an hour?", 15),
        (
            "my salary is $52,000 a year and I work 40 hours a week. Based on 52 working weeks, what's my hourly rate?",
            25,
        ),
        ("I'm on £28,500 a year, 37.5 hours a week, 52 weeks a year, what's my hourly rate?", 14.615385),
    ],
)
async def test_the_calendar_assumed_changes_nothing(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, rel=1e-6)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I'm on £28,500 a year, 37.5 hours a week. Assuming 46 paid weeks, what's my hourly rate?",  # another count
        "I save £10 a week, assuming 52 weeks, how much do I save?",  # a length of time, not the calendar
    ],
)
async def test_another_count_of_weeks_is_not_the_calendar(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "I get $22 an hour for 40 hours and time and a half for overtime. Worked 46 hours this week. "
            "What's my gross pay?",
            1078,
        ),
        (
            "I'm paid £15 an hour for 37.5 hours and double time for overtime. I did 42 hours last week, what did I "
            "earn?",
            697.5,
        ),
        ("$18 an hour for 40 hours, time and a half for overtime, I worked 50 hours. how much do I get?", 990),
        (
            "I get $22 an hour for 40 hours and time and a half after that. I worked 46 hours this week. What's my "
            "pay?",
            1078,
        ),
        (
            "I get $22 an hour for 40 hours and time and a half for overtime. Worked 38 hours this week. What's my "
            "pay?",
            836,
        ),
        ("$20 an hour for 40 hours plus 5 hours overtime at time and a half, total pay?", 950),
        (
            "I get $22 an hour for 40 hours and time and a half for overtime. Worked 46 hours this week. How much do "
            "I get for overtime?",
            198,
        ),
    ],
)
async def test_overtime_after_the_rates_own_hours(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "My electric heater is 2.5 kW and I run it 6 hours a day for 30 days. Electricity is 28p per kWh. What "
            "does that cost me in pounds?",
            126,
        ),
        ("a 2.5 kW heater running 6 hours a day for 30 days at 28p per kWh, how much does it cost?", 126),
        (
            "My heater is 2.5 kW, I use it 6 hours a day for 30 days, electricity costs 28p per kWh. What's the cost?",
            126,
        ),
        ("a 2 kW heater for 3 hours at 30p per kWh, cost?", 1.8),
        ("a 2000 W heater for 90 minutes at $0.15/kWh, what does it cost?", 0.45),
        ("a 1500 watt heater 4 hours a day for 2 weeks, 15 cents per kWh, how much will it cost me?", 12.6),
        (
            "quick one - my 3kW immersion heater is on 2 hours a day for 7 days, power is 24.5p per kWh, how much?",
            10.29,
        ),
    ],
)
async def test_what_an_appliance_costs_to_run(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "a 2.5 kW heater running 6 hours a day for 30 days at 28p per kWh, how much does it cost per day?",
        "two 2.5 kW heaters running 6 hours a day for 30 days at 28p per kWh, how much does it cost?",
        "a 2.5 kW heater running 6 hours a day at 28p per kWh, how much does it cost?",  # for how many days?
        "a 2.5 kW heater running 6 hours a day for 30 days at 28p per kWh plus a 50p standing charge, how much?",
    ],
)
async def test_a_running_cost_with_anything_else_is_declined(request_text: str):
    await refused(request_text)
