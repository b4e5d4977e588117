"""'What's that costing me' asks the money a delivery comes to, as 'what does it cost' does; a delivery 'dropped
off' is no discount. A missing price, a price knocked off or a second question decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("The butcher dropped off 6.5 kg of mince at £7.20 per kg. What's it costing us?", "£46.80"),
        ("What's that delivery costing me? 40 litres of milk at $1.35 a litre.", "$54.00"),
        ("The rep just dropped off 40 boxes at $12.50 a box, what's that costing me", "$500.00"),
        ("12 metres of rope at £2.15 a metre - what's that costing?", "£25.80"),
        (
            "Fish man's just dropped off a box of haddock, 18 kilos at £9.40 a kilo. What's that box costing me?",
            "£169.20",
        ),
    ],
)
async def test_what_a_delivery_is_costing_is_its_price_times_its_amount(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.parametrize(
    "request_text",
    [
        "18 kilos at £9.40 a kilo, he knocked off £5. What's that box costing me?",
        "18 kilos of haddock. What's that box costing me?",
        "18 kilos at £9.40 a kilo. What's that box costing me and how much per fish?",
        "18 kilos at £9.40 a kilo. What's that costing me in dollars?",
    ],
)
async def test_a_cost_with_a_price_missing_or_changed_or_a_second_question_is_declined(request_text: str):
    await refused(request_text)
