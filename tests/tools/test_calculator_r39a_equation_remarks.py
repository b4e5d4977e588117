"""An equation asked after a remark that says why ('been bugging me all morning, solve ...'): the remark changes no
equation when it holds no number, no unknown and no condition; near-misses keep one of those, or ask a second
thing."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Crossword club argument that's gone on far too long, solve 6x + 2 = 3x + 20 for x", 6),
        ("Quick one for the kids' maths club: find x if 5x - 3 = 2x + 9", 4),
        ("Right, settle an argument between me and the wife - solve 2x + 1 = 9", 4),
        ("Stuck on the back page puzzle in the staff room. Solve 7y - 4 = 3y + 12", 4),
    ],
)
async def test_an_equation_after_a_remark_is_solved(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "If x is positive, solve x - 3 = 4 and y",
        "Homework due at 7 pm, solve 2x = 10",
        "Only if it is whole, solve 3x = 10",
        "Bugging me all day, solve 2x + 1 = 9 and what is 3 squared",
        "Been on this since 9, solve x + 2 = 5 and tell me y",
    ],
)
async def test_a_remark_with_a_figure_or_a_second_ask_is_declined(request_text: str):
    await refused(request_text)
