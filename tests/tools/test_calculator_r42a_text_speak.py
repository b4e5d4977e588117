"""Text-speak for 'before' and 'week' ('gross b4 tax', 'this wk') reads as the words, and a cut asked with no
question word ('— how much do I keep') is read, not a crash."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("boss pays me $31.40/hr, did 38 hrs normal + 6 hrs overtime at time and a half this wk. wats my gross b4"
         " tax", 1475.8),
        ("on $25/hr, 40 hrs normal + 4 hrs overtime at double time this wk. gross b4 tax?", 1200),
        ("The firm takes 22% commission on everything I take. My week came to £1,002.95 — how much do I keep, to"
         " the penny?", 782.30),
        ("The agency keeps 15% of what I bill. I billed $2,400 this month. How much do I keep?", 2040),
    ],
)  # fmt: skip
async def test_text_speak_and_a_cut_are_read(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "boss pays me $31.40/hr, did 38 hrs normal + 6 hrs overtime at time and a half this wk. wats my pay after tax",
        "boss pays me $31.40/hr, did 38 hrs + 6 hrs overtime this wk. wats my gross b4 tax",
        "The firm takes 22% commission on everything I take. My week came to £1,002.95 — how much do I keep, and is"
        " that taxed?",
        "b4 the rise I earned $20/hr, now 5% more. what do I earn b4 tax per hour after a second rise?",
    ],
)
async def test_text_speak_with_a_missing_or_second_ask_is_declined(request_text: str):
    await refused(request_text)
