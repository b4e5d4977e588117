"""A slab, pond or box said by length and width 'and' how thick, deep or high it is ('12.5 m by 8.4 m and 0.15 m
thick') has the volume of its three sides; asked anything but a volume, or in two units, it stays declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Concrete slab is 12.5 m by 8.4 m and 0.15 m thick. What volume is that in cubic metres?", 15.75),
        ("the pond is 3 m by 2 m and 0.5 m deep, what volume?", 3),
        ("The patio slab is 4 m by 3 m and 0.1 m thick. What volume is that?", 1.2),
        ("Planter is 1.2 m by 0.4 m and 0.5 m high. What volume is that in litres?", 240),
        ("the tank is 2 ft by 3 ft and 1 ft deep, what volume in litres?", 169.901079552),
        ("The box is 40 cm by 30 cm and 20 cm deep. What volume is that?", 24000),
        ("slab 5 m by 4 m and 100 mm thick, volume?", 2),  # the slab is: its sides in two units, one volume
    ],
)
async def test_a_slab_said_with_its_thickness_has_a_volume(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Concrete slab is 12.5 m by 8.4 m and 0.15 m thick. What area is that?",
        "slab 5 m by 4 m and 0.1 m thick and 2 m by 2 m and 0.1 m thick, volume?",
    ],
)
async def test_slabs_asked_otherwise_are_declined(request_text: str):
    await refused(request_text)
