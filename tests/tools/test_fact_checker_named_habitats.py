"""Where a living thing lives, named by a place of several words ("penguins live at the North Pole"), is supported
only by a passage that puts it at that place: one that holds the name's words apart ("a few of them cross just
north of the equator", a "Pole" elsewhere) never supports it (it did, with confidence 0.64); a passage that
does put it there still supports it."""

from __future__ import annotations

import pytest
from conftest import verdict

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    "request_text",
    [
        "Is it true that penguins live at the North Pole?",
        "Penguins live at the North Pole.",
        "Do penguins live on the North Pole?",
        "My son says penguins live at the North Pole. Is he right?",
        "penguins can be found at the North Pole",
        "Fact check: Penguins dwell at the North Pole",
    ],
)
async def test_a_place_whose_words_a_passage_holds_apart_is_not_supported(tmp_path, request_text):
    assert await verdict(tmp_path, request_text) != "supported"


LEOPARDS = (
    "Snow leopards live in the Himalaya Mountains and in other high ranges of Central Asia. They hunt wild sheep "
    "and goats, and their thick tails keep them warm."
)
PUFFINS = (
    "Puffins breed on the Faroe Islands every summer, digging burrows in the cliff tops. In winter they "
    "live far out at sea in the north of the ocean."
)
KIWIS = "Kiwis live only in New Zealand, a long way north of the South Pole. They cannot fly and feed at night."


@pytest.mark.parametrize(
    ("request_text", "documents", "expected"),
    [
        ("Snow leopards live in the Himalaya Mountains", {"Snow leopards": LEOPARDS}, "supported"),
        ("Snow leopards live in Central Asia", {"Snow leopards": LEOPARDS}, "supported"),
        ("Kiwis live in New Zealand", {"Kiwis": KIWIS}, "supported"),
        ("Kiwis live at the South Pole", {"Kiwis": KIWIS}, "not supported"),
        ("Puffins live in the North Sea", {"Puffins": PUFFINS}, "not supported"),
    ],
)
async def test_a_passage_that_puts_it_at_the_named_place_still_supports_it(tmp_path, request_text, documents, expected):
    said = await verdict(tmp_path, request_text, **documents)
    assert (said == "supported") is (expected == "supported"), said
