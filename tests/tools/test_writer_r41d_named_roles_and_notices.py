"""A thank-you to someone described by a role that names where they work ("the Trinity House archivist, Dr Helen
Marsh, for lending us ...") greets them by name and thanks them for what they did; a notice that speaks of its
readers in the plural at a sentence's start ("Parishioners are reminded that ...", "Season ticket holders are
advised that ...") is made friendly with every fact kept. Near-misses: a letter with nothing to say stays declined,
and a plural that is not the sentence's subject is left as written."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted, writer_outcome

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "greeting", "thanks"),
    [
        (
            "Write a thank-you letter to the Trinity House archivist, Dr Helen Marsh, for lending us the 1882 keeper's "
            "logbook for our summer exhibition.",
            "Dear Dr Helen Marsh,",
            "Thank you for lending us the 1882 keeper's logbook for our summer exhibition.",
        ),
        (
            "Could you draft a thank-you email to our St Mark's churchwarden, Mr Okoro, for mending the vestry door "
            "before Easter?",
            "Mr Okoro,",
            "Thank you for mending the vestry door before Easter.",
        ),
        (
            "thank you note to the Royal Mail postie, Dave, for carrying our parcels up three flights all winter",
            "Dave,",
            "Thank you for carrying our parcels up three flights all winter.",
        ),
        (
            "Draft a thank-you email to the Hillside Tennis Club coach, Priya, for running the junior sessions all "
            "summer.",
            "Hello Priya,",
            "Thank you for running the junior sessions all summer.",
        ),
    ],
)
async def test_a_reader_with_a_named_workplace_is_greeted_by_name(request_text: str, greeting: str, thanks: str):
    text = await drafted(request_text)
    assert greeting in text and thanks in text
    assert "Trinity House archivist" not in text.split("\n")[0]


async def test_a_letter_to_a_named_reader_with_nothing_to_say_is_still_declined():
    assert await declined_by_writer("Write a letter to the Trinity House archivist, Dr Helen Marsh.")


@pytest.mark.parametrize(
    ("request_text", "opening", "kept"),
    [
        (
            "Could you rewrite this in a friendlier tone for the magazine? Parishioners are reminded that cars must "
            "not be parked on the grass by the lychgate. Vehicles found there will be reported.",
            "Just a reminder that cars",
            "lychgate",
        ),
        (
            "make this sound friendlier for the club newsletter: Season ticket holders are advised that the north "
            "stand gates open at 1pm. Late arrivals will not be admitted.",
            "Just so you know, the north stand gates open at 1pm.",
            "Late arrivals",
        ),
        (
            "Rewrite in a warmer, friendlier way: Allotment holders are reminded that the water troughs are turned "
            "off from 1 November.",
            "Just a reminder that the water troughs",
            "1 November",
        ),
    ],
)
async def test_a_notice_naming_its_readers_in_the_plural_is_made_friendly(request_text: str, opening: str, kept: str):
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    assert outcome.text.startswith(opening) and kept in outcome.text


async def test_a_plural_inside_a_sentence_is_not_taken_for_the_readers():
    outcome = await writer_outcome(
        "Rewrite this in a friendlier tone: The hall is booked for Saturday. Please note the vicar says parishioners "
        "are reminded that parking is limited."
    )
    assert "the vicar says parishioners are reminded that parking is limited" in outcome.text
