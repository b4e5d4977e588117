"""Paraphrases of how many full portions a whole fills ('how many full 454 g jars'), with a closing remark on what
is left over; near-misses where the remark carries a figure or a second question, or the portion is not said."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Brewed 23 litres of cider. How many full 500 ml bottles is that? Dregs go down the sink", 46),
        ("Rendered 12 kg of lard. How many whole 250 g tubs will it fill? The rest I'll use for pastry", 48),
        ("Drew off 9 litres of elderflower cordial, how many full 750 ml bottles can I fill?", 12),
        ("Made 4.2 kg of chutney. How many full 340 g jars? Anything left over is for the cook", 12),
        ("There's 10 m of bunting tape. How many full 1.5 m lengths can I cut? Leftovers go in the craft box.", 6),
    ],
)
async def test_full_portions_of_a_whole(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Brewed 23 litres of cider. How many full 500 ml bottles is that? The rest, 2 litres, goes to my brother",
        "Made 4.2 kg of chutney. How many full 340 g jars? And how much is left over?",
        "Rendered 12 kg of lard. How many full tubs will it fill? The rest I'll use for pastry",
        "Drew off 9 litres of cordial and spilled some, how many full 750 ml bottles can I fill?",
        "Made 4.2 kg of chutney. How many full 340 g jars? What's left over, how much does it weigh?",
    ],
)
async def test_a_portion_count_not_fully_said_is_declined(request_text: str):
    await refused(request_text)
