"""Paraphrases of an equation after talk and a colon, with the near-misses that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Solve this for me, my eyes aren't what they were: 0.8x + 150 = 630.", 600),
        ("Can you help, I keep getting it wrong: 5y - 12 = 3y + 4", 8),
        ("Be a dear and work this out, it's doing my head in: 4x - 6 = 30", 9),
        ("No idea where to start with this, sorry: 7n + 2 = 51", 7),
        ("Grandson asked me and I'm stumped: 3x = 36", 12),
    ],
)
async def test_equation_after_talk_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "My teacher gave 3 of these, here is one: 2x + 1 = 9",
        "Solve this for me, my eyes aren't what they were: 0.8x + 150 = 630 apples",
        "Help me out here: 2x + 3y = 12",
    ],
)
async def test_equation_after_talk_near_misses(request_text: str):
    await refused(request_text)
