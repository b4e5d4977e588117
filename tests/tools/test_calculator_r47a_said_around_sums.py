"""Ways a sum is said that were not read: sides with a times sign ('140 m × 85 m'), 'No tip in Japan' beside a split
bill, the vatu written VT before its figure, and rounding to the money's own unit ('round to the vatu', 'to the
cent') without 'nearest'. Near-misses: a rounding clause in another money than the answer's is declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("My oak wood parcel down by the Mirna river is a rectangle, 140 m × 85 m. How many hectares?", 1.19),
        ("Sentō association dinner, 7 people, bill ¥38,430. No tip in Japan, ne. Split equally, how much each?", 5490),
        ("Kava went from VT 2,400 to VT 3,000. Percent up?", 25),
        (
            "I put VT 400,000 in savings at 4% per year compounded every year, 3 years. How much at the end, round "
            "to the vatu?",
            449946,
        ),
        ("I put $400 in at 4% compounded yearly for 3 years. How much at the end, to the cent?", 449.95),
        (
            "Put $40,000 in a term deposit at the credit union, 4.2% a year compounded semi-annually, for 3 years. "
            "What's it worth at maturity, to the cent?",
            45312.13,
        ),
        (
            "I put $400,000 in savings at 4% per year compounded every year, 3 years. How much, round to the dollar?",
            449946,
        ),
    ],
)
async def test_a_sum_said_these_ways_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


async def test_rounding_to_another_money_than_the_answer_is_declined():
    assert await refused(
        "I put $400 in at 4% compounded yearly for 3 years. How much at the end, to the nearest pound?"
    )


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Nakamal opens 5:00 pm. Friday we close 1:15 am. How many hours open on Friday?", 8.25),
        ("This week the women shelled: Amélia 38 kg, Fátima 42 kg, Rosa 35 kg, Joana 41 kg. Average per woman?", 39),
        (
            "Leaves cut and packed this week by my 5 boys: Ko Htun 1,250, Ko Myo 1,180, Maung Aye 1,320, Ko Lin "
            "1,210, Ko Naing 1,140. Average per boy?",
            1220,
        ),
        (
            "7 boys from the rugby team, bill VT 8,400, and they add VT 700 for the girl who serves. Split even, how "
            "much each boy?",
            1300,
        ),
    ],
)
async def test_a_day_said_twice_names_a_figure_and_a_tip_by_whom_it_is_for(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


async def test_a_run_of_days_is_still_no_one_span():
    assert await refused("Open Monday 9:00 to Friday 17:00. How many hours?")


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # a step of a compound request commands the figures worked out and asks nothing: what they come to
        ("Calculate my harvest for August, 26 days at 38 kg a day", 988),
        ("Calculate 30 small sheets at 4 500 Ar with 10% off because it is a school", 121500),
        ("Calculate 15 m of linen thread at 0,85 € per metre", 12.75),
    ],
)
async def test_a_commanded_step_is_worked_out_to_what_it_comes_to(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Calculate 3 beds times 420 plants, and 85% survive to harvest",
        "Calculate 12 boxes",
        "Work out 3 people at 20% off",
        "Work out the bill for the nights at £145 a night plus 20% VAT",
    ],
)
async def test_a_commanded_step_that_says_more_or_too_little_is_declined(request_text: str):
    assert await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "My cousin lent me 6.000 € to train the young dog, I pay him 4% per year simple interest, over 18 "
            "months. How much interest altogether?",
            360,
        ),
        (
            "Auntie lent me $4,000 for one new water pump, 3% a year simple interest, 2 and a half years. How much "
            "interest I owe her?",
            300,
        ),
        ("The bank lent me $4,000 for 3 years, 5% simple interest. How much interest?", 600),
    ],
)
async def test_what_a_loan_is_for_is_set_aside(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Kava went from $2,400 to $3,000. Percent up from the old price?", 25),
        (
            "The brushes were 340 zł last year, now it's 391 zł. How many percent more is that than last year's price?",
            15,
        ),
        (
            "Rainy season, charging customers dropped from 64 a day to 52 a day. By what percent did they drop, "
            "counting from 64?",
            18.75,
        ),
    ],
)
async def test_a_percentage_change_asked_from_the_earlier_figure_is_answered(request_text: str, result: float):
    assert abs((await solved(request_text))["result"]) == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Customers dropped from 64 a day to 52 a day. By what percent did they drop, counting from 52?",
        "Kava went from $2,400 to $3,000. Percent up from the new price?",
        "$60 meal, 20% off, then add a 15% tip on the original price",
    ],
)
async def test_a_base_that_is_not_the_earlier_figure_stays_declined(request_text: str):
    assert await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Sales this week: lunes ₲ 420.000, martes 385.000, miércoles 402.000, jueves 398.000, viernes 455.000. "
            "Average per day?",
            412000,
        ),
        ("Ventes: lundi 120, mardi 140, mercredi 100. Average per day?", 120),
    ],
)
async def test_weekdays_in_other_tongues_label_a_list(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)
