"""A deposit held against damage on a hire ('booked for £1,380 plus a £200 damage deposit') is paid on top and
shared with the booking, and everything split ('split the whole lot', 'share everything') is the total; a plain
deposit (part of a price), money back, a balance still owed or an unpriced extra are declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Six of us booked a cottage for £1,380 plus a £200 damage deposit. Split evenly, how much each?", 263.33),
        ("The hire is €900 and there's a €250 breakage deposit on top. What's the total to pay?", 1150),
        (
            "Five of us have hired the minibus for £420, plus there's a £150 security deposit. "
            "If we split the whole lot evenly, what does each of us pay?",
            114,
        ),
        ("Four of us are sharing a £360 cabin and £84 of firewood. We'll split everything. How much each?", 111),
        ("3 of us bought a tent for $240 and a stove for $57. If we share it all equally, how much each?", 99),
    ],
)
async def test_everything_shared_including_a_held_deposit(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Six friends booked a boat for £1,380 and a £200 deposit. How much each?",
        "Six friends booked a boat for £1,380 and paid a £200 damage deposit. How much does each still owe?",
        "Six friends booked a boat for £1,380 plus a £200 damage deposit. How much do they get back each?",
        "Six friends booked a boat for £1,380 plus a £200 damage deposit and a 10% booking fee. How much each?",
        "Six lads booked the boat for £1,380 plus a £200 damage deposit. If they split the whole lot evenly "
        "but Dave pays nothing, what does each of the others pay?",
    ],
)
async def test_a_deposit_or_split_that_changes_the_sum_is_declined(request_text: str):
    await refused(request_text)
