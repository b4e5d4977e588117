"""A sum the speaker shares WITH others is shared by them and the speaker ('Split £90 with my two brothers' is
three ways); a list with the speaker in it is counted whole, couples are two people each when a person's share is
asked, and a sharer of unknown size ('We split ... with 2 flatmates') or a split purchase with no party declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I share a £1,200 rent with 2 flatmates equally. How much do I pay?", 400),
        ("Split £90 with my two brothers. How much each?", 30),
        ("Sharing £240 with 3 others. How much each?", 60),
        ("Me, my wife and our 2 kids share a £48 meal. How much per person?", 12),
        ("A £200 holiday cottage is split between 3 couples. How much per person?", 200 / 6),
    ],
)
async def test_the_speaker_is_one_of_the_party(request_text: str, result: float):
    solution = await solved(request_text)
    assert solution["result"] == pytest.approx(result)
    assert "people" in solution["steps"][0]  # the party's count is shown first


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "We split the £300 deposit with 2 flatmates. My share?",  # how many are 'we'?
        "Bought 4 coffees at £3.20 each and split the cost with my friend. How much do I pay?",
        "Bought 4 coffees at £3.20 each and split the cost. How much do I pay?",
        "A cinema ticket is £9. I buy for me and 2 friends and they pay me back. How much does each friend owe me?",
    ],
)
async def test_a_party_that_cannot_be_counted_declines(request_text: str):
    await refused(request_text)
