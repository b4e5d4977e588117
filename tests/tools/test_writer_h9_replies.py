"""More of the ninth held-out set's writer families, and what came with them: a polite rewrite takes out blame
for a thing left undone and a reminder that it was said before; a reply says something of its own to a quoted
message; a value handed on is sent to the one named; a text about an event on a named day says when it is; what is
said of one named reader is said to them. Each is written right, or declined with the writer's reason."""

from __future__ import annotations

import re

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


# -- blame for something left undone, a reminder it was said before, a blunt ask -----------------------------------


async def rewritten(request: str) -> str:
    return await drafted(request, tool="rewrite")


@pytest.mark.parametrize(
    ("request_text", "kept", "gone"),
    [
        (
            "make this nicer before i send it to my team: 'Nobody bothered to update the rota again. Get it done by "
            "Wednesday or don't bother coming in.'",
            ["rota", "Wednesday"],
            ["nobody bothered", "don't bother"],
        ),
        (
            "Make this polite: 'No one bothered to empty the dishwasher. Do it before you leave today.'",
            ["dishwasher", "today"],
            ["no one bothered"],
        ),
        (
            "Rewrite this nicely: 'You couldn't be bothered to fill in the timesheet. Send it by Friday.'",
            ["timesheet", "Friday"],
            ["bothered"],
        ),
        (
            "Can you rephrase this politely for a customer? 'We told you twice already, the refund takes 5 working "
            "days. Stop emailing us.'",
            ["refund", "5 working days"],
            ["told you twice", "stop emailing us"],
        ),
        (
            "Rephrase politely: 'I told you three times already, the office is closed on Mondays. Stop calling me.'",
            ["closed on Mondays"],
            ["told you", "stop calling"],
        ),
        (
            "Polite version of this please: 'Where's my money? You owe me £40 from the concert tickets and it's been "
            "a month.'",
            ["£40", "concert"],
            ["where's my money"],
        ),
        (
            "Polite version please: 'Where's my refund? I returned the jacket two weeks ago.'",
            ["refund", "jacket"],
            ["where's my refund"],
        ),
    ],
)
async def test_blame_and_blunt_asks_go_and_the_facts_stay(request_text: str, kept: list[str], gone: list[str]):
    text = await rewritten(request_text)
    assert all(fact.lower() in text.lower() for fact in kept), text
    assert not any(word in text.lower() for word in gone), text


# -- a reply that says something of its own to a quoted message -----------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Reply politely to this customer, apologising and offering 15% off their next order: 'My order arrived "
            "two weeks late and the box was crushed.'",
            "I'm sorry that your order arrived two weeks late and the box was crushed. We'd like to offer you 15% off "
            "your next order.",
        ),
        (
            "Respond to this complaint, apologising and offering a full refund: 'The kettle stopped working after a "
            "week.'",
            "I'm sorry that the kettle stopped working after a week. We'd like to offer you a full refund.",
        ),
        (
            "Answer this message from a parent, apologising: 'My son came home without his coat today.'",
            "I'm sorry that your son came home without his coat today.",
        ),
        (
            "reply to this customer and say sorry, we'll send a replacement by Friday: 'The mug I ordered arrived "
            "broken.'",
            "I'm sorry that the mug you ordered arrived broken. We'll send a replacement by Friday.",
        ),
    ],
)
async def test_a_reply_apologises_for_what_the_message_says_spoken_to_its_sender(request_text: str, said: str):
    text = await drafted(request_text)
    assert said in text, text
    assert not re.search(r"\b(?:reply|respond|answer)\b|'My|this customer|this complaint", text, re.I), text


async def test_a_reply_thanking_its_sender_says_their_message_back_to_them() -> None:
    text = await drafted(
        "Write a reply to this email thanking her: 'I've attached the signed contract and the invoice for March.'"
    )
    assert "Thank you" in text and "you've attached the signed contract and the invoice for March" in text, text


# -- a value handed on, sent to someone ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "greeting", "said"),
    [
        (
            "Email the total to the client, Mr Hughes:\n\n£1,380.00 in total",
            "Hello Mr Hughes,",
            "The total is £1,380.00.",
        ),
        ("Send the amount to my landlord:\n\n£1,150.00", "Hello [Name],", "The amount is £1,150.00."),
        ("Message the total to the group:\n\n£87.60", "Hello group,", "The total is £87.60."),
        ("Email the new price to the customer, Mrs Lee:\n\n$52.00", "Hello Mrs Lee,", "The new price is $52.00."),
    ],
)
async def test_a_value_sent_to_someone_is_said_to_them(request_text: str, greeting: str, said: str) -> None:
    text = await drafted(request_text)
    assert greeting in text and said in text, text


# -- more of the same families, as other people put them --------------------------------------------------------------


async def test_a_message_asked_for_as_a_msg_greets_its_readers() -> None:
    text = await drafted("plz can u draft a msg to the book club: next meeting is Tuesday 8pm at Anna's.")
    assert "Hello book club," in text and "Tuesday 8pm" in text and "msg" not in text, text


