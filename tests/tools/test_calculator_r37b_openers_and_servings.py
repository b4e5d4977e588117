"""Paraphrases of 'one' that stands for the day or the question ('Busy one today.'), and of a recipe cooked for
people named by who they are ('for 46 residents'), with the near-misses that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.rounds


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Busy one today. Did 3 lock changes at £85 each and two emergency call-outs at £120 each. What did I take "
         "altogether?", 495),
        ("Quick one: what's 15% of £240?", 36),
        ("Big one, sorry. We sold 120 tickets at £8 each. What did we take?", 960),
        ("The cottage pie recipe serves 8 and uses 1.2 kg of mince. I'm cooking for 46 residents. How much mince do I "
         "need?", 6.9),
        ("The recipe serves 8 and uses 1.2 kg of mince. How much mince do I need for 46 residents?", 6.9),
        ("A stew for 6 needs 900 g of beef. How much beef for 15 campers?", 2250),
        ("The recipe feeds 4 and takes 500 g of pasta. We're cooking for 22 pensioners. How much pasta?", 2750),
    ],
)  # fmt: skip
async def test_opener_and_serving_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I bought one. It was £5 plus 20% VAT. Total?",  # 'one' counts what was bought
        "Add one. What's 5 plus 6?",
        "The recipe serves 8 and uses 1.2 kg of mince. I'm cooking for 46 burgers. How much mince do I need?",
    ],
)
async def test_opener_and_serving_near_misses(request_text: str):
    await refused(request_text)
