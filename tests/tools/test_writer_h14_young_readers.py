"""A rewrite for a young reader ("so a ten-year-old can follow it", "for a 7-year-old", "so my kids can understand
it") is a simple rewrite: plain words, and a time named by a noun ("during the closure") said as what is going on;
a text with nothing to make simpler is declined as already simple."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Rewrite this so a ten-year-old can follow it: The town pool will close for repairs from 3 to 17 March. "
            "During the closure, swimming lessons move to the Northside leisure centre. Members will get two weeks "
            "added to their membership. The cafe stays open as usual. Parking is free for members during the works.",
            "The town pool will close for repairs from 3 to 17 March. While it is closed, swimming lessons move to the "
            "Northside leisure centre. Members will get two weeks added to their membership. The cafe stays open as "
            "usual. Parking is free for members while the work is going on.",
        ),
        (
            "Make this easy for a 7-year-old: The library will close on Friday. During the closure, books can be "
            "returned at the town hall.",
            "The library will close on Friday. While it is closed, books can be returned at the town hall.",
        ),
        (
            "Rewrite this so my kids can understand it: Parking is limited during the refurbishment. Please utilise "
            "the bus where possible.",
            "Parking is limited while the work is going on. Please use the bus where possible.",
        ),
        (
            "Rewrite so a child could follow it: Prior to the trip, pupils must obtain a signed consent form.",
            "Before the trip, pupils must get a signed consent form.",
        ),
        (
            "Rewrite this for a nine year old: The playground is shut during the repairs, which commence on Monday.",
            "The playground is shut during the repairs, which start on Monday.",
        ),
        (
            "Can you rewrite this so a 9-year-old can read it: The museum is closed during the renovation. It opens "
            "again in May.",
            "The museum is closed while the work is going on. It opens again in May.",
        ),
    ],
)
async def test_a_rewrite_for_a_young_reader_is_made_simple(request_text: str, expected: str) -> None:
    assert await drafted(request_text, tool="rewrite") == expected


async def test_a_text_already_simple_for_a_young_reader_is_declined() -> None:
    assert "simple" in await declined_by_writer(
        "Rewrite this for an 8-year-old: The zoo opens at 9am on Saturday.", tool="rewrite"
    )
