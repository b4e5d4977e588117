"""A length that names a thing by its size ('15mm copper', '58ft boat') among lengths to add, and a total asked of
things told 'each': declined, never a sum that counts the size or a share each."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "request_text",
    [
        "need 15mm copper for runs of 2.35m, 1.8m, 3.15m and 0.95m. how many metres altogether?",
        "How much 22mm pipe in total? The runs are 4.2 m, 3.1 m and 1.75 m.",
        "Running 6mm cable: 12 m to the shower, 7.5 m to the cooker. Total metres?",
        "Ordering 18mm ply strips of 2.4 m, 1.2 m and 0.6 m, how many metres is that in all?",
        "Putting shelves on a wall 3.6 m wide, 6 shelves high, each shelf running the full width. How many metres "
        "of shelf board in total?",
        "Garage wall is 4.2 m long and I want 5 rails on it, each rail the full length. Total metres of rail?",
    ],
)
async def test_a_size_among_lengths_or_a_total_of_each_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("runs of 2.35m, 1.8m, 3.15m and 0.95m. how many metres altogether?", 8.25),
        ("The pipe runs are 4.2 m, 3.1 m and 1.75 m. How many metres in total?", 9.05),
        ("a 3 m plank and a 2.5 m plank, how many metres altogether?", 5.5),
    ],
)
async def test_lengths_said_alone_are_added(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)
