"""Requests the calculator missed on a blind-written set (issue 9, heldout 8), read as families: a given said by
someone or something ('the tag says 35% off'), the share of an amount left after spending, talk around the
question that changes nothing in it. And the contract under them: a request cut off anywhere is declined, never a
crash.
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
        ("jacket was $120 and the tag says 35% off, whats the sale price", 78),
        ("The dress was $80 and the label says 25% off. What's the sale price?", 60),
        ("TV is $500 and the ad says 30% off. What's the sale price?", 350),
        ("The website says 15% off a $200 blender. What's the price after the discount?", 170),
        ("It says 35% off a $120 jacket. What's the sale price?", 78),
        ("According to the label, a serving is 30 g. How many servings in a 750 g box?", 25),
        ("Old recipe says bake at 350 degrees Fahrenheit, my oven is in Celsius. What's that in C?", 176.67),
        ("My grandma's recipe says 375 F but my oven is Celsius. What is that in C?", 190.56),
        ("The recipe says to roast at 200 C, my oven only does Fahrenheit. What's that in F?", 392),
        ("Mum's recipe says preheat the oven to 425 degrees Fahrenheit. What's that in Celsius?", 218.33),
        ("Recipe says 350 F, my oven is in Celsius. What's that?", 176.67),
        ("Set the thermostat to 20 C. What's that in F?", 68),
    ],
)
async def test_a_given_said_by_a_label_a_sign_or_a_recipe_reads_as_if_the_user_said_it(
    request_text: str, result: float
):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
async def test_a_source_a_reader_uses_is_still_read_with_it():
    assert (await solved("My dog weighs 24 kg and the vet says 2.5 mg per kg. How many mg do I give him?"))[
        "result"
    ] == pytest.approx(60)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "The tag says $120 but the till says $100. How much do I save?",
        "The meter read 1234 last month and reads 1500 now. How much do I owe?",
    ],
)
async def test_two_sources_of_two_amounts_are_not_read_as_one_story(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "I'm retired, my pension is 1,850 a month and my regular bills come to 1,230. What percentage of my "
            "pension is left over after bills?",
            33.51,
        ),
        ("My salary is $3,000 a month and my bills are $2,100. What percentage of my salary is left?", 30),
        ("I earn 2,400 a month and spend 1,800. What percentage of my income is left over?", 25),
        ("I had $500 and spent $350. What percent do I have left?", 30),
        ("My budget is £800 and I've spent £600. What percentage of the budget is left?", 25),
        ("I had $40 and spent $12.50 on lunch and $8 on a taxi. What percentage do I have left?", 48.75),
        ("I earn 2,400 a month, rent is 950, food is 380 and transport is 120. What % is left each month?", 39.58),
    ],
)
async def test_the_share_of_an_amount_left_after_spending_is_a_percentage_of_it(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
async def test_an_amount_held_by_the_month_in_a_currency_is_spent_by_the_month():
    answer = await solved("My salary is $3,000 a month and my bills are $2,100. How much is left?")
    assert answer["result"] == pytest.approx(900)


@pytest.mark.anyio
async def test_a_percentage_of_something_other_than_the_amount_held_is_declined():
    await refused("My pension is 1,850 a month and my bills come to 1,230. What percentage of the bills is left?")


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "I started my night shift at 7:15 pm and finished at 7:45 am the next morning. How many hours did I work "
            "in total?",
            12.5,
        ),
        ("My shift started at 10 pm and ended at 6:30 am the next day. How many hours is that?", 8.5),
        ("Clocked in at 9:45 pm and clocked out at 6:15 am. How many hours did I work in total?", 8.5),
        ("The party started at 8 pm and went on until 2 am the next morning. How many hours was that in total?", 6),
        ("I worked from 7:15 pm until 7:45 am the following morning. How many hours in total?", 12.5),
        ("Shop hours are 10 am to 6 pm on Saturdays. How many hours is it open that day?", 8),
    ],
)
async def test_one_span_across_midnight_asked_in_total_is_the_span(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I work 9 am to 5 pm Monday to Friday. How many hours in total?",
        "I work 9 am to 5 pm on weekdays. How many hours in total?",
        "I work from 9 am to 5 pm, Mon-Fri. How many hours altogether?",
        "I work 9 am to 5 pm twice a week. How many hours in total?",
    ],
)
async def test_a_span_kept_on_a_run_of_days_is_not_one_span(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("how many miles is 5 kilometres? doing my first 5k on sunday", 3.107),
        ("how many miles is 10 km? running a 10k next month", 6.214),
        ("how many km is 3 miles? walking the 3 miles to work tomorrow", 4.828),
        ("How many miles is 5 km? signed up for a 5k fun run", 3.107),
        ("Convert 180 pounds to kilograms please (body weight, not money!)", 81.647),
        ("Convert 150 pounds to kg (weight, not currency)", 68.039),
        ("How many kg is 200 lbs (weight not money)?", 90.718),
        ("Convert 70 kg to pounds (weight, not money)", 154.324),
    ],
)
async def test_talk_around_the_question_that_says_its_numbers_or_units_again_is_set_aside(
    request_text: str, result: float
):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "What's 20% of 80? I have 2 of them",
        "How many miles is 5 km? I run it 3 times a week",
        "How much is 180 pounds in kg (money, not weight)?",
    ],
)
async def test_talk_with_a_number_or_a_sense_of_its_own_is_not_set_aside(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Tiling a kitchen floor that's 4.2 m by 3.5 m. How many square metres of tiles do I need (no spare)?",
            14.7,
        ),
        ("Carpeting a bedroom that's 4 m by 3.2 m. How many square metres of carpet do I need?", 12.8),
        ("I'm tiling a bathroom floor that is 2.5 m by 1.8 m. How many square metres of tiles?", 4.5),
        ("Laying turf on a lawn that's 8 m by 5 m. How many square metres of turf do I need?", 40),
        ("Painting a wall that's 4 m by 2.5 m. How many square metres is that?", 10),
        ("Tiling a floor that's 4 m by 3 m with 50 cm square tiles. How many tiles do I need?", 48),
    ],
)
async def test_what_the_user_is_doing_to_the_thing_measured_is_set_aside(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Our newborn takes 4 ounces every 3 hours, round the clock. How many ounces is that in a full 24 hours?", 32),
        ("Our puppy eats 50 g every 6 hours, around the clock. How many grams is that in 24 hours?", 200),
        ("The pump delivers 5 ml every 2 hours, 24/7. How many ml in a whole 24 hours?", 60),
        ("My dad takes 2 tablets every 8 hours round the clock. How many tablets in a full 24 hours?", 6),
    ],
)
async def test_a_rate_kept_up_round_the_clock_over_a_full_span_is_the_rate_over_the_span(
    request_text: str, result: float
):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Simple interest question from my son's homework: $2,400 borrowed at 6% a year for 18 months. How much "
            "interest?",
            216,
        ),
        (
            "Compound interest problem from my daughter's worksheet: $1,000 at 5% compounded annually for 2 years. "
            "How much will there be?",
            1102.5,
        ),
        ("Simple interest question: $500 at 4% a year for 3 years. How much interest?", 60),
        ("Percentage question from my homework: what is 15% of 80?", 12),
        ("Sample standard deviation question from stats class: 2, 4, 4, 4, 5, 5, 7, 9", 2.138),
    ],
)
async def test_a_label_naming_the_kind_of_problem_and_where_it_is_from_keeps_the_kind(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


_WHOLE = [
    "Simple interest question from my son's homework: $2,400 borrowed at 6% a year for 18 months. How much interest?",
    "Old recipe says bake at 350 degrees Fahrenheit, my oven is in Celsius. What's that in C?",
    "how many miles is 5 kilometres? doing my first 5k on sunday",
    "Convert 180 pounds to kilograms please (body weight, not money!)",
    "Our newborn takes 4 ounces every 3 hours, round the clock. How many ounces is that in a full 24 hours?",
    "I'm retired, my pension is 1,850 a month and my regular bills come to 1,230. What percentage of my pension is "
    "left over after bills?",
    "According to the label, a serving is 30 g. How many servings in a 750 g box?",
    "The pump delivers 5 ml every 2 hours, 24/7. How many ml in a whole 24 hours?",
]


def _prefixes(request: str) -> list[str]:
    words = request.split()
    return [" ".join(words[:k]) for k in range(1, len(words) + 1)]


@pytest.mark.parametrize("request_text", [p for r in _WHOLE for p in _prefixes(r)])
def test_a_request_cut_off_anywhere_is_answered_or_declined_never_a_crash(request_text: str):
    try:
        solve_request(request_text)
    except ToolInputError:
        pass  # a decline, saying why: the contract's honest answer to a request it cannot account for


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("signed up for my first 5k! how far is 5 kilometres in miles?", 3.107),
        ("Doing a 10k next week. How many miles is 10 km?", 6.214),
        ("Doing up the garden, the patio is 5 m by 4 m. How many square metres of slabs?", 20),
        ("Sorting out the kitchen, the floor is 4 m by 3 m. What's the area?", 12),
        ("Convert 5 feet 10 inches to cm please, it's for a passport form", 177.8),
        ("I get 2,500 a month and spend 1,900. What percentage do I save?", 24),
        ("My take-home is £2,000 a month and my outgoings are £1,500. What percent is left?", 25),
        ("I earn 2,000 a month and spend 1,500. How much do I save each month?", 500),
    ],
)
async def test_scene_setting_before_the_problem_that_it_says_again_or_needs_not_is_set_aside(
    request_text: str, result: float
):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Walked 5 km today. How many miles is 3 km?",
        "Got 3 kids. What's 12 times 3?",
        "Without the door, the wall is 4 m by 2.5 m. What's the area?",
        "Convert 5 feet to cm please, 2 of them",
        "I had $500 and spent $350. How much did I save?",
    ],
)
async def test_scene_setting_with_a_number_or_a_condition_of_its_own_is_kept(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The baby drinks 120 ml every 4 hours round the clock. How many ml in a day?", 720),
        ("She feeds 5 oz every 3 hours day and night. How many ounces per day?", 40),
        ("I take 500 mg every 6 hours. How many mg in a full day?", 2000),
        ("Our newborn takes 4 ounces every 3 hours, round the clock. How much is that per week?", 224),
        ("The tap drips 2 ml every minute, round the clock. How many litres in a whole week?", 20.16),
    ],
)
async def test_a_day_of_a_rate_kept_up_round_the_clock_is_24_hours(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
async def test_a_day_of_a_clock_rate_not_said_to_go_on_all_day_is_not_taken_as_24_hours():
    await refused("The baby drinks 120 ml every 4 hours. How many ml in a day?")


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Recipe calls for 180 C. What's that in Fahrenheit?", 356),
        ("It's 95 degrees Fahrenheit outside today! What's that in Celsius?", 35),
        ("It's 30 C here! What's that in F?", 86),
        ("what is 5! + 1", 121),
    ],
)
async def test_a_recipe_calling_for_a_heat_and_a_quantity_said_with_feeling_convert(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [("How many km is 26.2 miles (roughly)?", 42.165), ("What's 15% of 80 (approx)?", 12)],
)
async def test_a_bracket_asking_for_a_rough_answer_is_given_the_exact_one(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("hey so the price tag on the sofa says $899 and there's 15% off. sale price?", 764.15),
        ("My nephew's maths homework: £3,000 invested at 4% simple interest for 5 years. What's the interest?", 600),
        ("My wages are 2,200 a month and I spend 1,650. What percentage of my wages do I keep?", 25),
        ("I had £60 and spent £45 at the market. What percentage have I got left?", 25),
    ],
)
async def test_a_fourth_fresh_set_of_the_same_families(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Extending a patio that's 4 m by 3 m. How many square metres?",
        "Shrinking a photo that's 20 cm by 30 cm. What's the area?",
        "Reducing a recipe that uses 200 g of flour. How much flour?",
        "The bank says the rate is 5% but my friend says 4%. Interest on $1000 for 1 year?",
        "The scale says 70 kg but it's 2 kg out. What's my real weight in pounds?",
        "Our newborn takes 4 ounces every 3 hours round the clock, but skips one feed. How many ounces in a day?",
        "What's 5 km in miles? my 5k time was 25 minutes",
    ],
)
async def test_scene_words_that_change_the_thing_or_the_givens_are_never_set_aside(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("cycled twenty-four km in an hour and twenty minutes this morning. what was my average speed in km/h", 18),
        ("I drove 100 miles in an hour and 40 minutes. Average speed in mph?", 60),
        ("How many minutes is an hour and 45 minutes?", 105),
        ("Baby weighed a pound and 3 ounces. How many grams?", 538.64),
    ],
)
async def test_one_of_a_unit_and_more_of_a_smaller_one_is_one_quantity(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
async def test_a_rate_an_hour_followed_by_and_is_not_taken_for_an_hour_and_more():
    await refused("I earn $15 an hour and 20 hours a week. How much a week?")


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("what's 15% of 80? cheers!", 12),
        ("what's 15% of 80? thx!!", 12),
        ("how many km is 10 miles? thanks in advance!", 16.093),
        ("what's 15% of 80? need the exact number for my report", 12),
        (
            "recipe serves 4 and needs 350g flour. im cooking for ten people on sunday, how much flour do i need? "
            "thanks in advance!!",
            875,
        ),
    ],
)
async def test_thanks_and_a_wish_for_the_exact_figure_after_the_question_change_nothing(
    request_text: str, result: float
):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "retired, my pension is £1,840 a month. rent is £650, food £320, bills £210 and everything else about "
            "£400. how much is left over each month?",
            260,
        ),
        ("I get £2,000 a month. Rent is £800, food £300 and fuel £150. How much is left each month?", 750),
        ("My budget is $500. The hotel is $200, food $150, taxis $50. How much is left?", 100),
        ("I earn 2,400 a month, rent is 950, food 380 and transport 120. How much is left each month?", 950),
    ],
)
async def test_expenses_listed_by_name_and_amount_after_one_said_in_full_are_taken_away(
    request_text: str, result: float
):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
async def test_an_amount_listed_that_is_not_spent_is_not_taken_away():
    await refused("I earn $3,000 a month. Rent is $1,200, bonus $300. How much is left each month?")


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("im 5 foot 9, whats that in cm? filling in a form for my visa", 175.26),
        ("how many cm is 5 foot 9?", 175.26),
        ("convert 6 feet 2 to metres", 1.8796),
        ("My weight is 11 stone 4. What's that in kg?", 71.668),
    ],
)
async def test_a_height_or_weight_said_without_its_smaller_unit_is_read_the_usual_way(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.anyio
@pytest.mark.parametrize("request_text", ["what is 5 feet 2 x 3", "2 feet 3 plus 1", "5 feet 13 in cm"])
async def test_a_bare_number_after_feet_that_may_be_a_sum_is_not_taken_for_inches(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("took out a $6,000 loan at 5% simple interest per year for 3 years. how much do i pay back in total?", 6900),
        ("I took out a £2,000 loan at 4% simple interest for 2 years. How much interest will I pay?", 160),
        ("Took out a loan of $5,000 at 3% simple interest over 4 years. Total to repay?", 5600),
        ("I took out a $12,000 loan at 7.5% over 4 years. What's the monthly payment?", 290.15),
        (
            "water tank on the farm is 2.5 m long, 1.2 m wide and 0.8 m deep. how many litres does it hold when its "
            "full",
            2400,
        ),
        ("The TV on the website is $500 and it's 20% off. What's the sale price?", 400),
        ("The rug on the floor is 3 m by 2 m. What's the area?", 6),
    ],
)
async def test_a_loan_taken_out_and_a_thing_placed_on_something_read_as_said_plainly(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
async def test_a_loan_taken_out_at_a_rate_without_simple_or_compound_still_asks_which():
    await refused("I took out a $6,000 loan at 5% per year for 3 years. How much do I pay back?")
