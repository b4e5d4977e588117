"""Requests the writer declined though it had all it needed: an outline whose sections the request names (in it,
after it or after a colon), a text turned into bullet points, a place then what the text does ("for the parish
newsletter announcing ..."), a reader then a clause about them ("my granddaughter Isla, she turns 7 on Sunday"), a
reference, facts told before the ask with one more to mention after it, a letter to a tenant at an address, a
plain-English rewrite of a label's words, and a sum handed on to be claimed."""

from __future__ import annotations

import re

import pytest
from conftest import call, declined_by_writer, drafted, tool_server

pytestmark = pytest.mark.anyio


async def _outlined(request: str) -> str:
    result = await call(tool_server("writer"), "draft", request=request)
    assert not result.is_error, result.content
    return result.structured_content["draft"]


@pytest.mark.parametrize(
    ("request_text", "sections"),
    [
        (
            "I'm giving a 10 minute talk to new volunteers at the food bank. Give me an outline covering: welcome, "
            "safety rules, how sorting works, shifts and sign-up, questions.",
            ["Welcome", "Safety Rules", "How Sorting Works", "Shifts and Sign-up", "Questions"],
        ),
        (
            "Can you outline a first aid refresher evening for our scout leaders? Topics are CPR, burns, choking, "
            "and when to call 999.",
            ["CPR", "Burns", "Choking", "When to Call 999"],
        ),
        (
            "I teach year 8. Outline a 45 minute lesson on the water cycle with a starter, evaporation, condensation, "
            "precipitation and a plenary quiz.",
            ["A Starter", "Evaporation", "Condensation", "Precipitation", "A Plenary Quiz"],
        ),
        (
            "Please outline a workshop on home composting covering bins, browns and greens, and common mistakes.",
            ["Bins", "Browns and Greens", "Common Mistakes"],
        ),
        (
            "We're running a coding club for beginners. Could you outline the first session? Sections are "
            "setting up, variables, loops and a mini project.",
            ["Setting Up", "Variables", "Loops", "A Mini Project"],
        ),
        (
            "Give me an outline for a talk on saving energy at home: heating, lighting, appliances",
            ["Heating", "Lighting"],
        ),
    ],
)
async def test_an_outline_is_made_of_the_sections_the_request_names(request_text: str, sections: list[str]) -> None:
    text = await _outlined(request_text)
    headings = re.findall(r"\*\*(.+?)\*\*", text)
    assert all(s in headings for s in sections), text
    assert "Give Me" not in text and "Topics Are" not in text and "I Teach" not in text


async def test_an_outline_with_no_sections_named_is_still_a_plan_to_fill_in() -> None:
    result = await call(tool_server("writer"), "outline", request="Outline a talk on beekeeping for beginners")
    assert "generic plan" in (result.structured_content["note"] or "")


@pytest.mark.parametrize(
    ("request_text", "count"),
    [
        (
            "Turn this into 4 bullet points for the farm newsletter: lambing starts next week; volunteers should sign "
            "in at the office; dogs must be kept on leads; the cafe opens at 9am daily.",
            4,
        ),
        ("Make this into a bulleted list: the gym opens at 6am, the pool opens at 7am and the cafe opens at 8am.", 3),
        ("Put this in bullet points please: Bring water. Wear boots. Meet at 9am.", 3),
        ("turn this into bullet points: the hall is booked; the urn is in the cupboard", 2),
        ("Please put these into bullet points: the bins go out on Monday; recycling goes out on Thursday.", 2),
        ("Convert this into a checklist: pack the tent, charge the torch, buy gas.", 3),
    ],
)
async def test_a_text_turned_into_bullet_points_is_listed(request_text: str, count: int) -> None:
    result = await call(tool_server("writer"), "rewrite", request=request_text)
    assert not result.is_error, result.content
    assert len(re.findall(r"^- \S", result.structured_content["rewritten"], re.M)) == count


