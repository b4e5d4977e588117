"""One side of a review asked ("focusing on what the customer disliked") is its sentences said in words of that side,
with a note on how they were chosen."""

from __future__ import annotations

import pytest
from conftest import call, error_text, tool_server

pytestmark = pytest.mark.anyio

REVIEW = (
    "I ordered the blue running shoes in size 9. Delivery was fast and the box arrived in perfect condition. The "
    "shoes look great and the color is exactly as pictured. However, they run small and pinch at the toes after a "
    "few kilometres. The insole also started peeling after two weeks. I would not buy them again at this price."
)


async def test_what_the_customer_disliked_is_the_sentences_of_complaint() -> None:
    result = await call(
        tool_server("summarizer"),
        "digest",
        request=f"Summarize this review, focusing on what the customer disliked: {REVIEW}",
        text=REVIEW,
    )
    assert not result.is_error, error_text(result)
    assert result.structured_content["summary"] == (
        "However, they run small and pinch at the toes after a few kilometres. The insole also started peeling after "
        "two weeks. I would not buy them again at this price."
    )
    assert "what the customer disliked" in result.structured_content["note"]


async def test_a_sentence_on_both_sides_is_declined_rather_than_guessed() -> None:
    text = "The room was spotless. Breakfast finished too early. The staff were helpful when our train was delayed."
    result = await call(
        tool_server("summarizer"),
        "digest",
        request=f"Summarize this review, focusing on the negatives: {text}",
        text=text,
    )
    assert result.is_error and "which side" in error_text(result)
