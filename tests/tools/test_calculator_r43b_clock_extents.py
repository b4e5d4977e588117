"""An amount an hour kept up between two clock times is that amount times the hours between them; a break, a second
span or times that need not be a working day are declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("the lift carries 2,400 skiers an hour and runs from 8:30 to 4:00, how many skiers?", 18000),
        ("The pump moves 1,200 litres an hour from 6am till 2pm. How many litres is that?", 9600),
        ("we pack 300 boxes an hour, 9:00-17:30. how many boxes?", 2550),
        ("The bottling line fills 450 bottles an hour and runs 7:45 to 3:15. How many bottles is that?", 3375),
    ],
)
async def test_a_rate_an_hour_over_a_clock_span_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "the lift carries 2,400 skiers an hour and runs from 8:30 to 4:00 with a break at 12, how many skiers?",
        "the lift carries 2,400 skiers an hour and runs from 8:30 to 4:00 and 6:00 to 9:00, how many skiers?",
        "the lift carries 2,400 skiers an hour and runs from 11:15 to 10:40, how many skiers?",
        "we pack 300 boxes an hour from 9:00 to 17:30 with half an hour for lunch. how many boxes?",
        "The ferry leaves at 10:15 and gets in at 2:40, how long is the crossing?",
    ],
)
async def test_a_break_a_second_span_or_an_unclear_span_is_declined(request_text: str):
    await refused(request_text)


async def test_money_an_hour_over_clock_times_keeps_its_own_declines():
    await refused("party runs 2pm till 4:45pm and the entertainer charges £40 an hour plus £20 travel. how much?")
