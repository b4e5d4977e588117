"""Clock times of the 24-hour clock written with a dot and no am or pm ('takes off 14.40 and lands 23.05'); a dotted
number that could be a 12-hour time, a sum or a decimal stays as it was."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "minutes"),
    [
        ("Flight takes off 14.40 and lands 23.05, same time zone. How long is the flight?", 505),
        ("Flight takes off at 14.40 and lands at 23.05. How long is the flight?", 505),
        ("from 14.40 to 23.05 how long", 505),
        ("my shift is 07.30 to 15.45, how many hours", 495),
        ("train leaves 22.50 and gets in 01.15, how long is the journey", 145),
        ("The meeting ran from 13.15 until 16.00. How long was it?", 165),
    ],
)
async def test_dotted_24_hour_times_are_clock_times(request_text: str, minutes: int):
    solution = await solved(request_text)
    hours, minute = divmod(minutes, 60)
    assert f"{hours} h {minute} min" in solution["answer"] or solution["result"] == pytest.approx(minutes / 60)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "value"),
    [
        ("what is 14.40 + 23.05", 37.45),
        ("23.05 minus 14.40", 8.65),
    ],
)
async def test_dotted_numbers_in_sums_stay_numbers(request_text: str, value: float):
    assert (await solved(request_text))["result"] == pytest.approx(value)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "from 9.30 to 5.30 how long",  # morning to evening, or a decimal?
        "14.40 to 23.05 costs £5, how long",
        "14.4 to 23.05 how long",
        "from 14.40 to 25.10 how long",
    ],
)
async def test_dotted_numbers_that_may_not_be_times_are_declined(request_text: str):
    await refused(request_text)
