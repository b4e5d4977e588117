"""Ways counted under a condition the words state: a choice where order matters is an arrangement ('How many ways
can you pick 3 from 10 if order matters?' -> 720), and a seating around a round table or in a circle counts turns
of one seating once ('how many ways can 3 people sit around a round table?' -> 2); both were declined. A table not
said to be round, a choice around a table, or a further condition declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("how many ways can 3 people sit around a round table?", 2),
        ("In how many ways can 8 guests be seated around a circular table?", 5040),
        ("how many ways can 6 people be arranged in a circle?", 120),
        ("How many ways can you pick 3 from 10 if order matters?", 720),
        ("how many ways can I choose 2 of 6 flavours where order matters?", 30),
    ],
)
async def test_a_stated_condition_picks_the_count(request_text: str, result: int):
    answer = await solved(request_text)
    assert answer["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "how many ways can 6 people sit around a table?",
        "how many ways can 3 of 10 people sit around a round table?",
        "how many ways can 5 people sit around a round table if two must sit together?",
        "How many ways can you pick 3 from 10 if order doesn't matter?",
        "How many ways can you pick 3 from 10 if order matters and repetition is allowed?",
    ],
)
async def test_other_conditions_decline(request_text: str):
    await refused(request_text)
