"""VAT by its name in another language ('TVA at 20%') is VAT, and a price per the thing counted ('60 cases at €84
per case') is a price each."""

from __future__ import annotations

import pytest

from tests.tools.conftest import solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("What's 20% TVA on €1,350", 270),
        (
            "A wine shop in Lyon orders 60 cases at €84 per case, less 10% trade discount, then TVA at 20% on top. "
            "What do they pay in total?",
            5443.2,
        ),
        ("We order 24 boxes at £15 a box, less 5% discount, plus VAT at 20%. Total?", 410.4),
    ],
)
async def test_foreign_vat_and_prices_per_thing(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)
