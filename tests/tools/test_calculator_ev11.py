"""Everyday requests the calculator declined on a set written without reading it (issue 9, tuning_everyday_11),
read as families of problem it had no reading for: an interest-only payment, workers and days (inverse
proportion), a dose by weight measured out of a liquid, an age from a date of birth, what is left after buying as
many as one can, pay with commission over a threshold. Each reading states its convention, and the near misses (a
number it cannot place, a question it does not answer) are still declined.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Our mortgage is £180,000 on an interest-only deal at 4.5% a year. What's the monthly payment?", 675),
        ("We have an interest-only mortgage of $250,000 at 4% per year. How much do we pay each month?", 833.33),
        ("My buy-to-let mortgage is interest only: £300,000 at 3.5%. Monthly payment?", 875),
        ("Interest-only mortgage, €90,000 borrowed at 6% a year. How much interest do I pay per year?", 5400),
        ("How much is the monthly payment on a £150,000 interest-only mortgage at 4.2%?", 525),
    ],
)
async def test_an_interest_only_payment_is_the_yearly_interest_over_twelve(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result, abs=0.01)
    assert any("interest-only" in note for note in answer["notes"])


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        (
            "If five workers take twelve days to build a wall, how many days would 4 workers take at the same rate?",
            "15 days",
        ),
        ("3 pumps can empty the pool in 8 hours. How long would it take 4 pumps?", "6 hours"),
        ("It takes 6 painters 10 days to paint the school. How many days would it take 5 painters?", "12 days"),
        (
            "4 builders can finish the job in 9 days. How many days will it take 6 builders working at the same rate?",
            "6 days",
        ),  # fmt: skip
        ("If 8 machines take 15 days to make an order, how long will 12 machines take?", "10 days"),
        ("a job needs 4 workers for 6 days, how many workers for 3 days", "8 workers"),  # once declined: not direct
    ],
)
async def test_more_workers_on_the_same_job_take_less_time(request_text: str, answer: str):
    solution = await solved(request_text)
    assert solution["answer"] == answer
    assert any("inverse proportion" in note for note in solution["notes"])


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Child weighs 18 kg and the dose is 15 mg per kg. The liquid is 120 mg in 5 ml. How many ml do I give?",
            11.25,
        ),  # fmt: skip
        ("My son is 20 kg. The dose is 10 mg/kg and the syrup is 250 mg per 5 ml. How many ml should he get?", 4),
        ("Dose 15 mg per kg, baby weighs 12 kg, suspension strength 120 mg/5 ml. What volume in ml?", 7.5),
        ("The medicine is 200 mg in 5 ml and the dose is 20 mg per kg. She weighs 25 kg. How many ml is that?", 12.5),
        ("patient weighs 30kg, prescribed 5mg per kg, vial contains 50 mg per 1 ml. how many ml to draw up?", 3),
    ],
)
async def test_a_dose_by_weight_is_measured_out_of_the_liquid_by_its_strength(request_text: str, result: float):
    solution = await solved(request_text)
    assert solution["result"] == pytest.approx(result)
    assert solution["unit"] == "milliliters"


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("My grandad was born on 14 March 1958. How old will he be on 3 December 2026?", 68),
        ("If my daughter was born on July 1, 2019, how old is she on March 1, 2026?", 6),
        ("Born 22 October 1991. Age on 22 October 2025?", 34),
        ("How old will someone born on 25 December 1990 be on 30 June 2025?", 34),
        ("My mum was born 5 May 1975; how old will she be on 4 May 2030?", 54),
        ("I was born on 29 February 2000. How old am I on 28 February 2023?", 22),
    ],
)
async def test_an_age_on_a_date_counts_whole_years_from_the_birth_date(request_text: str, result: int):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "I've got 2,350 gems and each skin costs 480 gems. If I buy as many skins as I can, how many gems will I "
            "have left?",
            430,
        ),  # fmt: skip
        ("I have $50 and tickets are $7 each. If I buy as many tickets as I can, how much money is left over?", 1),
        (
            "I have 1000 coins. A chest costs 150 coins. How many coins are left after buying as many chests as "
            "possible?",
            100,
        ),  # fmt: skip
        ("With £20 I buy as many £3.50 sandwiches as I can. How much change do I have left?", 2.5),
    ],
)
async def test_what_is_left_after_buying_as_many_as_one_can_is_the_remainder(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Base pay is $2,000 a month plus 6% commission on everything I sell over $10,000. I sold $34,500 this "
            "month. What's my total pay?",
            3470,
        ),  # fmt: skip
        (
            "I get £1,500 a month basic plus 5% commission on sales above £20,000. This month I sold £40,000. How "
            "much do I earn?",
            2500,
        ),  # fmt: skip
        ("Commission is 10% of sales over $5,000. If I sell $12,000, how much commission do I get?", 700),
        (
            "My salary is $2,500 per month and I earn 4% commission on any sales over $50,000. My sales were "
            "$80,000. What is my pay this month?",
            3700,
        ),  # fmt: skip
        ("Base salary $1,800 plus 3% commission on sales over $15,000. I sold $12,000. What's my total pay?", 1800),
    ],
)
async def test_commission_is_paid_only_on_the_sales_over_the_threshold(request_text: str, result: float):
    solution = await solved(request_text)
    assert solution["result"] == pytest.approx(result)
    assert any("over the threshold" in note for note in solution["notes"])


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "We have an interest-only mortgage of $250,000 at 4%. What's the payment?",
        "Our mortgage is £180,000 at 4.5% a year over 25 years, interest-only. What's the monthly payment?",
        "If 4 eggs take 10 minutes to boil, how long do 8 eggs take?",
        "If five workers take twelve days to build a wall and 2 more workers join after 3 days, how many days in "
        "total?",
        "Child weighs 18 kg and the dose is 15 mg per kg twice a day. The liquid is 120 mg in 5 ml. How many ml do "
        "I give?",
        "Ann was born on 14 March 1958 and Bob was born on 3 June 1960. How much older is Ann?",
        "My grandad was born on 14 March 1958. How old will he be in months on 3 December 2026?",
        "I've got 2,350 gems and each skin costs 480 gems. How many gems will I have left?",
        "I have $50 and tickets are €7 each. If I buy as many tickets as I can, how much money is left over?",
        "Base pay is $2,000 a month plus 6% commission on everything I sell over $10,000, plus a $500 bonus. I sold "
        "$34,500 this month. What's my total pay?",
        "Base pay is $500 a week plus 6% commission on sales over $10,000. I sold $34,500 this month. What's my "
        "total pay?",
    ],
)
async def test_what_a_new_reading_cannot_account_for_is_declined(request_text: str):
    await refused(request_text)
