"""A race named without an article or with when it was run ('Ran 10k this morning in 52 minutes flat. What was my
pace per km?' is 5.2 minutes per km); '10k' that is not followed by the time it took is still ten thousand.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "pace"),
    [
        ("Ran 10k in 50 minutes flat. What was my pace per km?", 5),
        ("ran 5k this morning in 30 minutes, what's my pace per km", 6),
        ("did a 5k yesterday in 27 minutes 30 seconds, pace per km?", 5.5),
        ("Jogged 8k today in 48 minutes. Pace per km?", 6),
        ("walked a 10k on sunday in 100 minutes. what was my pace per km", 10),
        ("I ran my first 10k last night in 55 minutes. Pace per km?", 5.5),
    ],
)
async def test_a_race_run_in_a_time_gives_its_pace(request_text: str, pace: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(pace)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I ran 10k in 3 months of training, how many km a week",
        "Ran 10k this morning in 52 minutes and 5k in 30 minutes. What was my pace per km?",
    ],
)
async def test_a_race_without_its_one_time_declines(request_text: str):
    await refused(request_text)
