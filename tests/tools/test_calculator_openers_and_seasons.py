"""A word of greeting before the question in the user's own language ('Bo, what is 2^20 minus 1,000,000?'), and a
change told with its season opening the figure's clause ('Last season the mill pressed 1,850 tonnes of olives, this
season 2,405 tonnes')."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("Bo, what is 2^20 minus 1,000,000?", "48576"),
        (
            "Last season the mill pressed 1,850 tonnes of olives, this season 2,405 tonnes. What is the increase in "
            "percent, compared to last season?",
            "30% increase",
        ),
    ],
)
async def test_read_in_full(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.anyio
async def test_a_cue_in_another_clause_tells_of_something_else():
    # 'last' tells of the visit, in a clause of its own; which figure came first is not said
    await refused(
        "I visited last, and the mill pressed 1,850 tonnes and 2,405 tonnes. What is the increase in percent?"
    )
