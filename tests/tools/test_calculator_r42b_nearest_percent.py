"""'to the nearest (whole) percent' closing a question of a share of a group rounds the percentage it asks for."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("19 of the 27 members voted yes. What percent is that to the nearest percent?", "70%"),
        ("Out of 45 swimmers, 38 passed. what % passed, to nearest whole %", "84%"),
        ("In a class of 31 pupils, 12 walk to school. What percentage is that, to the nearest percent?", "39%"),
        ("17 of our 23 players turned up. what percent is that to the nearest whole %", "74%"),
    ],
)
async def test_a_share_is_rounded_to_the_nearest_percent_asked(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.parametrize(
    "request_text",
    [
        "19 of the 27 members voted yes. What percent is that to the nearest percent, and how many voted no?",
        "19 of the members voted yes. What percent is that to the nearest percent?",
    ],
)
async def test_a_share_with_a_second_question_or_no_whole_is_declined(request_text: str):
    await refused(request_text)
