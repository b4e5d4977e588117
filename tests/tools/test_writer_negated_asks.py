"""An ask not to do something ("asking them not to park across our drive") is written as an ask not to do it,
never its opposite ("Could you please park across our drive?") nor with the "not" in the greeting ("Hello guests
not,")."""

from __future__ import annotations

import pytest

from tests.tools.conftest import drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said", "greeted"),
    [
        (
            "Write a polite email to my neighbour asking them not to park across our drive",
            "Please don't park across our drive.",
            "Hello [Name],",
        ),
        (
            "Write a polite email asking guests not to smoke on the balcony",
            "Please don't smoke on the balcony.",
            "Hello guests,",
        ),
        ("Write a note to the kids telling them not to eat the cake", "Please don't eat the cake.", "Hello kids,"),
    ],
)
async def test_a_negated_ask_stays_negated(request_text: str, said: str, greeted: str) -> None:
    text = await drafted(request_text)
    assert said in text
    assert greeted in text
    assert "Could you please" not in text
