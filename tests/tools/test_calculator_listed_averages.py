"""The mean of one listed set of values told in a sentence of context: a number that counts the list ('the four
Saturdays') must match it, one that names the occasion ('100 m times', 'the 7:15 bus') is set aside, and anything
else, or a question about more than the mean, declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_a_count_of_the_occasions_confirms_the_list():
    answer = await solved(
        "Takings were $1,850, $2,240, $1,975 and $2,615 over the four Saturdays in June. What's the mean?"
    )
    assert answer["result"] == 2170
    assert answer["answer"] == "$2,170.00"


@pytest.mark.anyio
async def test_a_distance_naming_the_event_is_not_a_count_of_values():
    answer = await solved("Her 100 m times this month were 72.4, 71.8, 73.1 and 70.9 seconds. What's her average?")
    assert answer["result"] == pytest.approx(72.05)
    assert answer["unit"] == "seconds"


@pytest.mark.anyio
async def test_an_average_told_to_be_worked_out_with_what_the_values_are():
    assert (await solved("Compute the average of 320, 410, 385 and 445 daily visitors"))["result"] == 390


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Takings were $1,850, $2,240, $1,975 and $2,615 over the five Saturdays in June. What's the mean?",
        "Her 100 m times this month were 72.4, 71.8, 73.1 and 70.9 seconds. What will her average be next month?",
        "Passengers on my 3 runs each day this week: 38, 42, 35, 47 and 41. What's the mean?",
    ],
)
async def test_a_count_that_disagrees_or_a_prediction_declines(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # 'per' what the story counts or names in the plural: each value is one of them
        ("Ferry fares taken were €640, €585, €710 and €665 over four sailings. What's the average per sailing?", 650),
        ("our stalls took in 310, 275, 342, 298 and 325 dollars at the fair. what's the average per stall?", 310),
        # a period said as an adjective, of the periods the story counts
        ("Rent over the past three months was £1,950, £2,100 and £1,980. What's my average monthly rent?", 2010),
        # the question's noun as the story said it: 'tip' of 'tips', 'score' of 'scored'
        ("tips on the ferry this week were 14, 9, 22, 17 and 13 pounds. whats my average tip", 15),
        ("the darts team scored 312, 287, 344 and 301 in the league nights whats our mean score", 311),
        # the question as the mean's name alone
        ("Crossing times for the ferry this morning: 42, 45, 39, 47 and 44 minutes. Mean?", 43.4),
    ],
)
async def test_the_question_may_name_the_mean_as_the_story_told_it(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Our driving days so far were 212, 188, 305, 97 and 248 miles. What's the average per mile?",
        "Ferry fares were €640, €585, €710 and €665 on Saturday. What's the average per hour?",
        "Fares were €640, €585, €710 and €665 over four sailings. What's the average per week?",
        "Electricity for the last three quarters was £412, £388 and £451. What's my average weekly bill?",
    ],
)
async def test_a_per_the_story_does_not_count_declines(request_text: str):
    await refused(request_text)
