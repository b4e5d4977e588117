"""A welcome for the user's own place with its facts given ("a welcome text for my stall board: ...") opens by
welcoming to the place, not to the board it hangs on; two clauses joined by a comma make two sentences when two
are asked; a welcome with nothing said of the place is still declined. A bio from notes says a role where it is
held, what was done for a while and the person's themes, but never says another's "my uncle" of them."""

from __future__ import annotations

import pytest

from tests.tools.conftest import writer_outcome

pytestmark = pytest.mark.anyio


async def test_a_welcome_for_the_users_own_place_welcomes_to_it():
    outcome = await writer_outcome(
        "Write a welcome text for my shop board, 3 sentences. Facts: fresh bread from our own oven, coffee is free "
        "with any cake, open every day 7 to 6 on the harbour road."
    )
    assert outcome.status == "completed", outcome.text
    assert outcome.text.startswith("Welcome to my shop!") and "harbour road" in outcome.text


async def test_two_clauses_joined_by_a_comma_are_two_sentences():
    outcome = await writer_outcome(
        "Need a text to my customers, 2 sentences. From 1 March a loaf goes from $4 to $4.50, rolls stay at $1."
    )
    assert outcome.status == "completed", outcome.text
    assert outcome.text == "From 1 March a loaf goes from $4 to $4.50. Rolls stay at $1."


async def test_a_welcome_that_says_nothing_of_the_place_is_still_declined():
    outcome = await writer_outcome("Write a welcome email for new staff about the office.")
    assert outcome.status == "rejected", outcome.text


async def test_a_profile_with_a_place_a_span_and_themes_is_told_in_sentences():
    outcome = await writer_outcome(
        "Write a bio for my page, exactly 2 sentences. Facts: Ana Silva, potter at Caldas Ceramics Studio, "
        "throwing stoneware bowls since 2012, my themes are the sea and fishing boats."
    )
    assert outcome.status == "completed", outcome.text
    assert outcome.text == (
        "Ana Silva is a potter at Caldas Ceramics Studio and has been throwing stoneware bowls since 2012. "
        "Ana has the sea and fishing boats as themes."
    )


async def test_a_profile_note_in_the_first_person_is_not_said_of_someone_else():
    outcome = await writer_outcome(
        "Write a bio for my page, exactly 2 sentences. Facts: Ana Silva, potter at Caldas Ceramics Studio, "
        "throwing stoneware bowls since 2012, learned from my grandmother."
    )
    assert "my grandmother" not in outcome.text or outcome.status != "completed"
