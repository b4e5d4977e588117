"""A picture named as sent ("I sent you the photo of our new design. Please write a description of it") never reaches
the writer, so it asks what the picture shows; a request that gives its facts in words is written from them."""

from __future__ import annotations

import pytest

from tests.tools.conftest import writer_outcome

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "I sent you the photo of our new shyrdak design. Please write a nice description of it for the tourists.",
        "We attached two pictures of the boat. Write a caption for them.",
        "Describe the design in the attached image for our website.",
    ],
)
async def test_a_text_about_a_picture_asks_what_it_shows(request_text: str):
    outcome = await writer_outcome(request_text)
    assert outcome.status in ("rejected", "input-required"), outcome.text
    assert "can't see pictures" in (outcome.error or outcome.text)


async def test_a_text_with_its_facts_in_words_is_written():
    outcome = await writer_outcome(
        "We sent you the photos last week. Write a thank-you note to Ana for hosting us on Saturday."
    )
    assert outcome.status == "completed", outcome.text
    assert "Ana" in outcome.text and "Saturday" in outcome.text
