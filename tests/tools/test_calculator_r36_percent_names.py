"""Paraphrases of a percentage named as a scheme or a levy on one amount, with the near-misses that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Work out 25% Gift Aid on £3,640", 910),
        ("What's 25% Gift Aid on £1,200?", 300),
        ("What's 1.5% Stamp Duty on £250,000?", 3750),
        ("Calculate 12% Service Charge on £85.", 10.2),
        ("Work out 2% Tourist Levy on €640", 12.8),
        ("What is 3% Council Precept on £1,850", 55.5),
    ],
)
async def test_percent_name_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "What is 25% Gift Aid on £3,640 plus £100",
        "What's 5% Increase on £1,000?",
        "Total with 25% Gift Aid on £3,640",
        "What's 25% Gift Aid on 3,640 kg",
        "What's 4% Interest on £1,000 over 3 years?",
    ],
)
async def test_percent_name_near_misses(request_text: str):
    await refused(request_text)
