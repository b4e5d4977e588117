"""A group named with how it came about ('Out of 860 offers made, 301 were accepted') is the group: the part of it
asked as a percentage; a participle with no pause after it, or a list of parts, stays declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Out of 860 offers made, 301 were accepted. What percent is that?", 35),
        ("Of 1,200 emails sent, 312 were opened. What percentage is that?", 26),
        ("Out of 40 applications received, 14 were shortlisted. What percent is that?", 35),
        ("Of 250 tickets sold, 200 were scanned at the door. What percent is that?", 80),
        ("Out of 80 parcels delivered, 6 were damaged. What percentage is that?", 7.5),
        ("Of 64 quotes submitted, 16 were accepted. What percent is that?", 25),
    ],
)
async def test_a_group_named_with_a_participle_is_the_whole(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Out of 860 offers made 301 were accepted. What percent is that?",
        "Of 50 cakes baked, 12 burned, 30 sold. What percent is that?",
        "Out of 860 offers made, 301 were accepted. What percent were refused?",  # said nowhere
    ],
)
async def test_groups_that_leave_a_guess_are_declined(request_text: str):
    await refused(request_text)
