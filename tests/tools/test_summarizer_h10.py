"""A single sentence asked to be summarized in a length it already keeps ("summarise what you find in a sentence or
two") is its own summary, said so (issue 9, the tenth tuning set: a pipeline's researcher found one sentence and
the summarizer declined it). With no length asked, or one it does not keep, it is still declined in one line."""

from __future__ import annotations

import pytest
from conftest import call, error_text

from servers.tools.summarizer import create_server

pytestmark = pytest.mark.anyio

FOUND = (
    "Photosynthesis is the process by which plants, algae and some bacteria use the energy of sunlight to turn "
    "carbon dioxide and water into sugar (glucose), releasing oxygen as a by-product."
)
FERRY = "The ferry to the island leaves at 6 pm from pier 3 every weekday."


@pytest.mark.parametrize(
    ("request_text", "sentence"),
    [
        (f"Summarise what you find in a sentence or two for my year 5 class:\n\n{FOUND}", FOUND),
        (f"Summarize this in one sentence: {FERRY}", FERRY),
        (f"Give me a two-sentence summary of this: {FERRY}", FERRY),
        (f"tl;dr in under 40 words please: {FOUND}", FOUND),
    ],
)
async def test_a_single_sentence_within_the_length_asked_is_its_own_summary(request_text, sentence):
    answer = (await call(create_server(), "summarize", text=request_text)).structured_content
    assert answer["summary"] == sentence
    assert answer["sentences_out"] == 1
    assert "already as short as asked" in answer["note"]


@pytest.mark.parametrize(
    ("tool", "request_text", "said"),
    [
        ("summarize", f"Summarize this: {FERRY}", "single sentence"),
        ("summarize", f"Summarize in under 5 words: {FERRY}", "single sentence"),
        ("key_points", f"Three bullet points on this: {FERRY}", "single sentence"),
        ("summarize", f"Summarise this for my boss: {FOUND}", "single sentence"),
    ],
)
async def test_a_single_sentence_with_no_length_it_keeps_is_still_declined(tool, request_text, said):
    assert said in error_text(await call(create_server(), tool, text=request_text))


async def test_a_rewrite_asked_in_a_length_is_still_no_summary():
    said = error_text(
        await call(create_server(), "digest", request=f"Translate this in one sentence: {FERRY}", text=FERRY)
    )
    assert "can't translate" in said


TITANIC = "The Titanic sank after striking an iceberg on 15 April 1912."


@pytest.mark.parametrize(
    "request_text",
    [
        f"Summarize what you found:\n\n{TITANIC}",
        f"Summarize the findings in a few sentences:\n\n{TITANIC}",
        f"sum up what they dug up:\n\n{TITANIC}",
        f"Give me a summary of your findings:\n\n{TITANIC}",
    ],
)
async def test_one_sentence_named_as_what_was_found_is_the_summary_of_the_findings(request_text):
    answer = (await call(create_server(), "digest", request=request_text, text=TITANIC)).structured_content
    assert answer["summary"] == TITANIC


async def test_findings_of_several_sentences_are_summarized_not_declined():
    text = f"{TITANIC} More than 1,500 people died. The ship had too few lifeboats for everyone on board."
    answer = await call(create_server(), "digest", request=f"Summarize what you found:\n\n{text}", text=text)
    assert answer.structured_content["summary"] == f"{TITANIC} More than 1,500 people died."


@pytest.mark.parametrize(
    "request_text",
    [f"Summarize this: {TITANIC}", f"Summarize my findings in under 5 words: {TITANIC}", f"tl;dr: {TITANIC}"],
)
async def test_one_sentence_the_user_sent_is_still_declined(request_text):
    result = await call(create_server(), "summarize", text=request_text)
    assert "single sentence" in error_text(result)
