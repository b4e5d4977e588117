"""Round 42: a figure measured in one medium ("343 metres a second in air") is checked against the notes on that
medium, not against a figure for another ("about 1,480 metres per second" in water), which neither backs nor denies
it; a claim in that medium with another figure is still contradicted."""

from __future__ import annotations

import pytest
from conftest import verdict

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "The science teacher reckons sound travels at roughly 343 metres a second in air. Is that right? "
            "I said it was slower.",
            "supported",
        ),
        ("my sparky mate swears sound travels at about 343 metres per second in air", "supported"),
        ("Sound travels at about 500 metres per second in air", "contradicted"),
        ("Sound cannot travel through a vacuum", "supported"),
    ],
)
async def test_a_figure_in_a_medium_is_checked_against_that_medium(tmp_path, request_text: str, expected: str):
    assert await verdict(tmp_path, request_text) == expected


async def test_a_figure_for_another_medium_is_not_backed(tmp_path) -> None:
    assert await verdict(tmp_path, "Sound travels at about 343 metres per second in water") != "supported"
