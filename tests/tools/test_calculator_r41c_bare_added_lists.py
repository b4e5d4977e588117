"""Paraphrases of a list asked to be added up with the numbers straight after the ask and no commas ('add up 12.99
4.50 7.25', 'tot up 350 275 410'); near-misses with a second operation, a stray sign or a second kind of thing."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("add up 12.99 4.50 7.25 18.40 3.75", 46.89),
        ("tot up 350 275 410 189 92 pls", 1316),
        ("can you add up 12 15 18 for me", 45),
        ("add together 3.5 2.25 and 4", 9.75),
        ("add up £12.99 £4.50 £7.25", 24.74),
        ("Please total up 120 85 40 for me", 245),
    ],
)
async def test_a_bare_list_asked_to_be_added(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "add up 12 15 18 and divide by 3",
        "add up 12 15 18 minus 4",
        "add up 12 x 4 3",
        "add up 12 15 18 kg and 3 bags",
        "tot up 350 275 410 189 92 then what's 10% of it",
    ],
)
async def test_a_second_operation_or_thing_is_declined(request_text: str):
    await refused(request_text)
