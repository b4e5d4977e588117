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
        ("quick q - $400,000 interest-only home loan, 3.75% annual rate. how much per month?", 1250),
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
        ),
        ("If 8 machines take 15 days to make an order, how long will 12 machines take?", "10 days"),
        ("Two cleaners take 6 hours to clean the office. How long would three cleaners take?", "4 hours"),
        ("If 3 people can paint a room in 4 hours, how long would 6 people take?", "2 hours"),
        ("twelve men dig a trench in 5 hours. how many hours for 10 men?", "6 hours"),
        ("If 6 men can dig a ditch in 10 days, how many days will 5 men take?", "12 days"),
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
        ),
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
        ),
        ("I have $50 and tickets are $7 each. If I buy as many tickets as I can, how much money is left over?", 1),
        (
            "I have 1000 coins. A chest costs 150 coins. How many coins are left after buying as many chests as "
            "possible?",
            100,
        ),
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
        ),
        (
            "I get £1,500 a month basic plus 5% commission on sales above £20,000. This month I sold £40,000. How "
            "much do I earn?",
            2500,
        ),
        ("Commission is 10% of sales over $5,000. If I sell $12,000, how much commission do I get?", 700),
        (
            "My salary is $2,500 per month and I earn 4% commission on any sales over $50,000. My sales were "
            "$80,000. What is my pay this month?",
            3700,
        ),
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
        "4 friends take 2 hours to drive to the beach. How long would it take 8 friends?",
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


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Crisps are 85p a bag or 3 for £2. If I buy 9 bags on the offer, how much do I save compared with paying "
            "for them one by one?",
            1.65,
        ),
        ("Yoghurts are $1.20 each or 3 for $3. How much do I save buying 6 with the deal?", 1.2),
        ("Apples cost 60p each or 4 for £2. What's the saving if I buy 12 apples on the multi-buy?", 1.2),
        ("Pens are €1.50 each, or 5 for €6. If I buy ten pens on the offer how much do I save?", 3),
    ],
)
async def test_a_multibuy_saving_is_one_by_one_less_the_offers(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Buy one get one half price on shoes: the pair I want is $64 and the second pair is $48 (the cheaper pair "
            "is the half-price one). What do I pay for both?",
            88,
        ),
        ("Buy one get one half price: a £30 top and a £20 top. The cheaper one is half price. What's the total?", 40),
        ("BOGO half off: two games at $40 each. How much do I pay?", 60),
        ("Two books, $25 and $35, buy one get one 50% off (cheaper one half price). What do I pay in total?", 47.5),
    ],
)
async def test_buy_one_get_one_half_price_halves_the_cheaper(request_text: str, result: float):
    solution = await solved(request_text)
    assert solution["result"] == pytest.approx(result)
    assert any("cheaper" in note for note in solution["notes"])


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Three of us share a flat and split the £1,350 rent by room size: 40%, 35% and 25%. How much does the "
            "person on 35% pay?",
            472.5,
        ),
        ("We split the $2,000 rent 50%, 30% and 20%. How much does the person paying 50% pay?", 1000),
        ("The bill of €900 is split 45% / 55% between two of us. How much is the 45% share?", 405),
        ("Four of us split the £1,200 rent as 30%, 25%, 25% and 20%. What does someone on 25% pay?", 300),
    ],
)
async def test_a_split_by_percentages_gives_the_share_named(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Four friends rented a cabin for £1,120. Sam stayed 4 nights, Priya and Tom stayed 3 nights each and Jo "
            "stayed 2 nights. If we split it by nights stayed, how much does Sam owe?",
            373.33,
        ),
        (
            "The villa cost $900. Ana stayed 5 nights, Ben 3 nights and Cy 2 nights. Split by nights, how much "
            "does Ana pay?",
            450,
        ),
        (
            "We paid €600 for the apartment. I stayed 4 nights and Max stayed 2 nights. Splitting by nights stayed, "
            "what does Max owe?",
            200,
        ),
        (
            "A holiday house cost £1,000; Kim stayed 3 nights, Lee 3 nights and Mo 4 nights. Split in proportion to "
            "nights, how much does Kim pay?",
            300,
        ),
    ],
)
async def test_a_split_by_nights_stayed_is_in_proportion_to_them(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "me and my sister are buying mum a £90 present and splitting it 2:1 because i earn more. how much do i put "
            "in",
            60,
        ),
        ("My brother and I are splitting a $60 gift 2:1. How much does my brother pay?", 40),
        ("Me and my flatmate split the £75 bill 3:2. How much do I pay?", 45),
        ("Tom and I share $250 in the ratio 3:2. How much do I get?", 100),
        ("I and my friend split a €54 meal 2:1. How much do I owe?", 36),
    ],
)
async def test_a_ratio_between_me_and_one_other_goes_in_the_order_named(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "I let out a flat for £950 a month and the letting agent takes 12% of the rent. How much do I get in a "
            "year?",
            10032,
        ),
        (
            "My tenant pays $1,200 a month rent and the property manager keeps 10%. How much do I receive per year?",
            12960,
        ),
        (
            "The flat rents for €800 per month; the agency charges 15% of the rent. How much is left for me each "
            "month?",
            680,
        ),
        ("Rent is £1,500 a month and the agent's fee is 8% of the rent. What do I take home over a year?", 16560),
    ],
)
async def test_rent_after_the_agents_percentage_over_the_period_asked(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Babysitting: I charge $15 an hour and $20 an hour after midnight. Last night I worked from 7pm to 1:30am. "
            "How much do I charge?",
            105,
        ),
        ("I get £12 an hour, or £18 an hour after 11pm. I worked from 6pm to 2am. How much did I earn?", 114),
        (
            "Shift pay is $14 per hour, rising to $21 per hour after midnight. My shift was 8 pm to 3 am. What's my "
            "pay?",
            119,
        ),
        ("I earn €10 an hour and €15 an hour after 10pm. I worked 9pm to 1am. How much do I get?", 55),
    ],
)
async def test_a_shift_is_paid_at_each_rate_for_the_hours_it_covers(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("If I run at a pace of 5 minutes 30 seconds per km, how many minutes will a 10 km race take?", 55),
        ("At 6 minutes per km, how long will a 21.1 km half marathon take?", 126.6),
        ("Running 5 km at 4 minutes 45 seconds per kilometre, what's my finishing time?", 23.75),
        ("I walk at 12 minutes per mile. How many minutes to walk 3 miles?", 36),
    ],
)
async def test_a_distance_at_a_pace_takes_the_pace_times_the_distance(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "I worked 7h 45m on Monday, 8h 20m on Tuesday and 6h 50m on Wednesday. How many hours is that in total, as "
            "a decimal?",
            22.9167,
        ),
        ("My shifts this week were 8h 10m, 7h 50m and 8h 30m. How many hours did I work in total?", 24.5),
        ("add 7h 45m and 8h 20m", 16.0833),
    ],
)
async def test_an_m_after_hours_is_minutes(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Crisps are 85p a bag or 3 for £2 and I have a 10% coupon. If I buy 9 bags on the offer, how much do I save?",
        "Buy one get one half price: a £30 top, a £20 top and a £15 top. What's the total?",
        "Three of us split the £1,350 rent 40%, 35% and 20%. How much does the person on 35% pay?",
        "Four of us split the £1,350 rent 40%, 35% and 25%. How much does the person on 35% pay?",
        "Four friends rented a cabin for £1,120. Sam stayed 4 nights, Priya stayed 3 nights and Jo stayed 2 nights. "
        "If we split it by nights stayed, how much does Sam owe?",
        "The villa cost $900. Ana stayed 5 nights, Ben 3 nights and Cy 2 nights. Split by nights, how much does Dan "
        "pay?",
        "me, my sister and my brother are splitting a £90 present 2:1:1. how much do i put in",
        "I let out a flat for £950 a month and the letting agent takes 12% of the rent, and I pay 20% tax. How much "
        "do I get in a year?",
        "Babysitting: I charge $15 an hour and $20 an hour after midnight. Last night I worked from 7 to 1:30. How "
        "much do I charge?",
        "If I run at a pace of 5 minutes 30 seconds per km with a 2 minute rest, how many minutes will a 10 km race "
        "take?",
    ],
)
async def test_what_the_splits_offers_and_rates_cannot_account_for_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "I work 40 hours a week at $18.50 an hour, and this week I also did 6 hours of overtime at time and a "
            "half. What's my gross pay for the week?",
            906.5,
        ),
        (
            "I work 40 hours at $18.50 an hour and also did 6 hours of overtime at time and a half. What's my gross "
            "pay?",
            906.5,
        ),
        (
            "I do 37.5 hours a week at £12 an hour and this week did 5 hours of overtime at double time. What's my "
            "pay this week?",
            570,
        ),
        (
            "My contract is 38 hours a week at $15 an hour. Last week I put in 4 hours of overtime at time and a "
            "half. How much did I earn that week?",
            660,
        ),
    ],
)
async def test_hours_of_overtime_on_top_of_a_working_week(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I work 40 hours a week at $18.50 an hour and did 6 hours of overtime at time and a half. What's my pay for "
        "the month?",
        "I work 40 hours a week at $18.50 an hour and did 6 hours of overtime at time and a half. What's my yearly "
        "pay?",
    ],
)
async def test_a_working_week_asked_for_another_period_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "A jacket is $120 and it's marked 25% off. I also have a coupon for an extra 10% off the sale price. "
            "What do I actually pay?",
            81,
        ),
        ("Trainers are £80 with 20% off, and I also have a voucher for an extra 5% off. What do I actually pay?", 60.8),
        ("I also paid $40 with a 10% discount. What did I actually pay?", 36),
    ],
)
async def test_also_and_actually_say_nothing_about_the_bill(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Second one half price: I'm buying a $30 shirt and a $25 shirt. What do I pay?", 42.5),
        ("bogof on cereal, boxes are £3 each, I'm getting two. how much do i pay?", 3),
        ("Cookies are 75p each or 4 for £2.50. If I get 8, how much do I save?", 1),
        (
            "I earn a basic of £1,200 a month and get 10% commission on anything over £5,000. I sold £9,000 this "
            "month. What's my pay?",
            1600,
        ),
        (
            "The campsite cost $300. Mia stayed 3 days and Leo stayed 2 days. If we split it by days, how much does "
            "Leo pay?",
            120,
        ),
        ("I rent a room for £150 a week and the agent keeps 10%. How much do I get a year?", 7020),
        (
            "I'm paid £11 an hour and £16.50 an hour after 10pm. I worked from 4pm to 11:30pm. How much did I earn?",
            90.75,
        ),
        ("If my pace is 8 minutes 30 seconds per mile, how long will a 13.1 mile half marathon take?", 111.35),
        ("me and my mate are splitting a £45 taxi 2:1 as i went further. how much do i pay?", 30),
        ("5 typists take 8 hours to type a report. How many hours would 10 typists need?", 4),
    ],
)
async def test_the_same_families_said_other_ways(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)
