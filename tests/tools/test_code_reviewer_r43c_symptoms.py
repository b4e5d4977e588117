"""A symptom the user describes is answered by a finding that explains it, or declined saying none does: a count
that comes out one short by a quotient rounded down (use ceiling division), a negative result by a difference taken
the wrong way round (check_in - check_out), a wrong total by a running total replaced on each pass of the loop.
Near-misses: the same symptom with code that has none of these shapes is declined, not answered with unrelated
findings; the right-way-round difference, ceiling division, and a loop that keeps the latest value are not flagged."""

from __future__ import annotations

import pytest

from tests.tools.conftest import review_reply

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


def _python(code: str, ask: str) -> str:
    return f"{ask}\n```python\n{code}\n```"


BINS = "def crates_for(kilos, crate_kg):\n    return kilos // crate_kg"
BUSES = "import math\n\ndef buses(riders, seats):\n    return int(riders / seats)"


@pytest.mark.parametrize(
    ("code", "ask"),
    [
        (BINS, "This is meant to tell me how many crates to take out, but we always end up one short."),
        (BINS, "crates count is one too few every other morning?? pls look"),
        (BUSES, "Our bus booking script comes up short by one bus whenever the numbers don't divide evenly."),
        (BINS, "Could you review this? It seems to undercount the crates we need."),
        (BUSES, "Kindly examine the following; the number of coaches it returns is one fewer than required."),
    ],
)
async def test_a_count_one_short_is_traced_to_rounding_down(code: str, ask: str):
    declined, text = await review_reply(_python(code, ask))
    assert not declined, text
    assert "count-rounded-down" in text and "ceil" in text
    assert "unchecked-divisor" not in text


@pytest.mark.parametrize(
    "code",
    [
        "import math\n\ndef crates_for(kilos, crate_kg):\n    return math.ceil(kilos / crate_kg)",
        "def crates_for(kilos, crate_kg):\n    return -(-kilos // crate_kg)",
        "def crates_for(kilos, crate_kg):\n    return kilos / crate_kg + 1",
    ],
)
async def test_a_count_one_short_with_no_rounding_down_is_declined(code: str):
    declined, text = await review_reply(_python(code, "We keep ending up one crate short with this."))
    assert declined, text
    assert "one crate short" in text or "explains" in text


async def test_floor_division_is_not_a_bug_without_a_symptom():
    declined, text = await review_reply(_python(BINS, "Can you review this?"))
    assert "count-rounded-down" not in text


NIGHTS = "def nights(arrive, depart):\n    return (arrive - depart).days"
SHIFT = "def shift_hours(clock_in, clock_out):\n    return (clock_in - clock_out).total_seconds() / 3600"
SPAN = "def duration(start_time, end_time):\n    gap = start_time - end_time\n    return gap"


@pytest.mark.parametrize(
    ("code", "ask", "swapped"),
    [
        (NIGHTS, "My stay length comes out negative. Why?", "depart - arrive"),
        (SHIFT, "timesheet shows minus hours for everyone, help", "clock_out - clock_in"),
        (SPAN, "Every duration I print is below zero. What have I done?", "end_time - start_time"),
        (SHIFT, "Please check this: the hours worked are negative numbers.", "clock_out - clock_in"),
    ],
)
async def test_a_negative_result_is_traced_to_a_reversed_difference(code: str, ask: str, swapped: str):
    declined, text = await review_reply(_python(code, ask))
    assert not declined, text
    assert "reversed-difference" in text and swapped in text


@pytest.mark.parametrize(
    "code",
    [
        "def nights(arrive, depart):\n    return (depart - arrive).days",
        "def shift_hours(clock_in, clock_out):\n    return (clock_out - clock_in).total_seconds() / 3600",
        "def change(price, discount):\n    return price - discount",
    ],
)
async def test_a_negative_result_with_the_difference_the_right_way_round_is_declined(code: str):
    declined, text = await review_reply(_python(code, "This gives negative numbers sometimes, what's wrong?"))
    assert declined, text
    assert "reversed-difference" not in text


async def test_a_reversed_difference_is_not_a_bug_without_a_symptom():
    declined, text = await review_reply(_python(NIGHTS, "Any bugs?"))
    assert "reversed-difference" not in text


TIPS = "def tips_total(tips):\n    total = 0\n    for t in tips:\n        total = t\n    return total"
WEIGHT = (
    "def load(sacks):\n    weight = 0.0\n    for sack in sacks:\n        weight = sack.kg\n    print(weight)\n"
    "    return weight"
)


@pytest.mark.parametrize(
    ("code", "ask"),
    [
        (TIPS, "The tips total is way off at the end of the night, can you see why?"),
        (TIPS, "total comes out wrong, no idea why"),
        (WEIGHT, "We weigh the van load with this and the sum is wrong every time."),
        (WEIGHT, "Could you review this function for me?"),
    ],
)
async def test_a_running_total_replaced_in_the_loop_is_found(code: str, ask: str):
    declined, text = await review_reply(_python(code, ask))
    assert not declined, text
    assert "overwritten-total" in text and "+=" in text


@pytest.mark.parametrize(
    "code",
    [
        "def tips_total(tips):\n    total = 0\n    for t in tips:\n        total += t\n    return total",
        "def latest(readings):\n    last = 0\n    for r in readings:\n        last = r\n    return last",
        "def highest(bids):\n    best = 0\n    for b in bids:\n        if b > best:\n            best = b\n"
        "    return best",
        "def tips_total(tips):\n    total = 0\n    for t in tips:\n        share = t * 0.9\n"
        "        total = total + share\n    return total",
    ],
)
async def test_a_loop_that_adds_or_keeps_the_latest_is_not_flagged(code: str):
    declined, text = await review_reply(_python(code, "The total looks wrong, can you check?"))
    assert "overwritten-total" not in text


async def test_negative_numbers_the_code_works_on_are_no_negative_result():
    code = (
        "def drop_below_zero(readings):\n    for r in readings:\n        if r < 0:\n            readings.remove(r)\n"
        "    return readings"
    )
    declined, text = await review_reply(
        _python(code, "I'm stripping out the negative readings but a few of them stay. Why?")
    )
    assert not declined, text
    assert "modify-while-iterating" in text


async def test_a_reversed_plus_equals_is_not_also_called_an_overwritten_total():
    code = "def tips_total(tips):\n    total = 0\n    for t in tips:\n        total =+ t\n    return total"
    declined, text = await review_reply(_python(code, "The total is wrong."))
    assert not declined and "reversed-augmented-assignment" in text and "overwritten-total" not in text
