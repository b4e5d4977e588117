"""Where a claim came up, said after it ("The nurses were on about it on the ward.", "It came up at the pub quiz."),
is no claim of its own: the verdict is the claim's alone. A sentence that says something more ("The doctor mentioned
that it pumps blood to the lungs.") is still checked."""

from __future__ import annotations

import pytest
from conftest import fact_check, verdict

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Is it true that the human heart has four chambers? The nurses were on about it on the ward.", "supported"),
        ("Is it true that the human heart has three chambers? It came up at the pub quiz.", "contradicted"),
    ],
)
async def test_where_a_claim_came_up_is_no_claim(tmp_path, request_text: str, expected: str):
    assert await verdict(tmp_path, request_text) == expected


async def test_a_sentence_that_says_more_is_still_checked(tmp_path):
    checked = await fact_check(
        tmp_path,
        "Fact check: the human heart has four chambers. The doctor mentioned that it pumps blood to the lungs.",
    )
    assert len(checked["checks"]) == 2
