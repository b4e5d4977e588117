"""Round table: groups who each paid, less a commission or fee, in several voices; near-misses that decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("14 people paid €38 each. The agency takes 22% commission. What's left for me?", 414.96),
        ("A party of 8 paid £45 each for the cookery class and the booking site takes 15%. What do I get?", 306),
        (
            "A class of 30 paid $12 each for the trip and the coach company keeps 10% as a fee. How much is left for "
            "the school?",
            324,
        ),
        ("Twelve guests paid ¥5,000 each and the platform keeps 20% commission. How much do I keep?", 48000),
        ("The agency keeps 22% commission on €532. How much does the agency keep?", 117.04),
        ("The agent keeps 10% of the £4,000 sale. How much does the agent keep?", 400),
        ("I sold 20 paintings at £150 each and the gallery keeps 40%. How much does the gallery keep?", 1200),
        ("We take 10% commission on a £5,000 sale. How much do we keep?", 500),
    ],
)
async def test_group_payments_less_a_commission(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "A group of 14 paid €38 each and the agency keeps 22% commission. How much does each person pay?",
        "A group of 14 paid €38 each and the agency keeps 22% commission and a €20 fee. How much do I keep?",
        "14 paid €38 each and the agency keeps 22% commission. How much do I keep?",
        "A group of 14 paid €38 each, 3 got refunds, and the agency keeps 22% commission. How much do I keep?",
    ],
)
async def test_group_payments_that_say_more_decline(request_text: str):
    await refused(request_text)
