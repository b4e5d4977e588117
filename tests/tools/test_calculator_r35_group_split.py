"""Paraphrases of a party named 'me and N other <things>' splitting a cost, with or without what it is for, and the
near-misses that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Me and 2 other trucks are splitting the $2,850 pitch fee for the summer series equally. What's my share?",
         950),
        ("Me and 3 other stallholders are splitting the £480 pitch fee equally. What's my share?", 120),
        ("Myself and 2 other vans split a $900 permit equally. What's my share?", 300),
        ("2 other teams and I are splitting the $600 pitch booking equally. What's our share?", 200),
        ("Four of us are splitting the £200 minibus for the school trip equally. What's my share?", 50),
        ("Five of us split the $450 venue hire for the end of term party equally. How much each?", 90),
        ("Me and 3 friends are splitting the £120 bill equally. What's my share?", 30),
    ],
)  # fmt: skip
async def test_party_shares(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Me and 2 other days off. How many days?",
        "Me and 2 others are splitting the $600 cabin for the 3 nights equally. What's my share?",
    ],
)
async def test_near_misses_decline(request_text: str):
    await refused(request_text)
