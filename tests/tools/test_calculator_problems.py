"""Word problems solved through the calculator's grammar, with the working shown and conventions stated."""

from __future__ import annotations

import pytest

from servers.tools.calculator import create_server
from servers.tools.calculator.frames import names_unit_of
from servers.tools.calculator.tokens import tokenize
from tests.tools.conftest import call, error_text

pytestmark = pytest.mark.anyio


async def solve(request: str) -> dict:
    result = await call(create_server(), "solve", request=request)
    assert not result.is_error, error_text(result) if result.is_error else ""
    return result.structured_content


@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("split a $230 lunch check between 5 people plus an 18% tip", "$54.28 per person"),
        ("we had dinner for $156.80 and want to leave a 20% tip. Split 4 ways, how much each?", "$47.04 per person"),
        ("the bill is $96 and there are 3 of us, plus 15% tip", "$36.80 per person"),
        ("split $120 evenly among 4 friends", "$30.00 per person"),
        ("what's an 18% tip on $62?", "$11.16 tip"),
        ("how much is the tip on $45 at 18%", "$8.10 tip"),
        ("what is 7.25% sales tax on 860", "62.35 tax"),
        ("A $60 shirt is 30% off. What's the sale price?", "$42.00"),
        ("A jacket costs $120 and is 25% off. What do I pay?", "$90.00"),
        ("Shoes cost $60, 15% off, plus 8% tax", "$55.08 in total"),
        ("$120 jacket with 25% off, then 8% sales tax", "$97.20 in total"),
        ("what is $1,000 at 3% simple interest for 5 years", "$1,150.00"),
        ("$10,000 at 5% compound interest for 10 years", "$16,288.95"),
        ("$2,000 at 6% compounded quarterly for 3 years", "$2,391.24"),
        ("$8,000 deposited at 3% compounded monthly for 5 years", "$9,292.93"),
        ("how much interest will I earn on $500 at 4% simple interest for 2 years", "$40.00 in interest"),
        ("what would I pay each month on a $250,000 loan at 5.5% over 25 years", "$1,535.22 a month"),
        ("percent increase from 80 to 100", "25% increase"),
        ("the price went from $20 to $15, what's the percent decrease", "25% decrease"),
        ("what percent of 80 is 20", "25%"),
        ("18 out of 24 as a percentage", "75%"),
        ("30 is 12% of what number?", "250"),
        ("I drove 150 miles in 2.5 hours, what was my average speed?", "60 miles per hour"),
        ("average speed for 10 km in 50 minutes", "12 kilometers per hour"),
        ("how long does it take to drive 300 km at 80 km/h", "3.75 hours (3 h 45 min)"),
        ("how far do you go at 60 mph for 2.5 hours", "150 miles"),
        ("I ran 10 km in 50 minutes, what's my pace?", "5:00 minutes per kilometer"),
        ("$4.50 for 3 pounds, what is the price per pound?", "$1.50 per pound"),
        ("12 eggs cost $3, how much is one egg?", "$0.25 per egg"),
        ("a 500 g bag costs $3.20, what is the price per kg", "$6.40 per kilogram"),
        ("how long is it from 9:15 am to 5:40 pm?", "8 h 25 min (8.42 hours)"),
        ("how long from 10pm to 6am", "8 h 0 min"),
        ("how many days between March 3 and July 4, 2025", "123 days"),
        ("how many days between 2024-01-01 and 2024-12-25", "359 days"),
        ("what time is it 3 hours 20 minutes after 10:50 pm", "2:10 am the next day"),
        ("what date is 90 days after 2024-03-01", "2024-05-30 (Thursday)"),
        ("98.6°F in Celsius", "37 °C"),
        ("how many km is 13.1 miles", "21.08 kilometers"),
        ("how many hours in a fortnight", "336 hours"),
        ("5 feet 10 inches in cm", "177.8 centimeters"),
        ("average these: 14, 52, 9, 31, 24", "26"),
        ("median of these exam marks: 62, 95, 78, 84, 70", "78"),
        ("solve for x: 5x - 8 = 17", "x = 5"),
        ("if 2x - 4 = 10, what is x?", "x = 7"),
        ("find p and q if p + q = 10 and p - q = 4", "p = 7, q = 3"),
    ],
)
async def test_word_problems_are_solved_with_their_exact_answers(request_text, answer):
    assert (await solve(request_text))["answer"] == answer


async def test_a_tip_and_split_shows_the_money_rounded_and_the_exact_share():
    data = await solve("86.40 plus an 18% tip, split between 4")
    assert data["answer"] == "25.49 per person" and data["result"] == 25.488 and data["exact"] == "25.488"
    assert data["steps"] == [
        "tip: 18% of 86.40 = 15.552",
        "with the tip: 86.40 + 15.552 = 101.952",
        "split 4 ways: 101.952 ÷ 4 = 25.488",
    ]
    assert any("rounded to the cent" in note for note in data["notes"])


