"""A price asked for one item when the request already gives the price of each: never shared out by the count
('£6.50 ÷ 96 jars') nor multiplied by it ('40 × £6.50'), but declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "Sold 96 jars at £6.50. What's my takings per jar",
        "40 jars at £6.50 each, how much each",
        "40 jars at £6.50 each, how much per jar?",
    ],
)
async def test_the_price_of_one_given_each_is_not_reworked(request_text: str):
    assert "given already" in await refused(request_text)


async def test_a_total_for_a_count_is_still_shared():
    answer = await solved("Sold 96 jars for £624. What's my takings per jar")
    assert answer["result"] == 6.5
