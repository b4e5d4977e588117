"""How many codes a lock or PIN of so many places allows, each place any of the same symbols; near-misses put a
condition on the code, ask a chance, or name two locks."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("How many possible codes are there for a 6 digit PIN?", 1_000_000),
        ("How many combinations can a 3 dial padlock have with the numbers 1 to 6 on each dial?", 216),
        ("How many different settings are there on a 5 wheel lock with 10 digits on each wheel?", 100_000),
        ("How many combinations are there on a 4-digit keypad code?", 10_000),
    ],
)
async def test_the_codes_a_lock_allows(request_text: str, result: int):
    assert (await solved(request_text))["result"] == result


@pytest.mark.parametrize(
    "request_text",
    [
        "How many 4 digit PINs are there with no repeated digits?",
        "How many 4 digit PINs are there that start with 7?",
        "How many 4 digit PINs and 3 digit codes are there?",
        "What's the chance of guessing a 4 digit PIN first time?",
        "How many combinations are there on a 4 wheel lock with 10 digits on each wheel and a 5 wheel lock?",
        "How many 4 letter codes are there?",
        "How many even 4 digit codes are there?",
    ],
)
async def test_a_condition_on_the_code_is_declined(request_text: str):
    await refused(request_text)
