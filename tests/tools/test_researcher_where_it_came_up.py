"""A question followed by where it came up ("The nurses were on about it on the ward.", "My GP mentioned it last
week.") is looked up alone: talk about the question is why the asker asks, not more to look up. An aside that asks for
more after all ("..., so explain how blood flows through them too") keeps the whole request."""

from __future__ import annotations

import pytest
from conftest import researched

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    "question",
    [
        "How many chambers does the human heart have? The nurses were on about it on the ward.",
        "How many chambers does the human heart have? My GP mentioned it last week.",
    ],
)
async def test_where_a_question_came_up_does_not_change_it(tmp_path, question):
    assert "four chambers" in await researched(tmp_path, question)
