"""Paraphrases of VAT named in another language and of prices said per the thing counted, with the near-misses that
must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("What's 20% TVA on €1,350", 270),
        ("The bill is €200 plus IVA at 22%. Total?", 244),
        ("Work out 19% MwSt on €2,000", 380),
        ("€5,040, less 10% trade discount, then TVA at 20% on top. What do they pay in total?", 5443.2),
        ("60 cases at €84 per case, less a 10% trade discount, then VAT at 20% on top. Total please.", 5443.2),
        ("A wine shop in Lyon orders 60 cases at €84 per case, less 10% trade discount, then TVA at 20% on top. "
         "What do they pay in total?", 5443.2),
        ("We order 24 boxes at £15 a box, less 5% discount, plus VAT at 20%. Total?", 410.4),
        ("12 tyres at £389 per tyre, less 7.5% discount, then VAT at 20% on top. Total?", 5181.48),
        ("40 crates of apples at $18 per crate. Total?", 720),
    ],
)  # fmt: skip
async def test_vat_name_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "60 cases at €84 per case. What's the price per case?",
        "60 cases at €84 per litre, less 10% discount. Total?",
        "60 cases at €84 per case, less a discount, then VAT. Total?",
        "What's TVA on €1,350?",
        "The bill is €200 plus IVA. Total?",
    ],
)
async def test_vat_name_near_misses(request_text: str):
    await refused(request_text)
