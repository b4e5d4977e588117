"""A tally written with spaces between its figures ('1020 1185 967 1240') is a list like one written with commas:
its label ('per stand') is set aside and its average or median read. A second question or a rate of something
else declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Bales per paddock: 212 198 240 225. Average?", 218.75),
        ("jobs per day this week 6 8 5 7 9, what's my average", 7),
        ("tally per stand this week: 1020 1185 967 1240 1102 998. what's the median", 1061),
        ("Tally per stand: 1020 1185 967 1240 1102 998 - mean please", 1085.3333),
    ],
)
async def test_a_tally_with_spaces_is_averaged_as_a_list(request_text: str, result: float):
    assert float((await solved(request_text))["result"]) == pytest.approx(result, abs=0.001)


@pytest.mark.parametrize(
    "request_text",
    [
        "tally per stand this week: 1020 1185 967 1240 1102 998. what's the average, and who did best?",
        "tally per stand this week: 1020 1185 967. what's the average per hour",
    ],
)
async def test_a_tally_with_a_second_question_or_another_rate_is_declined(request_text: str):
    await refused(request_text)
