"""Paraphrases of a shared amount named by a few words after it, and near-misses."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Split the £1,260 Christmas bonus pot evenly between me and 3 others", 315),
        ("Share the $900 summer raffle pot equally among 6 of us", 150),
        ("Split the £600 Easter bonus pot evenly between 5 of us", 120),
    ],
)
async def test_named_pots_split(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Split the £1,260 Christmas bonus pot and the £200 raffle evenly between me and 3 others, minus 10% first",
        "Split the £1,260 Christmas bonus pot evenly between me and the others",
    ],
)
async def test_named_pot_near_misses_are_declined(request_text: str):
    await refused(request_text)
