""" "Is it safe to ship?" asks whether code is ready to release: a whole review, bugs and failing inputs included,
not only its security. "Is this code safe?" still asks about security."""

from __future__ import annotations

import pytest
from conftest import review_reply

pytestmark = pytest.mark.anyio

_AVERAGE = "```python\ndef average(values):\n    return sum(values) / len(values)\n```"


@pytest.mark.parametrize(
    "ask",
    [
        "Look over this function and tell me if it's safe to ship:",
        "Is this safe to deploy?",
        "Safe to merge?",
        "is it safe to release this on Friday?",
        "Would you say this is safe to go live with?",
    ],
)
async def test_safe_to_ship_is_answered_with_a_whole_review(ask):
    failed, text = await review_reply(f"{ask}\n{_AVERAGE}")
    assert not failed, text
    assert "division-by-len" in text


@pytest.mark.parametrize("ask", ["Is this code safe?", "Is it safe from injection?"])
async def test_safe_alone_still_asks_about_security(ask):
    failed, text = await review_reply(f"{ask}\n{_AVERAGE}")
    assert failed
    assert "None of my security checks fired" in text
