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
