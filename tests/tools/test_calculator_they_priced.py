"""Things counted in one sentence and priced in the next ('Bought 12 tents in the end of season sale. They were
£89.99 each with 30% off. What did we actually spend?'): read as one line at a price each; a price said after the
cut, or 'they' that could be more than one kind of thing, still declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_things_priced_in_the_next_sentence():
    request = (
        "Bought 12 tents in the end of season sale. They were £89.99 each with 30% off. What did we actually spend? "
        "Treasurer's asking"
    )
    assert (await solved(request))["result"] == pytest.approx(755.92, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Bought 12 tents. They were £89.99 each after 30% off. What did we spend?",
        "Bought 12 tents and 4 mats. They were £89.99 each with 30% off. What did we spend?",
    ],
)
async def test_a_price_after_the_cut_or_of_two_kinds_declines(request_text: str):
    await refused(request_text)
