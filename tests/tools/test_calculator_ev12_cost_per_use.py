"""The cost of what one use takes from a pack bought whole (issue 9, tuning_everyday_12): '16kg sack of flour costs
£14.80 and each loaf uses 375g. What's the flour cost per loaf in pence?' -> 34.69p. A use of something the question
does not ask about, another amount, or a discount declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("16kg sack of flour costs £14.80 and each loaf uses 375g. What's the flour cost per loaf in pence?", 34.6875),
        ("16kg of flour costs £14.80 and a loaf uses 375g. What's the cost per loaf?", 0.346875),
        ("A 5 litre tub of detergent costs £12 and each wash takes 40 ml. What does each wash cost?", 0.096),
        ("A 5 litre tub costs £12 and each wash takes 40 ml. How much does each wash cost in pence?", 9.6),
        ("Coffee is $18 for a 1 kg bag and each cup uses 15 g. What's the cost per cup in cents?", 27),
    ],
)
async def test_the_cost_of_one_use(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "16kg of flour costs £14.80 and a loaf uses 375g. What's the cost per cake?",
        "16kg of flour costs £14.80 and a loaf uses 375g plus 10g salt. What's the cost per loaf?",
        "16kg of flour costs £14.80 with 10% off and a loaf uses 375g. What's the cost per loaf?",
        "16kg of flour costs £14.80 and a loaf uses 3 litres. What's the cost per loaf?",
    ],
)
async def test_another_use_amount_or_price_declines(request_text: str):
    await refused(request_text)