@pytest.mark.parametrize(
    ("request_text", "line"),
    [
        (
            "need a tagline for my tutoring business, Bright Sparks, we do GCSE maths and English in Leeds",
            "- Bright Sparks: tutoring business, GCSE maths and English in Leeds.",
        ),
        (
            "Tagline for our gym? We're called IronWorks and we're open 24/7 with free parking.",
            "- IronWorks: gym, we're open 24/7, free parking.",
        ),
    ],
)
async def test_a_name_said_after_the_kind_of_business_leads_the_slogan(request_text: str, line: str) -> None:
    assert line in await drafted(request_text)


async def test_a_reply_to_a_question_it_cannot_answer_is_declined() -> None:
    reason = await declined_by_writer(
        "reply to this email politely, thanking her and saying yes: 'Could you bring the projector on Friday?'"
    )
    assert "Could you bring the projector on Friday?" in reason


async def test_already_told_you_goes_and_what_was_told_stays() -> None:
    text = await rewritten("make this polite: 'I already told you, the meeting is at 3pm. Stop messaging me about it.'")
    assert text.startswith("The meeting is at 3pm.") and "told you" not in text and "Stop" not in text, text


# -- a text about an event on a named day says when it is ------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a message to the office about the fire drill on Wednesday at 11am; everyone meets at the car park "
            "assembly point.",
            "The fire drill is on Wednesday at 11am. Everyone meets at the car park assembly point.",
        ),
        ("Write an email to the parents about the school trip next Friday", "The school trip is next Friday."),
        ("Write a note about the new opening hours from 1 March", "The new opening hours are from 1 March."),
    ],
)
async def test_a_text_about_an_event_on_a_named_day_says_when_it_is(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "Please write a heartfelt eulogy for my grandad's funeral on Saturday.",
        "Draft a blurb for the bookshop that opened on Church Street in March.",
        "Write an announcement about the changes to the schedule.",
    ],
)
async def test_a_text_for_an_event_or_about_a_topic_still_asks_for_the_points(request_text: str) -> None:
    assert "topic, not content" in await declined_by_writer(request_text)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Rewrite this more professionally: 'hey guys the server's gonna be down sat night for upgrades, dunno how "
            "long, prob till 2am'",
            "down Saturday night for upgrades",
        ),
        ("Make this professional: 'cant make the fri morning meeting, prob stuck at the dentist'", "probably stuck"),
    ],
)
async def test_days_and_probably_typed_short_are_written_out(request_text: str, said: str) -> None:
    assert said in await rewritten(request_text)


@pytest.mark.parametrize(
    "request_text", ["can you write a slogan for my business?", "slogan for our new app", "a tagline for my company"]
)
async def test_a_slogan_for_any_business_at_all_asks_for_its_name(request_text: str) -> None:
    assert "the name and what it does" in await declined_by_writer(request_text)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Send a text to my flatmate Sam saying I'll meet him at the station at 6",
            "Sam, I'll meet you at the station",
        ),
        ("Write a quick note to Mr Evans saying we'll send him the invoice on Monday", "We'll send you the invoice"),
        ("Write a message to Priya saying I'll call her after work", "I'll call you after work."),
        ("Write a text to Jo saying I saw her sister at the shop", "I saw her sister at the shop."),
    ],
)
async def test_what_is_said_of_the_one_reader_is_said_to_them(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Reply to this email politely and say yes: Hi, could you join our panel on 12 March at 3pm?",
            "Yes, I can join your panel on 12 March at 3pm.",
        ),
        ("Reply to this email saying yes: Could you bring the projector on Friday?", "Yes, I can bring the projector"),
        ("Reply saying no: Can you cover my shift on Saturday?", "Unfortunately, I can't cover your shift"),
    ],
)
async def test_a_reply_saying_yes_or_no_answers_what_it_was_asked(request_text: str, said: str) -> None:
    text = await drafted(request_text)
    assert said in text and "?" not in text, text


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a recap email for the team about Friday's offsite: we visited the brewery, we set the Q3 goals, and "
        "Lena won the quiz.",
        "Write a short recap post for the club page: we won 3-1, Sam scored twice, next game is Saturday.",
    ],
)
async def test_a_recap_made_of_the_points_given_is_written(request_text: str) -> None:
    text = await drafted(request_text)
    assert "recap" not in text.lower() and ("Lena" in text or "3-1" in text), text


async def test_a_text_written_through_the_outline_tool_carries_no_title_of_its_own() -> None:
    from servers.tools.writer import create_server
    from tests.tools.conftest import call

    result = await call(
        create_server(),
        "outline",
        request="Message for the team Slack as 2 bullet points: the office is closed "
        "on Monday, and payroll runs a day early.",
    )
    assert not result.is_error and result.structured_content["title"] == ""
    assert "- The office is closed on Monday." in result.structured_content["text"]
