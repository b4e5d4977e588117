"""Lots of lengths added up ('2 lengths of 3.6 m and 4 lengths of 2.4 m of pine. Total metres?'); two units, a cut, or
a price asked stays declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Would you add these up for me: 2 lengths of 3.6 m and 4 lengths of 2.4 m of pine. Total metres?", 16.8),
        ("3 boards of 2.4 m plus 2 boards of 1.8 m, total length?", 10.8),
        ("5 pieces of 1.2 m, 3 pieces of 0.8 m and 2 pieces of 2 m, how many metres altogether?", 12.4),
        ("4 planks of 2.7 m and 6 planks of 1.5 m. What length is that in total?", 19.8),
        ("2 rolls of 10 m and 3 rolls of 5 m of cable, total?", 35),
        ("Quick one: 6 lengths of 8 ft and 2 lengths of 12 ft. Total feet?", 72),
    ],
)
async def test_lots_of_lengths_are_added(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "2 lengths of 3.6 m and 4 lengths of 2.4 ft, total?",
        "2 lengths of 3.6 m and 4 lengths of 2.4 m, cut 0.5 m off, total?",
        "2 lengths of 3.6 m and 4 lengths of 2.4 m, how much do they cost?",
    ],
)
async def test_lengths_that_say_more_are_declined(request_text: str):
    await refused(request_text)
