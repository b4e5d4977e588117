"""Paraphrases of a whole-tablet dose at one tablet per so many kilograms ('38 kg, 1 tablet per 10 kg'): the
'per 10 kg' is the rate of the count told, not the unit the question asks, so the answer is whole tablets, never
a fraction of a tablet per 10 kg; and near-misses with no weight, or a period of dosing that is not said."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Big lad weighs 38 kg and the wormer is 1 tablet per 10 kg, rounded up to the next whole tablet. "
            "How many tablets does he need?",
            4,
        ),
        ("Our spaniel is 38 kg and the wormer is 1 tablet per 10 kg. How many tablets does she need, rounded up?", 4),
        ("how many tablets for a 38kg dog if its 1 tablet per 10kg rounded up", 4),
        ("dog is 38 kg, wormer dose is 1 tablet per 10 kg rounded up, how many tablets", 4),
        ("How many tablets for a 38 kg dog at 1 tablet per 10 kg?", 4),
    ],
)
async def test_whole_tablets_at_one_per_so_many_kilograms(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "1 tablet per 10 kg, how many tablets does he need?",
        "Dog is 38 kg and the wormer is 1 tablet per 10 kg. How many tablets a week?",
        "38 kg dog, 1 tablet per 10 kg, how many tablets a week",
        "Dog is 38 kg and the wormer is 1 tablet per 10 kg, given twice a day. How many tablets a day?",
        "ratio is 1 adult for every 8 children, 45 children, how many adults per day",
    ],
)
async def test_no_weight_or_an_unsaid_period_is_declined(request_text: str):
    await refused(request_text)
