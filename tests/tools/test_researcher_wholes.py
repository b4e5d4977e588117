"""A count of units in a whole ("How many seconds are there in a day?") is answered only by a clause that counts
the unit in that whole: "lasted 59 seconds" beside "that day" in a note on the first flight counts the seconds of
a flight, and "24 hours and 37 minutes" counts no minutes of an hour. The researcher declines those, and answers
from a note that says the count."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server
from servers.tools.researcher.wholes import counted_in_whole, units_in_whole

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]

_FLIGHT = (
    "The brothers flew four times that day, and the longest flight, by Wilbur Wright, lasted 59 seconds and "
    "covered about 260 metres."
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many seconds are there in a day?", "86,400"),
        ("how many seconds in a day", "86,400"),
        ("How many minutes are there in a day?", "1,440"),
        ("How many seconds are in an hour?", "3,600"),
        ("How many minutes are in an hour?", "60 minutes in an hour"),
        ("How many hours are there in a week?", "168"),
        ("How many days are there in a leap year?", "366"),
        ("How many weeks are in a year?", "52"),
    ],
)
async def test_a_count_of_units_in_a_whole_is_answered_from_the_note_that_says_it(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    [
        "How many minutes are there in a flight?",
        "How many days are in a month?",
        "How many metres are in a furlong?",  # the notes give a mile in metres now, never a furlong
    ],
)
async def test_a_count_the_notes_never_give_of_that_whole_is_declined(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error, result.structured_content
    assert "Nothing in the knowledge base matched" in error_text(result)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("How many seconds are there in a day?", _FLIGHT),
        ("How many seconds in a day?", _FLIGHT),
        ("How many minutes are in an hour?", "A day on Mars lasts about 24 hours and 37 minutes."),
        ("How many seconds are in an hour?", "There are 60 seconds in a minute and 60 minutes in an hour."),
        ("How many days does a year have?", "The ship was at sea for 40 days, and it sailed again the next year."),
    ],
)
def test_a_count_said_of_another_whole_does_not_answer(question, passage):
    assert not counted_in_whole(question, passage, "A note")


@pytest.mark.parametrize(
    ("question", "passage", "title"),
    [
        ("How many seconds are there in a day?", "A day has 86,400 seconds.", "Units of time"),
        ("How many legs does a spider have?", "A spider has eight legs and two main body parts.", "Spiders"),
        ("How many moons does Jupiter have?", "It has 95 known moons.", "Jupiter"),
        ("How many hours in a day?", "The Earth spins once about every 24 hours.", "Day, night and the year"),
        ("How many countries are in Africa?", "Africa has the most countries, 54.", "The continents"),
        ("How tall is the Eiffel Tower?", "It is 330 metres tall.", "The Eiffel Tower"),
    ],
)
def test_a_count_said_of_the_whole_or_no_such_count_passes(question, passage, title):
    assert counted_in_whole(question, passage, title)


def test_the_unit_and_the_whole_are_read_from_the_question():
    assert units_in_whole("How many seconds are there in a day?") == ("seconds", "day")
    assert units_in_whole("how many strings has a cello got") == ("strings", "cello")
    assert units_in_whole("How many moons does Jupiter have?") is None  # a name, not a whole of units
