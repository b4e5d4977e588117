"""Paraphrases of a measure said with a contracted 'is' ("the lane's 50 metres"), and near-misses with two such
measures, a missing count or an owner's 's."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Track's 400 metres. I jogged 12 laps this morning, how many km is that?", 4.8),
        ("The outdoor pool's 50 metres. Sam swam 30 lengths, how many km is that?", 1.5),
        ("The garden hose's 15 metres. What's that in feet?", 49.21),
    ],
)
async def test_a_measure_said_with_a_contracted_is(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Track's 400 metres and the inner track's 300 metres. I jogged 12 laps, how many km is that?",
        "Track's 400 metres. I jogged some laps this morning, how many km is that?",
        "The outdoor pool's 50 metres. Sam swam 30 lengths and then 10 widths, how many km is that?",
        "Track is 400 metres. I jogged some laps this morning, how many km is that?",
    ],
)
async def test_a_contracted_measure_not_fully_said_is_declined(request_text: str):
    await refused(request_text)
