"""Shortening a notice to a word limit: the courtesies ("We apologise for any inconvenience", "thank you for your
patience") and colouring words ("unfortunately") go, every sentence with a fact stays in the user's words; when the
facts alone are over the limit, the writer says so instead of dropping one."""

from __future__ import annotations

import pytest

from servers.tools.writer.lengths import measure
from tests.tools.conftest import call, declined_by_writer, drafted, error_text, tool_server

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "shortened", "limit"),
    [
        (
            "Shorten this to under 30 words for our website banner: From 1 September the library will close early "
            "on Fridays, at 4pm instead of 7pm, because of staff shortages. Saturday opening hours are not "
            "affected. We apologise for any inconvenience and thank you for your patience.",
            "From 1 September the library will close early on Fridays, at 4pm instead of 7pm, because of staff "
            "shortages. Saturday opening hours are not affected.",
            29,
        ),
        (
            "Shorten this to under 25 words please: Due to the ongoing refurbishment works on the ground floor, the "
            "staff canteen will unfortunately remain closed until Monday 3 November, and we apologise for any "
            "inconvenience this causes.",
            "Due to the ongoing refurbishment works on the ground floor, the staff canteen will remain closed until "
            "Monday 3 November.",
            24,
        ),
        (
            "Can you shorten this to under 35 words for the app banner: Please note that the booking system will be "
            "offline on Sunday 4 May from 2am to 5am for maintenance. We apologise for any inconvenience this may "
            "cause. If you have any questions, please contact the front desk.",
            "The booking system will be offline on Sunday 4 May from 2am to 5am for maintenance. If you have any "
            "questions, please contact the front desk.",
            34,
        ),
        (
            "Shorten this to 20 words max: Sadly the Tuesday choir rehearsal on 6 May is cancelled as the hall is "
            "being painted. Thank you for your understanding.",
            "The Tuesday choir rehearsal on 6 May is cancelled as the hall is being painted.",
            20,
        ),
        (
            "Trim this to under 20 words: The leisure centre pool will be closed on Saturday 5 April for a swimming "
            "gala. We apologise for any inconvenience this may cause.",
            "The leisure centre pool will be closed on Saturday 5 April for a swimming gala.",
            19,
        ),
        (
            "Can you get this under 25 words: Please be advised that the Elm Street bridge will be closed to traffic "
            "from 3 to 7 March for repairs. Thank you for your patience during the works.",
            "The Elm Street bridge will be closed to traffic from 3 to 7 March for repairs.",
            24,
        ),
        (
            "Make this fit in 20 words: Unfortunately the 8.15 bus to Leeds is cancelled tomorrow because of a "
            "driver shortage. We are sorry for any disruption.",
            "The 8.15 bus to Leeds is cancelled tomorrow because of a driver shortage.",
            22,
        ),
        (
            "Shorten this email to under 40 words:\nHi all,\n\nThe office will close at 2pm on Friday 20 December. "
            "We apologise for any inconvenience. If you have any questions, please contact Maria.\n\nBest regards,\n"
            "Tom",
            "Hi all,\n\nThe office will close at 2pm on Friday 20 December. If you have any questions, please "
            "contact Maria.\n\nBest regards,\nTom",
            39,
        ),
        (
            "Make this shorter: The pool is closed on Monday for cleaning. We apologise for any inconvenience.",
            "The pool is closed on Monday for cleaning.",
            None,
        ),
    ],
)
async def test_courtesies_and_colouring_go_to_meet_the_limit(request_text: str, shortened: str, limit: int) -> None:
    text = await drafted(request_text, tool="rewrite")
    assert text == shortened
    assert limit is None or measure(text).words <= limit


@pytest.mark.parametrize(
    "request_text",
    [
        "Shorten this to under 10 words: The car park will be resurfaced over the weekend of 8 and 9 March, and no "
        "vehicles may be left there after 6pm on Friday.",
        "Shorten this to under 15 words for a banner: From 1 September the library will close early on Fridays, at "
        "4pm instead of 7pm, because of staff shortages. We apologise for any inconvenience.",
    ],
)
async def test_facts_over_the_limit_are_declined_with_the_count(request_text: str) -> None:
    declined = await declined_by_writer(request_text, tool="rewrite")
    assert "without dropping a fact" in declined and "words" in declined


async def test_a_shorter_text_with_no_courtesy_to_cut_is_still_declined() -> None:
    await declined_by_writer(
        "Give me a shorter version of this notice: The car park will be resurfaced over the weekend of 8 and 9 "
        "March. No vehicles may be left there after 6pm on Friday.",
        tool="rewrite",
    )


@pytest.mark.parametrize(
    ("request_text", "reason"),
    [
        (
            "Give me a shorter version of this notice: The car park will be resurfaced over the weekend of 8 and 9 "
            "March. No vehicles may be left there after 6pm on Friday.",
            "summarizer",
        ),
        ("Shorten this to under 5 words: The pool is closed on Monday for cleaning.", "without dropping a fact"),
        ("Write an email to the team about the party.", "topic"),
    ],
)
async def test_the_judge_tool_says_why_the_writing_asked_for_is_declined(request_text: str, reason: str) -> None:
    said = error_text(await call(tool_server("writer"), "judge", request=request_text))
    assert "no draft to judge" in said and reason in said


async def test_the_judge_tool_still_points_to_the_writing_tools_for_writing_it_can_do() -> None:
    said = error_text(
        await call(tool_server("writer"), "judge", request="Make this more polite: send me the report now")
    )
    assert "the draft, rewrite and revise tools write" in said
