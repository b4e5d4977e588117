"""How many are needed at a ratio of one to so many ('one carer per seven residents', '1 adult for every 8
children'), a part of one more being one more; a ratio of other things, or help already there, stays declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("we've got 42 residents at the moment and the night ratio we work to is one carer per seven residents. how "
         "many carers do i need on the night rota?", 6),
        ("the ratio is 1 adult for every 8 children and we're taking 30 children. how many adults do we need?", 4),
        ("1 leader per 6 scouts, 20 scouts coming, how many leaders?", 4),
        ("one teacher per 15 pupils, 45 pupils, how many teachers", 3),
        ("We need one marshal for every 50 runners and 420 runners have entered. How many marshals?", 9),
        ("1 steward per 100 guests. 250 guests. How many stewards do we need?", 3),
    ],
)  # fmt: skip
async def test_how_many_at_one_per_so_many(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "we've got 42 residents and one carer per seven residents, how many residents?",
        "1 carer per 7 residents and 42 residents, 2 carers already on, how many more carers?",
        "one carer per 7 residents and 42 patients, how many carers?",
    ],
)
async def test_ratios_that_leave_a_guess_are_declined(request_text: str):
    await refused(request_text)
