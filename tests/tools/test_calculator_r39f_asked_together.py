"""A question that asks two things at once, or a thing the story never told: answered in full or declined.

A percentage the story never calls a tax is no VAT rate ('I add 60% on top. How much is the VAT?'); the whole and
each one's share asked together are both given or the request is declined; two rates asked at once ('per child
and per class') decline; and a total asked over one average thing ('the average calf weighs 150 kg ... in total')
needs how many there are.
"""

from __future__ import annotations

import pytest

from servers.tools.calculator.average_each import without_average
from tests.tools.conftest import cpu_time, refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Mugs are £6 plus VAT at 20%. How much is the VAT?", 1.20),
        ("Quote came to £450 plus 20% VAT. What's the VAT?", 90),
        ("Fitting is $80 and sales tax is 7%. How much tax is that?", 5.60),
        ("Dinner for 4 came to $120 plus a 15% tip. How much each?", 34.50),
        ("Sponsored swim raised £540 and 18 kids took part. What's that per child?", 30),
        ("I'm on £39,000 a year. What's that a month?", 3250),
        ("How many ounces is 250 grams? Doing a quiz and a recipe at the same time", 8.818),
        ("14 coaches filled up and on average each took 180 litres. How many litres in total?", 2520),
    ],
)
async def test_what_the_story_tells_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


async def test_a_percentage_never_called_a_tax_is_not_read_as_one():
    message = await refused("Candles cost me £4 each and I add 60% on top. How much is the VAT?")
    assert "never says the 60% is the tax" in message


async def test_the_whole_and_each_share_asked_together_are_both_given():
    answer = await solved("Dinner for 4 came to $120 plus 15% tip. What's the total and how much each?")
    assert "$138.00" in answer["answer"] and "$34.50" in answer["answer"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Candles cost me £4 each and I add 60% on top. How much is the VAT?",
        "I make soap for £2 a bar and put 40% on. What's the VAT?",
        "Frames are £30 plus 25%. How much is the tax on that?",
        "Table of 4 had 2 steaks at £18 and 2 salads at £9. What's the bill and how much each?",
        "Three of us had 2 curries at £11 and a rice at £3. How much each and what's the bill?",
        "Our sponsored read raised £312.60 and 24 children took part. What's that per child and per class?",
        "I earn £52,000 a year. How much is that a month and a week?",
        "The raffle made £900 from 300 tickets. What's that per ticket and per seller?",
        "Worming calves, the dose is 2.5 ml per 50 kg and the average calf weighs 150 kg. How many ml in total?",
        "The average bag holds 25 kg of feed and it costs £0.80 a kilo. What do I pay altogether?",
        "The new wing opens on 12 July after two years of building work.",
    ],
)
async def test_a_thing_asked_that_the_story_did_not_tell_is_declined(request_text: str):
    await refused(request_text)


def test_a_long_run_of_total_words_is_read_in_linear_time():
    with cpu_time() as spent:
        assert without_average("altogether " * 100_000) is None
    assert spent.seconds < 1.0  # a scan from every word to the end of the text takes minutes here
