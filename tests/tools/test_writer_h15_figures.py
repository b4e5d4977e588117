"""Figures said of a thing the request describes in words of its own ("our handmade oak chopping board, 40 x 25 cm,
£35") are its size and price, and are written; a figure beside a bare name ("the Orbit lamp: £59.99") or handed
on as "it" ("an email to Sam about it: £59.99") still says nothing of what it is, and is declined."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a product description for our handmade oak chopping board, 40 x 25 cm, £35.",
            "Our handmade oak chopping board: 40 x 25 cm, £35.",
        ),
        (
            "Write a product description for our handmade oak chopping board, 40 x 25 cm, £35. Keep refining it "
            "until the reviewer signs off.",
            "Our handmade oak chopping board: 40 x 25 cm, £35.",
        ),
        ("Write a listing for our solid walnut side table: 60 cm tall, £120", "Our solid walnut side table: 60 cm"),
        ("write a blurb for my hand-thrown stoneware mug, 350 ml, $28", "My hand-thrown stoneware mug: 350 ml, $28."),
        (
            "Write the product description for the recycled cotton tote bag:\n\n38 x 42 cm, €19.50",
            "The recycled cotton tote bag: 38 x 42 cm, €19.50.",
        ),
        ("Draft a listing for our vintage brass desk lamp, 45 cm, £60", "Our vintage brass desk lamp: 45 cm, £60."),
    ],
)
async def test_figures_of_a_described_thing_are_written(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "Write the product description for the Orbit lamp:\n\n£59.99",
        "Write a product description for our new blender: £49",
        "Write an email to Sam about it: £59.99",
        "write an email to Sam about it:\n\n£59.99",
        "Text my sister about it: $120",
        "Write a message to the team about this:\n\n15%",
        "Write a short note to Priya regarding it: 3.4 kg",
        "Send Omar a message about that: €45",
    ],
)
async def test_a_figure_said_of_nothing_is_declined(request_text: str) -> None:
    said = await declined_by_writer(request_text)
    assert "is a figure with nothing said about it" in said


async def test_a_figure_the_material_says_something_of_is_written() -> None:
    text = await drafted("Write an email to Sam about it: the new price is £59.99")
    assert "The new price is £59.99." in text
