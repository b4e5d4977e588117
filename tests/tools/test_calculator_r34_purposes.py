"""Round 34: what a figure is for, said after the question ('need it for a sales commission', "it's for the VAT"),
is no charge to add; a charge added after it still declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("whats 18% of 1,250? need it for a sales commission", 225),
        ("what is 15% of 1,860? for the deposit", 279),
        ("What's 20% of 450? It's for the VAT.", 90),
        ("What is 12% of 3,400? this is for the agent's commission", 408),
        ("whats 5% of 2,000? needed for the delivery fee", 100),
        ("What's 18% of 1,250? It is for a commission.", 225),
    ],
)
async def test_a_purpose_after_the_question_is_not_a_charge(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "whats 18% of 1,250? plus commission",
        "whats 18% of 1,250 plus the commission",
        "What's £80? add the delivery fee",
    ],
)
async def test_a_charge_added_still_declines(request_text: str):
    await refused(request_text)
