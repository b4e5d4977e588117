"""Paraphrases of a count sold at an average price ('38 lambs, averaged £97.50 a head') with a commission taken off
it ('they take 4% commission off'); near-misses with two counts, a commission of no size or a second question."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Put 24 steers through the ring, averaged £1,240 a head, and the auctioneer takes 3% commission off. "
         "What do I get?", 28867.2),
        ("Sold 15 paintings at the open studio, averaging £320 each. What did I take?", 4800),
        ("Sold 45 jars at the fete, averaging £6 a jar, and the organisers take 10% commission off. What do I "
         "get?", 243),
        ("We sold 120 hampers, averaged £45 apiece, and the shop keeps 20% commission off. What do we "
         "get?", 4320),
    ],
)  # fmt: skip
async def test_an_average_price_over_a_count(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Sold 38 lambs and 10 ewes at the mart, averaged £97.50 a head, and they take 4% commission off. "
        "What do I get?",
        "Sold 38 lambs at the mart, averaged £97.50 a head, and they take commission off. What do I get?",
        "Sold 38 lambs at the mart, averaged £97.50 a kilo, and they take 4% commission off. What do I get?",
        "Sold 38 lambs at the mart, averaged £97.50 a head, and they take 4% commission off. What do I get and "
        "what's the VAT?",
        "Sold lambs at the mart, averaged £97.50 a head, and they take 4% commission off. What do I get?",
    ],
)
async def test_two_counts_or_an_unsized_commission_is_declined(request_text: str):
    await refused(request_text)
