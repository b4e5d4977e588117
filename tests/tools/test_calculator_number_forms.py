"""Numbers written in other forms: hexadecimal, binary and octal literals read exactly ('0x1F4' is 500), never as a
zero and some letters; a capital K on a number is thousands where nothing talks of warmth or light ('2.5K + 300'
was 302.5 kelvin), and kelvin where it does.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("0x1F4 in decimal", 500),
        ("0x1F4 + 10", 510),
        ("what is 0xFF in decimal?", 255),
        ("0b1011 + 1", 12),
        ("0b1011 in decimal", 11),
        ("0xff * 2", 510),
        ("0o17 + 1", 16),
        ("0x1F4 as a decimal number", 500),
    ],
)
async def test_hex_binary_and_octal_literals_are_read_exactly(request_text: str, result: int):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "0x1G4 + 10",  # not a hexadecimal number
        "0b12 + 1",  # not a binary one
        "0x1F4 in binary",  # a form the calculator does not write
        "500 in hex",
        "what is 1011 in binary",
    ],
)
async def test_a_malformed_literal_or_another_base_asked_declines(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("2.5K + 300", 2800),
        ("3K + 4K", 7000),
        ("I earn 45K a year, what's that a month?", 3750),
        ("sales went from 1.2K to 1,530, what's the % increase?", 27.5),
    ],
)
async def test_a_capital_k_in_talk_of_amounts_is_thousands(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("what's 300K in celsius", 26.85),
        ("300K in C", 26.85),
        ("convert 300K to F", 80.33),
    ],
)
async def test_a_capital_k_in_talk_of_temperature_is_kelvin(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize("request_text", ["how hot is 300K", "a 2700K bulb, what is 2700K in celsius plus 3"])
async def test_a_capital_k_near_warmth_or_light_is_not_thousands(request_text: str):
    await refused(request_text)