async def test_turning_nothing_into_bullet_points_asks_for_the_text() -> None:
    said = await declined_by_writer("Turn this into a bullet list", tool="rewrite")
    assert "Rewrite what?" in said


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write exactly two sentences for the parish newsletter announcing the summer fete on 12 July on the "
            "vicarage lawn.",
            "The summer fete is on 12 July. It is on the vicarage lawn.",
        ),
        (
            "Write a post for the parish newsletter announcing the summer fete on 12 July on the vicarage lawn.",
            "The summer fete is on 12 July on the vicarage lawn.",
        ),
        (
            "Write two sentences announcing our quiz night on Friday at 7pm in the Red Lion.",
            "Our quiz night is on Friday at 7pm. It is in the Red Lion.",
        ),
        (
            "write a short post for the school website announcing the book fair on Thursday in the library",
            "The book fair is on Thursday in the library.",
        ),
        (
            "Write a notice for the noticeboard announcing the AGM on 3 March at 7pm",
            "The AGM is on 3 March at 7pm.",
        ),
        (
            "Write a paragraph for the club newsletter saying the pitch is closed until April.",
            "The pitch is closed until April.",
        ),
    ],
)
async def test_a_place_then_what_the_text_does_is_written(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


async def test_an_announced_event_with_no_place_is_not_padded_to_two_sentences() -> None:
    said = await declined_by_writer("Write exactly two sentences announcing the summer fete on 12 July.")
    assert "1 sentence" in said


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Help me write a birthday message for my granddaughter Isla, she turns 7 on Sunday and she's horse mad.",
            "You turn 7 on Sunday and you're horse mad.",
        ),
        ("Write a card for my nephew Sam, he starts university on Monday.", "You start university on Monday."),
        ("Write a message to my friend Priya, she's been promoted to head of design.", "You've been promoted"),
        (
            "write a note for my grandson Alfie, he is off to Scout camp on Friday",
            "You are off to Scout camp on Friday.",
        ),
        ("Write a card to my niece Mia, she starts her new job on Monday.", "You start your new job on Monday."),
        ("Write a message to my cousin Ravi, he has a driving test tomorrow.", "You have a driving test tomorrow."),
    ],
)
async def test_a_clause_about_the_reader_after_their_name_is_said_to_them(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


async def test_what_the_reader_did_with_nothing_to_say_of_it_is_still_declined() -> None:
    said = await declined_by_writer("Write a note to my neighbour Greta, she watered our plants all week.")
    assert "topic" in said or "what the note should say" in said


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a short reference for Tom Reyes. He worked in our bakery from 2021 to 2024, was reliable, always "
            "on time, and trained two new starters.",
            "Tom Reyes worked in our bakery from 2021 to 2024",
        ),
        (
            "Write a reference for my former assistant Jana Novak: she worked for me for three years and was always "
            "punctual.",
            "Jana Novak worked for me for three years",
        ),
        (
            "Write a character reference for Sam Cole: he has volunteered at our food bank every week since 2022.",
            "Sam Cole has volunteered at our food bank every week since 2022.",
        ),
        ("Write a testimonial for Bright Windows: they cleaned all our windows in one morning.", "Bright Windows"),
    ],
)
async def test_a_reference_is_written_from_the_facts_given(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


async def test_a_reference_with_nothing_said_is_declined() -> None:
    said = await declined_by_writer("Write a reference for this job")
    assert "is a topic, not content" in said


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Our allotment society AGM is on Wednesday 19 November at 7.30pm in the church hall. Can you write the "
            "invitation to members? Mention there'll be tea and cake.",
            "There'll be tea and cake.",
        ),
        (
            "The pool is closed on Monday. Please write a notice for swimmers. Say that the gym stays open.",
            "The gym stays open.",
        ),
        (
            "The car park is shut on Sunday. Could you write the notice for residents?",
            "The car park is shut on Sunday.",
        ),
        (
            "The quiz is on Friday at 8pm. Can you write the invitation for the parents? Also mention that tickets "
            "are £5.",
            "Tickets are £5.",
        ),
    ],
)
async def test_facts_told_around_the_ask_are_written(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


async def test_a_thing_to_mention_with_nothing_said_of_it_is_not_made_a_fact() -> None:
    said = await declined_by_writer(
        "The pool is closed on Monday. Please write a notice for swimmers. Mention the gym."
    )
    assert "topic" in said


@pytest.mark.parametrize(
    ("request_text", "heading"),
    [
        (
            "Draft a letter to my tenant at 14 Mill Lane. Rent goes up from £850 to £890 per month from 1 September, "
            "as the tenancy agreement allows.",
            "Re: 14 Mill Lane",
        ),
        ("Write a letter to my tenant at 7 Elm Road: the boiler will be serviced on Tuesday.", "Re: 7 Elm Road"),
        ("Draft a letter to my tenant at 9 Mill Road. The gutters will be cleared on Friday.", "Re: 9 Mill Road"),
    ],
)
async def test_a_letter_to_a_reader_at_an_address_is_headed_by_it(request_text: str, heading: str) -> None:
    text = await drafted(request_text)
    assert text.startswith(heading) and "Dear" in text


async def test_an_address_already_in_the_greeting_is_not_said_twice() -> None:
    text = await drafted("Write a letter to the tenants of 3 Oak Court: the boiler will be serviced on Tuesday.")
    assert "Re:" not in text and "Dear tenants of 3 Oak Court," in text


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Rewrite this in plain English for patients: Take one tablet twice daily with food. Do not exceed the "
            "stated dose. Discontinue use and consult your GP if a rash develops.",
            "Take one tablet twice a day with food. Do not go over the stated dose. Stop using it and talk to your GP",
        ),
        (
            "Make this simpler: Residents must ensure bins are not left out whilst collections are suspended.",
            "Residents must make sure bins are not left out while collections are suspended.",
        ),
        ("Make this friendlier: Please consult the handbook before your first shift.", "Please check the handbook"),
        ("Rewrite this for kids: Food is not permitted in the library.", "Food is not allowed in the library."),
        ("Make this simpler: Obtain a form from reception.", "Get a form from reception."),
        ("Simplify this: Take the medication once daily.", "Take the medicine once a day."),
    ],
)
async def test_a_plain_rewrite_says_a_labels_words_plainly(request_text: str, said: str) -> None:
    assert said in await drafted(request_text, tool="rewrite")


async def test_consulting_people_is_left_as_said_when_no_one_to_talk_to_is_named() -> None:
    said = await declined_by_writer("Make this simpler: We will consult residents before any change.", tool="rewrite")
    assert "nothing to change" in said


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        ("Write an email to accounts claiming the total:\n\n£153.69", "I'd like to claim the total: £153.69."),
        ("then email the landlord requesting the deposit:\n\n£850.00", "I'd like to request the deposit: £850.00."),
        ("Write a note to HR claiming my expenses:\n\n£42.10", "I'd like to claim my expenses: £42.10."),
        ("write an email to the council requesting the refund:\n\n£75.00", "I'd like to request the refund: £75.00."),
        ("write an email to accounts claiming the total of £153.69", "I'd like to claim the total of £153.69."),
    ],
)
async def test_a_sum_handed_on_is_what_the_text_claims(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


async def test_a_sum_claimed_as_it_is_not_written_bare() -> None:
    result = await call(tool_server("writer"), "draft", request="Write an email to accounts claiming it:\n\n£153.69")
    assert result.is_error or "claim" in result.structured_content["draft"].lower()
