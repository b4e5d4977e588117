"""'How many full weeks is 45 days?': a measure asked in whole units of the unit named is its whole part, with the
whole amount said beside it. A second question or a measure of another kind declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        (
            "The scan is booked for 45 days' time. How many full weeks away is that?",
            "6 full weeks (6.429 weeks in all)",
        ),
        ("how many whole weeks in 45 days", "6 whole weeks (6.429 weeks in all)"),
        ("how many full hours is 200 minutes?", "3 full hours (3.333 hours in all)"),
        ("The course runs 100 days. How many complete weeks is that?", "14 complete weeks (14.29 weeks in all)"),
    ],
)
async def test_a_measure_asked_in_whole_units_is_its_whole_part(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.parametrize(
    "request_text",
    ["how many full weeks in 45 days and how many months?", "how many full weeks in 45 kg"],
)
async def test_whole_units_with_a_second_question_or_another_measure_are_declined(request_text: str):
    await refused(request_text)
