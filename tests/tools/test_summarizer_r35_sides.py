"""Round 35: one side of a review or feedback asked ("focusing on what the customer disliked", "the complaints in this
feedback", "with a focus on the positives") is every sentence said in words of that side, whole and in order, with
a note saying how they were chosen; a sentence on both sides with no contrast is declined, never guessed."""

from __future__ import annotations

import pytest
from conftest import call, error_text, tool_server

pytestmark = pytest.mark.anyio

SHOES = (
    "I ordered the blue running shoes in size 9. Delivery was fast and the box arrived in perfect condition. The "
    "shoes look great and the color is exactly as pictured. However, they run small and pinch at the toes after a "
    "few kilometres. The insole also started peeling after two weeks. I would not buy them again at this price."
)
SHOES_DISLIKED = (
    "However, they run small and pinch at the toes after a few kilometres. The insole also started peeling after two "
    "weeks. I would not buy them again at this price."
)
SHOES_LIKED = (
    "Delivery was fast and the box arrived in perfect condition. The shoes look great and the color is exactly as "
    "pictured."
)
COURSE = (
    "The course content was excellent and well organised. The room was too cold on both days. Lunch arrived late on "
    "Tuesday. The trainer was friendly and answered every question."
)
HOTEL = (
    "We stayed three nights in March. The room was spotless and the bed was very comfortable. Breakfast finished at "
    "9am, which was too early for us. Parking cost extra and that was not clear when we booked. Overall we enjoyed "
    "our stay."
)
VILLA = (
    "The view from the balcony was stunning. The wifi kept dropping out. The pool was lovely. Housekeeping never "
    "replaced the towels."
)


async def digest(request: str, text: str):
    return await call(tool_server("summarizer"), "digest", request=request, text=text)


@pytest.mark.parametrize(
    ("request_text", "text", "summary"),
    [
        (f"Summarize this review, focusing on what the customer disliked: {SHOES}", SHOES, SHOES_DISLIKED),
        (f"Summarise this review focusing on what the buyer didn't like: {SHOES}", SHOES, SHOES_DISLIKED),
        (f"Sum up this review with a focus on the negatives: {SHOES}", SHOES, SHOES_DISLIKED),
        (f"Summarize this review, focusing on what the customer liked: {SHOES}", SHOES, SHOES_LIKED),
        (f"Summarize this review with a focus on the positives: {SHOES}", SHOES, SHOES_LIKED),
        (
            f"Summarise the complaints in this feedback: {COURSE}",
            COURSE,
            "The room was too cold on both days. Lunch arrived late on Tuesday.",
        ),
        (
            f"Summarize this feedback, focusing on what went well: {COURSE}",
            COURSE,
            "The course content was excellent and well organised. The trainer was friendly and answered every "
            "question.",
        ),
        (
            f"Sum up this hotel review with a focus on the negatives: {HOTEL}",
            HOTEL,
            "Breakfast finished at 9am, which was too early for us. Parking cost extra and that was not clear when "
            "we booked.",
        ),
        (
            f"Summarize this review focusing on what the guest didn't like: {VILLA}",
            VILLA,
            "The wifi kept dropping out. Housekeeping never replaced the towels.",
        ),
        (
            f"Summarize this review, concentrating on the downsides: {VILLA}",
            VILLA,
            "The wifi kept dropping out. Housekeeping never replaced the towels.",
        ),
    ],
)
async def test_one_side_of_a_review_is_its_sentences_on_that_side(request_text: str, text: str, summary: str) -> None:
    result = await digest(request_text, text)
    assert not result.is_error, error_text(result)
    assert result.structured_content["summary"] == summary
    assert "offline I tell them by words of" in result.structured_content["note"]


@pytest.mark.parametrize(
    ("request_text", "text", "declined"),
    [
        (
            "Summarize this customer review, focusing on what the customer disliked: The room was spotless. "
            "Breakfast finished too early. The staff at reception were helpful when our train was delayed.",
            "The room was spotless. Breakfast finished too early. The staff at reception were helpful when our train "
            "was delayed.",
            "which side",
        ),
        (
            "Summarize this review focusing on the positives: The blender is loud. It leaks from the lid. The motor "
            "stopped working after a month.",
            "The blender is loud. It leaks from the lid. The motor stopped working after a month.",
            "one side of the text",
        ),
        (
            "Summarize this review in one sentence, focusing on what the customer disliked: The shoes look great. "
            "They run small. The insole peeled.",
            "The shoes look great. They run small. The insole peeled.",
            "one side of the text",
        ),
    ],
)
async def test_a_side_the_words_cannot_tell_is_declined(request_text: str, text: str, declined: str) -> None:
    result = await digest(request_text, text)
    assert result.is_error and declined in error_text(result)
