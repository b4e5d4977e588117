"""Paraphrases of a ratio mix with one part's amount named after its unit, with or without 'of', and the
near-misses: the whole mix, an amount of two parts, the same part asked."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Ratio of flour to sugar 3:2. If I use 450 g flour, how much sugar?", 300),
        ("Ratio of water to squash 4:1. I have 100 ml squash. How much water?", 400),
        ("Sand to cement 4:1. I've got 25 kg cement, how much sand do I need?", 100),
        ("Mix oil and vinegar at 3:1. I'm using 60 ml vinegar. How much oil?", 180),
        ("Flour, butter and sugar in the ratio 3:2:1. If I use 150 g butter, how much flour?", 225),
        ("Ratio of rice to water 1:2, using 300 g of basmati rice. How much water?", 600),
        ("Ratio of flour to sugar 3:2. I use 300 g of plain flour. How much sugar?", 200),
        ("Concrete 1:2:3 cement to sand to gravel. 180 kg of dry mix in total, how much sand?", 60),
        ("Ratio of flour to sugar 3:2. If I make 500 g of mix, how much sugar?", 200),
        ("Cordial to water 1:4. I want a 1.5 litre jug. How much cordial?", 0.3),
        ("Ratio of flour to sugar 3:2. If I use 450 g flour how much sugar?", 300),
        ("Syrup is 2 parts sugar to 1 part water by weight. If I use 3 kg of water how much sugar goes in?", 6),
    ],
)  # fmt: skip
async def test_part_named_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Ratio of flour to sugar 3:2. I have 500 g of flour and sugar. How much sugar?",
        "Ratio of flour to sugar 3:2. I have 450 g sugar. How much sugar?",
    ],
)
async def test_part_left_open_declines(request_text: str):
    await refused(request_text)
