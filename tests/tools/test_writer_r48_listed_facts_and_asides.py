"""Facts listed with commas make a sentence each when that many are asked; a word the text must say, with its size
("Under 25 words and it must say free."), and how it should feel with a word to the reader after it ("something
punchy, eh") are about the text, never its facts."""

from __future__ import annotations

import pytest

from tests.tools.conftest import writer_outcome

pytestmark = pytest.mark.anyio


async def test_facts_listed_with_commas_are_a_sentence_each():
    outcome = await writer_outcome(
        "Write a 3-sentence caption for our pearl website. Facts: grown in the Manihiki lagoon, colours from silver "
        "to peacock green, each pearl comes with a certificate."
    )
    assert outcome.status == "completed", outcome.text
    assert outcome.text.count(". ") + 1 == 3
    assert "Manihiki" in outcome.text and "certificate" in outcome.text


async def test_a_fact_and_its_aside_are_still_one_sentence():
    outcome = await writer_outcome(
        "Write a two-sentence intro for the quiz:\n\nThe capital of Australia is Canberra, a planned city."
    )
    assert outcome.status != "completed"


async def test_what_the_text_must_say_is_no_fact_of_it():
    outcome = await writer_outcome(
        "Write a small sign for the farm shop: free tasting of dates, but please don't touch the rutab with bare "
        "hands. Under 25 words and it must say free."
    )
    assert outcome.status == "completed", outcome.text
    assert "Free tasting" in outcome.text
    assert "words" not in outcome.text and "must say" not in outcome.text


@pytest.mark.parametrize("tail", ["something punchy, eh", "something short please mate"])
async def test_how_it_should_feel_with_a_word_to_the_reader_is_no_fact(tail: str):
    outcome = await writer_outcome(
        f"Write me a post for the rodeo's Facebook page to announce the bull-riding competition, {tail}."
    )
    assert outcome.status != "completed", outcome.text


async def test_four_facts_in_three_sentences_share_them_out():
    outcome = await writer_outcome(
        "Write 3 sentences for the board at my trapiche. Facts: grogue made here since 1938, the cane is pressed in "
        "the old trapiche, visitors can taste for 200$00, open Monday to Saturday."
    )
    assert outcome.status == "completed", outcome.text
    assert outcome.text.count(". ") + 1 == 3 and "1938" in outcome.text and "Saturday" in outcome.text


async def test_a_second_reported_clause_is_said_as_one():
    outcome = await writer_outcome(
        "Write a small notice for the karkhana wall telling the weavers the total wage bill is ₹50,700.00 and that "
        "payment is on the 1st"
    )
    assert outcome.status == "completed", outcome.text
    assert "and payment is on the 1st" in outcome.text and "and that" not in outcome.text


async def test_where_a_sign_hangs_is_no_topic_to_label_it_with():
    outcome = await writer_outcome(
        "Write 3 sentences for the sign at our bakery. Facts: sourdough baked every morning at 5, rye and spelt "
        "loaves on Saturdays, coffee from a roaster in the next village."
    )
    assert outcome.status == "completed", outcome.text
    assert outcome.text.startswith("Sourdough") and "bakery" not in outcome.text.lower()
