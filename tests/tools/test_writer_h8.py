"""Requests in the families behind the eighth held-out set's writer misses: a review, bio or post of a thing named
only by where or when it came about ("the new Italian place that opened on the high street"); a notice that lays
down the law ("Staff must ... Failure to do so is unacceptable.") made friendlier; a supervisor's writer step for
readers named by what they are ("my Year 5 class") or with a reason the text gives ("so we can split it"); and
drafting asides about the form ("Keep it humble, no hashtags"). Each is written right, or declined with the reason
of the tool that writes."""

from __future__ import annotations

import pytest

from servers.tools.writer import create_server
from tests.tools.conftest import call, declined_by_writer, drafted, error_text

pytestmark = pytest.mark.anyio


async def rewritten(request: str) -> str:
    return await drafted(request, tool="rewrite")


# -- a thing named only by where or when it opened is a topic, not content -----------------------------------------


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a review of the new Italian place that opened on the high street.",
        "write a review for the new sushi place that opened downtown",
        "Write a short post about the farmers market that opened in town last week.",
        "Write a description of the gym that opened next to the library.",
        "Write a bio for my colleague who joined last month.",
        "Draft a blurb for the bookshop that opened on Church Street in March.",
        "Please write a blog post about the café which opened round the corner yesterday.",
        "Write a post about the new pizzeria that opened in Camden in May.",
        "Can you write me a review of the bakery that just opened near the station?",
        "Write a review of the pub that reopened after the refurbishment.",
        "Write a description of our new office, which opened in March.",
    ],
)
async def test_a_thing_named_by_where_it_opened_gets_asked_for_the_points(request_text: str) -> None:
    reason = await declined_by_writer(request_text)
    assert "topic, not content" in reason


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a description of a steel water bottle that keeps drinks cold for 24 hours and weighs 350 grams",
            "keeps drinks cold for 24 hours and weighs 350 grams",
        ),
        (
            "Write a short post about the farmers market that opens every Saturday at 9am and sells local cheese.",
            "opens every Saturday at 9am and sells local cheese",
        ),
    ],
)
async def test_a_clause_that_says_what_the_thing_does_is_still_written(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


async def test_a_review_of_a_thing_the_clause_describes_is_written_of_the_thing() -> None:
    text = await drafted("Write a review of the pub that serves craft beer and has a big garden.")
    assert text == "This pub serves craft beer and has a big garden."


async def test_a_review_with_its_points_after_a_colon_is_written_from_them() -> None:
    text = await drafted(
        "Write a review of the new Italian place that opened on the high street: great pasta, friendly staff, "
        "a bit pricey."
    )
    assert "great pasta, friendly staff, a bit pricey" in text
    assert "This review" not in text


# -- a notice that lays down the law, made friendlier -------------------------------------------------------------


async def test_staff_must_becomes_a_request_and_the_verdict_goes() -> None:
    text = await rewritten(
        "Make this friendlier for the office newsletter: Staff must clean the microwave after use. "
        "Failure to do so is unacceptable."
    )
    assert text.startswith("Could staff please clean the microwave after use?")
    assert "unacceptable" not in text.lower() and "must" not in text


@pytest.mark.parametrize(
    ("request_text", "asked", "gone"),
    [
        (
            "Rewrite this more politely for the team: All employees are required to submit timesheets by Friday. "
            "No exceptions.",
            "Could all employees please submit timesheets by Friday?",
            "exceptions",
        ),
        (
            "Make this sound friendlier: Residents are expected to keep the stairwell clear. "
            "This is your last warning.",
            "Could residents please keep the stairwell clear?",
            "warning",
        ),
        (
            "Tone down this sign: Users must log out after each session. Failure to do so is a breach of policy.",
            "Could users please log out after each session?",
            "breach",
        ),
        (
            "Please make this less harsh for the parents' newsletter: Parents must collect children by 3.30pm. "
            "Late pickups are unacceptable.",
            "Could parents please collect children by 3.30pm?",
            "unacceptable",
        ),
        ("Make this friendlier: You are required to RSVP by Monday.", "Could you please RSVP by Monday?", "required"),
    ],
)
async def test_rules_laid_down_to_a_group_are_asked_politely(request_text: str, asked: str, gone: str) -> None:
    text = await rewritten(request_text)
    assert asked in text
    assert gone not in text.lower()


async def test_a_consequence_that_says_something_is_kept_as_what_may_happen() -> None:
    text = await rewritten(
        "rewrite this in a friendlier tone - staff must not park in the visitor bays. failure to follow this rule "
        "will be reported to management."
    )
    assert "Could staff please try not to park in the visitor bays?" in text
    assert "Otherwise, this may be reported to management." in text


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Make this friendlier: Students must hand in their forms by Friday. Anyone who fails to do so will lose "
            "their place.",
            "Could students please hand in their forms by Friday? Otherwise, they may lose their place.",
        ),
        (
            "Make this email friendlier: Hi all, everyone has to tidy their desk before leaving. This is not optional.",
            "Hi all, could everyone please tidy their desk before leaving? Thank you.",
        ),
        (
            "can u make this nicer for the staff bulletin: All staff must wear ID badges at all times. Failure to "
            "comply will result in disciplinary action.",
            "Could all staff please wear ID badges at all times? Otherwise, this may result in disciplinary action.",
        ),
    ],
)
async def test_a_notice_keeps_its_greeting_and_what_may_follow(request_text: str, said: str) -> None:
    assert said in await rewritten(request_text)


