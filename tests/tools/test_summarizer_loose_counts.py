""" "In a couple of sentences" is a loose size, at most two ("a sentence or two"): a text that has only one or two
sentences is its own summary, said so, and a longer one may be summarized in one when two would keep nearly all of
it. A count asked exactly ("in exactly two sentences", "in three sentences") is still the form asked, and a text
that cannot fill it is declined in one line."""

from __future__ import annotations

import pytest
from conftest import call, error_text

from servers.tools.summarizer import create_server

pytestmark = pytest.mark.anyio

LIBRARY = "The library will close early on Friday for staff training. It will reopen at 9am on Saturday."
FERRY = "The ferry to the island leaves at 6 pm from pier 3 every weekday."
LIGHT = (
    "Photosynthesis is the process by which plants, algae and some bacteria use the energy of sunlight to turn "
    "carbon dioxide and water into sugar (glucose), releasing oxygen as a by-product. Photosynthesis is how plants "
    "make their own food. To make their food, plants take in carbon dioxide gas from the air through tiny pores in "
    "their leaves called stomata, and draw up water from the soil through their roots; the oxygen gas they give off "
    "leaves through the same pores."
)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (f"Summarize it in a couple of sentences: {LIBRARY}", LIBRARY),
        (f"Can you sum this up in a couple of lines?\n\n{LIBRARY}", LIBRARY),
        (f"Summarise it in a couple of sentences: {FERRY}", FERRY),
        (f"give me the gist in a couple sentences: {FERRY}", FERRY),
    ],
)
async def test_a_text_no_longer_than_a_couple_of_sentences_is_its_own_summary(request_text, expected):
    answer = (await call(create_server(), "summarize", text=request_text)).structured_content
    assert answer["summary"] == expected
    assert "as short as asked" in answer["note"]


async def test_a_couple_of_sentences_may_be_one_when_two_would_keep_nearly_all():
    answer = await call(create_server(), "summarize", text=f"Summarize in a couple of sentences: {LIGHT}")
    summary = answer.structured_content["summary"]
    assert summary.startswith("Photosynthesis is the process") and summary.count(". ") <= 1


@pytest.mark.parametrize(
    "request_text",
    [
        f"Summarize in exactly two sentences: {LIBRARY}",
        f"Summarize in three sentences: {LIBRARY}",
        f"Summarize in exactly a couple of sentences: {FERRY}",
    ],
)
async def test_a_count_asked_exactly_is_still_declined_when_the_text_cannot_fill_it(request_text):
    said = error_text(await call(create_server(), "summarize", text=request_text))
    assert "You asked for" in said
