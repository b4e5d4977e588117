"""Clock stories: when to start so a thing is done by a time, whole slots between two times, a shift with 'no
break' as decimal hours, and the days to go from a date said to be today."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("If dinner's at 6:30pm and it takes 1 hr 45 to cook when do i need to start", "4:45 pm"),
        ("Hygiene appointments are 25 minutes each. If the hygienist works from 8:30 to 12:45 with no gaps, how many "
         "full appointments fit in?", "10 appointments"),
    ],
)  # fmt: skip
async def test_clock_plans_and_slots(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Shift starts 7.30am and finishes 4.15pm, no break. How many hours is that, as a decimal?", 8.75),
        ("The wedding is on 14 June 2025 and today is 3 February 2025. How many days to go?", 131),
    ],
)
async def test_spans_said_plainly(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "If dinner's at 6:30 and it takes 1 hr 45 to cook when do i need to start",
        "Hygiene appointments are 25 minutes each. If the hygienist works from 8:30 to 12:45 with a lunch break, how "
        "many full appointments fit in?",
        "The wedding is on 14 June and today is 3 February. How many days to go?",
    ],
)
async def test_clock_stories_not_settled_are_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
