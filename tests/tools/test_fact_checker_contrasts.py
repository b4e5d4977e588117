"""Claims whose words alone do not decide them, as users put them: negated claims, comparisons with a direction,
"un-" antonyms and paraphrases ("in the clear"), and a generic "you" before the real subject."""

from __future__ import annotations

import pytest
from conftest import call, verdict

from servers.tools.fact_checker import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Verify: Neil Armstrong was not the first person to walk on the Moon.", "contradicted"),
        ("Was Neil Armstrong the first person to walk on the Moon?", "supported"),
        ("Is it true that you can see the Great Wall of China from the Moon with the naked eye?", "contradicted"),
        ("Check if it's true that the Eiffel Tower was finished in 1889", "supported"),
        ("Fact check: HTTPS sends your data across the network as plain text.", "contradicted"),
        ("Check whether this is accurate: sound travels faster in water than in air.", "supported"),
        ("sound travels faster in air than in water, right?", "contradicted"),
        ("I heard sound is slower in water than in air", "contradicted"),
        ("Fact-check this claim: Napoleon Bonaparte died in 1821.", "supported"),
    ],
)
async def test_claims_from_the_starter_notes(tmp_path, request_text, expected):
    assert await verdict(tmp_path, request_text) == expected


async def test_a_comparison_is_decided_only_by_a_passage_that_compares(tmp_path):
    notes = {"Glass": "Light travels through glass and through water."}
    assert await verdict(tmp_path, "Light travels faster in glass than in water", **notes) == "unverified"


async def test_the_reversed_comparison_is_contradicted(tmp_path):
    notes = {"Zorbs": "Zorb calls travel faster in salt water than in fresh water."}
    assert await verdict(tmp_path, "Zorb calls travel faster in salt water than in fresh water", **notes) == "supported"
    reversed_claim = "Zorb calls travel faster in fresh water than in salt water"
    assert await verdict(tmp_path / "2", reversed_claim, **notes) == "contradicted"


async def test_an_un_word_is_the_opposite_of_its_plain_word(tmp_path):
    notes = {"Vell protocol": "The Vell protocol sends every message encrypted."}
    assert await verdict(tmp_path, "The Vell protocol sends every message unencrypted", **notes) == "contradicted"


async def test_an_acronym_is_not_stemmed_into_another(tmp_path):
    notes = {"ZTPS": "ZTPS sends every message encrypted."}
    assert await verdict(tmp_path, "ZTP sends every message unencrypted", **notes) == "unverified"


async def test_an_open_question_after_a_preposition_is_not_a_claim(tmp_path):
    result = await call(create_server(tmp_path), "fact_check", request="In which year did the Titanic sink?")
    assert result.is_error


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # the note says it of the other thing: "Light travels almost a million times faster than sound"
        ("Verify: sound travels faster than light.", "contradicted"),
        ("Is it true that sound is faster than light?", "contradicted"),
        ("Sound is slower than light, isn't it?", "supported"),
    ],
)
async def test_a_comparison_said_of_the_other_thing_decides_the_claim(tmp_path, request_text, expected):
    assert await verdict(tmp_path, request_text) == expected


async def test_a_comparison_turned_round_on_a_note_of_ones_own(tmp_path):
    notes = {"Rivers": "The Nile is longer than the Amazon, by most measurements."}
    assert await verdict(tmp_path, "The Amazon is longer than the Nile.", **notes) == "contradicted"
    assert await verdict(tmp_path, "The Amazon is shorter than the Nile.", **notes) == "supported"
    # a passage that is not the same comparison turned round decides nothing
    assert await verdict(tmp_path, "The Amazon is older than the Nile.", **notes) == "unverified"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("is it true that Python is named after Monty Python and not the snake?", "supported"),
        ("Python is named after Monty Python, not the snake.", "supported"),
        ("Is it true that Python is named after the snake and not Monty Python?", "contradicted"),
    ],
)
async def test_and_not_sets_a_thing_aside_as_a_comma_does(tmp_path, request_text, expected):
    # "X and not Y" is two clauses, as "X, not Y" is: the "not" is Y's, never the whole claim's
    assert await verdict(tmp_path, request_text) == expected
