"""A rate named by what it counts ('the mortality rate in percent', 'the laying percentage', 'pass rate') of a
counted group: the count its name says, as a percentage of the other. A rate the story does not count, a second
question, a third figure or a part larger than the group decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("I received 500 chicks last month and 23 have died. What is the mortality rate in percent?", "4.6%"),
        ("Got 1,200 hens in the shed and they laid 948 eggs today. Laying percentage?", "79%"),
        ("We set 240 eggs and 198 hatched. Hatch rate?", "82.5%"),
        ("45 swimmers sat the badge and 38 passed. What's the pass rate, to 1 dp?", "84.4%"),
        ("Of the 60 rooms, 51 were booked last night. Occupancy rate?", "85%"),
    ],
)
async def test_a_named_rate_is_the_part_it_counts_of_the_group(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.parametrize(
    "request_text",
    [
        "Out of 500 chicks, 23 have died. What is the survival rate?",
        "Out of 500 chicks, 23 have died. What is the mortality rate and how many are left?",
        "Out of 500 chicks, 623 have died. What is the mortality rate?",
        "Out of 500 chicks, 23 have died and 12 are sick. What is the mortality rate?",
        "23 chicks have died. What is the mortality rate?",
    ],
)
async def test_a_named_rate_not_told_or_with_a_figure_missing_or_extra_is_declined(request_text: str):
    await refused(request_text)
