"""Paraphrases of a part of a named whole and of a thing named by a phrase after it, with the near-misses that must
decline (never read as a percentage change)."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Our target for the sponsored walk was £15,000 and we've raised £11,850 so far. What percentage of the "
         "target is that?", 79),
        ("The target for the sponsored walk was £15,000 and we've raised £11,850. What percentage of the target is "
         "that?", 79),
        ("The goal for the fun run was £400 and we made £300. What percentage of the goal is that?", 75),
        ("The cost of the school trip is £450 for 15 pupils. How much each?", 30),
        ("We sold 18 of the 24 tickets. What percentage?", 75),
        ("Sales rose from £40,000 to £46,000. What percentage increase?", 15),
    ],
)  # fmt: skip
async def test_parts_and_named_things_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "We've raised £11,850 of our £15,000 target. What percentage is that?",
        "Our target for the sponsored walk was. What percentage is that?",
    ],
)
async def test_parts_and_named_things_near_misses(request_text: str):
    await refused(request_text)
