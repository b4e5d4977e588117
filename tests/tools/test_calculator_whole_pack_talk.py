"""Talk that only says a pack not full still counts as a pack, after the question or closing it after a comma, is
set aside: the packs needed are rounded up anyway. Talk that says anything else is not."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "We have 7,800 stems of Freedom to pack, 350 stems per box. How many boxes do I need, compadre? A box "
            "that is not full still counts as a box.",
            23,
        ),
        (
            "The buyer from Lilongwe wants 1,340 kg of dried usipa packed in 50 kg sacks. How many sacks do I need, "
            "counting the last one even if it is not full?",
            27,
        ),
        ("Leaf sacks take up to 28 kg each. Today's leaf is 1,950 kg. How many sacks do I need?", 70),
        (
            "30 carpets. Each bale holds at most 4 carpets. How many bales do I need? A bale with fewer carpets is "
            "still a bale.",
            8,
        ),
    ],
)
async def test_whole_pack_talk_is_set_aside(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
async def test_a_part_said_to_count_as_a_part_is_not_set_aside():
    await refused("We have 7,800 stems, 350 stems per box. How many boxes? A box that is not full counts as half.")