async def test_news_with_has_to_is_not_made_a_request() -> None:
    reason = await declined_by_writer("Make this friendlier: The meeting has to move to Friday.", tool="rewrite")
    assert "nothing to change" in reason


# -- a supervisor's writer step: who reads it, and the reason it gives ---------------------------------------------


@pytest.mark.parametrize(
    "request_text",
    [
        "Use that to write a two-sentence note for my Year 5 class:\n\nTides are caused mainly by the Moon's gravity. "
        "The Sun adds a smaller pull.",
        "Use that to write a short note for my Year 5 class:\n\nTides are caused mainly by the Moon's gravity, with a "
        "smaller contribution from the Sun.",
    ],
)
async def test_readers_named_by_what_they_are_need_not_be_said(request_text: str) -> None:
    text = await drafted(request_text)
    assert "Moon's gravity" in text
    assert "Hello everyone," in text


async def test_a_reason_the_text_gives_is_not_an_echo_of_the_instruction() -> None:
    text = await drafted(
        "Write a short text to my sister telling her the total so we can split it:\n\n£275.00 in total"
    )
    assert "£275.00" in text and "split it" in text


async def test_a_clause_of_how_is_never_made_a_second_thing_it_is() -> None:
    result = await call(
        create_server(),
        "draft",
        request="Use that to write a two-sentence note for my class:\n\nTides are caused mainly by the Moon's "
        "gravity, with a smaller contribution from the Sun.",
    )
    # one sentence cannot honestly be two: declined, never "They are also with a smaller contribution"
    assert result.is_error
    assert "They are also with" not in error_text(result)


# -- asides about the form are not written into the text -----------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "said", "aside"),
    [
        (
            "Write a short LinkedIn post announcing I've started a new role as a project coordinator at Brightwater "
            "Housing. Keep it humble, no hashtags overload.",
            "project coordinator at Brightwater Housing",
            "humble",
        ),
        (
            "Draft a tweet announcing our shop has moved to 12 Elm Road. No hashtags please.",
            "12 Elm Road",
            "hashtags",
        ),
    ],
)
async def test_asides_about_the_form_stay_out_of_the_text(request_text: str, said: str, aside: str) -> None:
    text = await drafted(request_text)
    assert said in text
    assert aside not in text.lower()


# -- a later stage handed what the earlier one found ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Turn what you find into a short paragraph for a museum visitors' leaflet:\n\nThe Rosetta Stone is a slab "
            "of dark granodiorite inscribed with a decree of the Egyptian king Ptolemy V, issued in 196 BC.",
            "The Rosetta Stone is a slab of dark granodiorite",
        ),
        (
            "Make what you find into a short post for our page:\n\nThe library reopens on 4 May with longer hours.",
            "The library reopens on 4 May with longer hours.",
        ),
        ("Turn what you learn into a one-sentence caption:\n\nHoney never spoils.", "Honey never spoils."),
    ],
)
async def test_what_you_find_names_the_material_handed_on(request_text: str, said: str) -> None:
    text = await drafted(request_text)
    assert said in text
    assert "what you" not in text.lower()
