"""A greeting, a courtesy or a sign-off in the language a user mixes into English ('bula,', 'salam,', '...
prosze?', 'Pls revert', 'Dear assistant,') is talk around the sum, set aside as 'hi' and 'thanks' are."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("bula, 3 shirts at $12 each, total?", 36),
        ("Salam! 4 kg of dates at £3 per kg, how much altogether?", 12),
        ("I bought 350 g of raw amber for €2,450. What is the price per gram, prosze?", 7),
        ("Dear assistant, what is 15% of 2,400?", 360),
        ("12 prints at ₹450 each, how much in total? Pls revert.", 5400),
        ("Gamarjoba. 6 boxes at $8.50 each, how much in total? Madloba", 51),
        ("habari, 250 + 175 + 90 = ? asante", 515),
        ("Bonjour, what is 3 x 4.50? Merci", 13.5),
    ],
)
async def test_the_greeting_is_set_aside(request_text: str, expected: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(expected)


@pytest.mark.anyio
async def test_a_greeting_word_that_carries_a_figure_is_kept():
    await refused("bula, 3 shirts at $12 each for the 2 of us and the rest, total?")
