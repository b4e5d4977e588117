"""Facts given as what is done to a thing ("raked by hand ..., harvested on summer evenings, sold in a 250 g jar")
make a sentence each when that many are asked, said of the thing; the size asked ("just 3 sentences, no title")
is never part of the text."""

from __future__ import annotations

import pytest

from tests.tools.conftest import writer_outcome

pytestmark = pytest.mark.anyio


async def test_things_done_to_it_are_a_sentence_each():
    outcome = await writer_outcome(
        "Write a product description for my fleur de sel, just 3 sentences, no title. Facts: raked by hand with a "
        "wooden las in the marshes of Guérande, harvested on summer evenings, sold in a 250 g jar with a cork lid "
        "at 6,90 €."
    )
    assert outcome.status == "completed", outcome.text
    assert outcome.text.count(". ") + 1 == 3
    assert "Guérande" in outcome.text and "6,90 €" in outcome.text
    assert "sentences" not in outcome.text and "title" not in outcome.text


async def test_a_list_that_is_not_all_deeds_is_not_cut_so():
    outcome = await writer_outcome(
        "Write a product description for my jam, 3 sentences. Facts: made with wild plums, a family recipe, 8 euros."
    )
    assert "It is a family recipe" not in outcome.text


async def test_a_range_of_sentences_is_its_size_and_never_its_subject():
    outcome = await writer_outcome(
        "Write a product description for my fleur de sel, 2 or 3 sentences. Facts: raked by hand in the marshes of "
        "Guérande, harvested on summer evenings, sold in a 250 g jar."
    )
    assert outcome.status == "completed", outcome.text
    assert "sentences" not in outcome.text and "2 or 3" not in outcome.text
    assert 2 <= outcome.text.count(". ") + 1 <= 3
