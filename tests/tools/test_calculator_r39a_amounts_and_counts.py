"""An amount raised and how many took part, asked as an average each: the amount shared among the count, never a
'list' of the amount and the count; a school year naming the group ('our Year 6 quiz night') counts nothing.
Near-misses: a mean asked of the amount and the count, a total said beside its own values."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The bake sale made £245.50 and 20 volunteers helped. What's the average per volunteer?", 12.275),
        ("Our Year 6 quiz night raised £480 altogether and 32 families came. What's that on average per family?", 15),
        ("Our Grade 3 fun run brought in $1,260 altogether and 45 runners took part. What's that per runner?", 28),
    ],
)
async def test_an_amount_shared_among_those_who_took_part(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "The bake sale made £245.50 and 20 volunteers helped. What's the average?",
        "The bake sale made £245.50 and 20 volunteers helped. What's the mean?",
        "Stalls took £120, £95 and 40 visitors came. What's the mean?",
        "Takings were $1,850, $2,240 and $1,975, $6,065 in all. What's the mean?",
        "Stalls took £120, £95 and £130, £345 altogether. What's the median?",
    ],
)
async def test_a_mean_of_an_amount_and_a_count_is_declined(request_text: str):
    await refused(request_text)
