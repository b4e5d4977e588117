"""Paraphrases of hours between clock times asked in short units ('how many hrs', 'in mins'), with a closing 'decimal
pls', and of a shift whose end is said as clocking off, less an unpaid break; near-misses with a second question, a
break whose length or pay is not said, or a second break."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("8.15am to 4.45pm how many hrs? decimal pls", 8.5),
        ("start 7.30am finish 4.15pm whats that in hrs", 8.75),
        ("started 21:30 finished 04:15, how many hrs did i do", 6.75),
        ("worked 22:00 till 06:30, how many hrs", 8.5),
        ("how many mins from 14:05 to 16:50", 165),
        ("I worked 8.15am to 4.45pm, how long in hours, decimal please", 8.5),
        (
            "right so my shift starts 5.40am and I clock off at 2.10pm, minus a 45 min unpaid break. How many hours "
            "am I actually paid for? in decimal please, payroll want it like that",
            7.75,
        ),
        ("I start at 6am and clock off at 2.30pm with a 30 min unpaid lunch, how many paid hours?", 8),
    ],
)
async def test_hours_between_clock_times_asked_in_short_units(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.parametrize(
    "request_text",
    [
        "8.15am to 4.45pm how many hrs and how much do i earn",
        "started 21:30 finished 04:15 with a break, how many hrs did i do",
        "I start at 6am and clock off at 2.30pm with a 30 min lunch and a 15 min tea break, how many paid hours?",
        "my shift starts 5.40am and I clock off at 2.10pm, minus a 45 min break. How many hours am I paid for?",
        "how many hrs from 9.40am",
        "what is 1/8, decimal pls",
    ],
)
async def test_a_second_question_or_an_unsaid_break_is_declined(request_text: str):
    await refused(request_text)
