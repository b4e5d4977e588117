"""The average each worker of a crew did ('1,846 sheep today with 7 shearers. avg per man?') is the things done
shared exactly among the crew; a time word after a count ('sheep today') is not what is counted."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("we sheared 1,846 sheep yesterday with 7 shearers. what's the average per man?", "263.71 sheep each"),
        ("The 7 shearers did 1,846 sheep between them. What's the average per shearer?", "263.71 sheep each"),
        ("Picked 3,210 apples with 6 pickers today, average per person?", "535 apples each"),
        ("Our crew laid 2,450 bricks today with 4 brickies. Average per man?", "612.5 bricks each"),
        ("gang did 1,846 sheep today with 7 shearers. how many per shearer?", "263 sheep each, with 5 left over"),
    ],
)
async def test_a_crews_average_each_is_the_work_shared_exactly(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.parametrize(
    "request_text",
    [
        "1,846 sheep with 7 shearers and 3 rouseabouts, avg per man?",
        "gang did 1,846 sheep today with 7 shearers. avg per man in kg?",
        "50 sweets among 5 kids, how many per kid in kg?",
        "gang did 1,846 sheep today with 7 shearers. avg per man per hour?",
        "gang did sheep today with 7 shearers. avg per man?",
    ],
)
async def test_a_crews_average_with_two_crews_another_unit_or_no_total_is_declined(request_text: str):
    await refused(request_text)
