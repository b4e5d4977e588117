"""A part taken off a sum first, the rest split equally between a count of things ('Raised £12,640. 8% goes on
admin and the rest is split equally between 4 projects. How much does each project get?'). The user among the
sharers, people counted, a second part or a question about one of them declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "each"),
    [
        ("Raised £12,640. 8% goes on admin and the rest is split equally between 4 projects. How much does each "
         "project get?", 2907.2),
        ("The bake sale made £1,500. £300 goes to the hall hire and the rest is shared between 3 schools. How much "
         "does each school get?", 400),
        ("we raised $9,000, 10% covers costs and the remainder is divided among 5 charities. how much does each "
         "charity receive?", 1620),
        ("Our grant is £20,000; 15% is kept back and what's left is split across 4 teams. How much will each team "
         "get?", 4250),
        ("A £3,000 legacy: £600 goes on the funeral and the rest is divided among 6 charities, how much does each "
         "charity get?", 400),
    ],
)  # fmt: skip
async def test_the_rest_is_split_equally_after_a_part_is_taken(request_text: str, each: float):
    answer = await solved(request_text)
    assert answer["result"] == each
    assert answer["problem"] == "the rest split"


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "we raised $9,000, 10% covers costs and the remainder is divided among 5 charities. how much do we each get?",
        "Raised £12,640. I kept £640 and the rest is split between 4 of us. How much does each get?",
        "Raised £12,640. 8% goes on admin and the rest is split between 4 projects. How much does the first get?",
        "Raised £12,640. 8% goes on admin plus £50 fees and the rest is split between 4 projects. How much each?",
        "Raised £12,640. 8% goes on admin and the rest is split equally between 4 projects and a reserve fund. How "
        "much does each project get?",
    ],
)
async def test_a_split_not_told_in_full_is_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
