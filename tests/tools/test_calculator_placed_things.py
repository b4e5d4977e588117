"""Where a thing is, said between it and the verb its sentence turns on ('My spot by the Savannah is 3.5 m by 2.4 m',
'Field along the Heereweg is 185 m by 64 m'), names the thing and changes nothing in the sum; a place said again
elsewhere in the request is part of the sum, and the request is still declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("My spot by the Savannah is 3.5 m by 2.4 m. How many square metres?", 8.4),
        ("Field along the Heereweg is 185 m by 64 m. How many hectares is that?", 1.184),
        ("Stall near the gate is 3 m by 2 m. How many square metres?", 6),
        ("Shed behind the barn is 4 m by 3 m. Area?", 12),
    ],
)
async def test_where_a_thing_is_changes_nothing(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Plot by the river is 20 m by 5 m, and the river path is 2 m wide. Area of the plot?",
        "Garden by the pond is 6 m by 4 m minus the pond 1 m by 1 m. Area?",
    ],
)
async def test_a_place_said_again_is_part_of_the_sum(request_text: str):
    await refused(request_text)