async def test_a_discount_comes_off_before_tax_is_charged():
    data = await solve("$250 TV with 10% off plus 6% sales tax")
    assert data["values"] == {"bill": 250, "discount": 25, "tax": 13.5, "total": 238.5}


async def test_interest_without_simple_or_compound_is_asked_not_guessed():
    result = await call(create_server(), "solve", request="$10,000 at 5% for 10 years")
    assert "simple or compound" in error_text(result)


async def test_compound_interest_without_a_frequency_says_it_compounds_yearly():
    data = await solve("$10,000 at 5% compound interest for 10 years")
    assert "compounded once a year" in data["notes"][0]
    assert data["values"]["interest"] == pytest.approx(6288.946, abs=0.001)


async def test_the_standard_deviation_says_it_is_the_sample_one():
    data = await solve("mean, median and standard deviation of 3, 7, 7, 12, 21")
    assert data["answer"] == "mean 10; median 7; sample standard deviation 6.92820323028"
    assert "dividing by n − 1" in data["notes"][0]


async def test_the_population_standard_deviation_is_given_when_asked():
    data = await solve("population standard deviation of 2, 4, 4, 4, 5, 5, 7, 9")
    assert data["answer"] == "2" and data["values"] == {"population_standard_deviation": 2}


async def test_the_statistics_tool_reports_which_deviation_it_used():
    server = create_server()
    sample = await call(server, "statistics", numbers=[2, 4, 4, 4, 5, 5, 7, 9])
    population = await call(server, "statistics", numbers=[2, 4, 4, 4, 5, 5, 7, 9], population=True)
    assert sample.structured_content["stdev_kind"] == "sample"
    assert (population.structured_content["stdev"], population.structured_content["stdev_kind"]) == (2, "population")


async def test_a_linear_equation_is_solved_with_working_and_a_check():
    data = await solve("if 4n + 9 = 37, what is n?")
    assert data["result"] == 7 and data["values"] == {"n": 7}
    assert data["steps"][:2] == ["4n = 28 (unknown on the left, numbers on the right)", "n = 28 ÷ 4 = 7"]
    assert data["steps"][-1] == "check with n = 7: 4 * n + 9 = 37 and 37 = 37"


@pytest.mark.parametrize(
    ("request_text", "reason"),
    [
        ("solve x^2 = 4 for x and y", "not a linear equation"),
        ("x * y = 6 and x + y = 5", "not a linear equation"),
        ("solve x + y = 5", "infinitely many solutions"),
        ("how many days from February 10 to March 10", "name the year"),
        ("from 9:15 to 5:40", "say am or pm"),
        ("45 degrees in fahrenheit", "cannot convert"),
    ],
)
async def test_problems_that_have_no_single_answer_say_why(request_text, reason):
    result = await call(create_server(), "solve", request=request_text)
    assert reason in error_text(result)


async def test_a_contradiction_is_reported_as_having_no_solution():
    assert (await solve("x + 1 = x + 2"))["answer"] == "no solution: the equations contradict each other"


async def test_a_clock_span_ending_before_it_starts_says_it_runs_past_midnight():
    data = await solve("how long from 10pm to 6am")
    assert data["notes"] == ["the end time is taken to be on the next day"]


@pytest.mark.parametrize(
    "request_text",
    ["A jacket costs $120 and my cat is 25% off", "My phone bill costs $80 with 10% tax and a dog"],
)
async def test_a_named_item_is_allowed_only_right_before_its_price(request_text):
    result = await call(create_server(), "solve", request=request_text)
    assert result.is_error and "don't understand" in error_text(result)


@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("a car going 60 mph for 2.5 hours", "150 miles"),  # motion named by its units alone
        ("at 45 km/h for 20 minutes", "15 kilometers"),
        ("$2,000 at 4% simple for 5 years", "$2,400.00"),  # interest named by its rate and time alone
    ],
)
async def test_a_word_problem_without_its_key_words_is_read_from_its_units(request_text: str, answer: str) -> None:
    assert (await solve(request_text))["answer"] == answer


def test_a_problem_is_read_as_one_that_needs_a_unit_only_when_a_unit_of_that_kind_is_named() -> None:
    assert names_unit_of(tokenize("a train at 80 mph for 2 hours"), 0, "length")  # a rate's top counts
    assert names_unit_of(tokenize("sailed 12 nautical miles"), 0, "length")  # a unit of two words
    assert not names_unit_of(tokenize("What is 17% of 2,340?"), 0, "time")
    assert not names_unit_of(tokenize("2 hours and 30 minutes"), 0, "length")
