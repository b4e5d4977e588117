"""What a sale made after its costs ('350 tickets at £2 each, the prizes cost us £145, how much did we make?'):
the takings less the costs, never the two added as if both were paid. Unsold things, a loss, a float held or a
share asked of each decline.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "made"),
    [
        ("raffle: 350 tickets at £2 each, the prizes cost us £145. how much did we make?", 555),
        ("sold 120 cakes at £1.50 and spent £40 on ingredients, how much profit did we make?", 140),
        (
            "bake sale: 80 brownies at £1.25 each, the ingredients cost £32 and the stall cost £10. what did we make?",
            58,
        ),
        ("we sold 45 programmes at £3 each and printing cost us £60, how much did we clear?", 75),
        ("Quiz night: 62 entries at $5 each, and the prizes cost $90. How much did we make?", 220),
    ],
)
async def test_takings_less_costs_is_what_a_sale_made(request_text: str, made: float):
    answer = await solved(request_text)
    assert answer["result"] == made
    assert answer["problem"] == "takings less costs"


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "raffle: 350 tickets at £2 each, the prizes cost us £145, 20 were unsold. how much did we make?",
        "raffle: 350 tickets at £2 each, the prizes cost us £845. how much did we make?",
        "raffle: 350 tickets at £2 each, we have £145 in the float. how much did we make?",
        "raffle: 350 tickets at £2 each, the prizes cost us £145. how much did we each make?",
        "raffle: 350 tickets at £2 each, the prizes cost us $145. how much did we make?",
    ],
)
async def test_a_sale_not_told_in_full_is_declined_not_added_up(request_text: str):
    assert "I can't work out" in await refused(request_text)
