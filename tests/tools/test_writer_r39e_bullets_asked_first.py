"""Round 39: a list asked for in a question, its points told in the sentences after it ("Can you put 3 bullet points
together for the allotment board? Gates lock at dusk. Water is off from 1 November. Rent is due in January."), is
written from those points; too few points for the count, a question after the ask, or no points is declined."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "points"),
    [
        (
            "Can you write 3 bullet points for the allotment board? Gates lock at dusk. Water is off from 1 November. "
            "Rent is due in January.",
            ["Gates lock at dusk", "Water is off from 1 November", "Rent is due in January"],
        ),
        (
            "Could you write a bulleted list for the volunteers? Aprons are in the cupboard. The float is in the tin.",
            ["Aprons are in the cupboard", "The float is in the tin"],
        ),
    ],
)
async def test_points_told_after_the_asked_list_are_its_bullets(request_text: str, points: list[str]) -> None:
    text = await drafted(request_text)
    assert text.count("\n- ") + text.startswith("- ") == len(points)
    assert all(point in text for point in points)


@pytest.mark.parametrize(
    "request_text",
    [
        "Can you write 3 bullet points for the allotment board? Gates lock at dusk.",
        "Can you write 3 bullet points for the allotment board? When does the water go off?",
        "Can you write 3 bullet points for the allotment board?",
    ],
)
async def test_too_few_points_a_question_or_none_are_declined(request_text: str) -> None:
    await declined_by_writer(request_text)
