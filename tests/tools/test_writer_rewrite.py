"""The writer's rewrite tool over MCP: a polite rewrite really changes the tone and keeps every fact."""

from __future__ import annotations

import re

import pytest
from conftest import call, error_text

from servers.tools.writer import create_server

pytestmark = pytest.mark.anyio


async def rewritten(request: str) -> dict:
    result = await call(create_server(), "rewrite", request=request)
    assert not result.is_error, result.content[0].text
    return result.structured_content


@pytest.mark.parametrize(
    ("request_text", "gone", "kept"),
    [
        (
            "Make this polite: Send me the Q3 figures NOW. You always miss deadlines lol.",
            ["NOW", "lol", "always"],
            ["Q3 figures"],
        ),
        (
            "Can you tone this down? 'Third broken build this week. Fix it today or else.'",
            ["or else"],
            ["Third broken build this week", "today"],
        ),
        (
            "Rephrase this professionally: hey guys, u still owe me the invoice for march, pay it asap!!!",
            ["hey", " u ", "!!!", "asap"],
            ["invoice for march"],
        ),
        (
            "Less rude please: Are you stupid? The meeting is at 3 pm on Tuesday, not Wednesday.",
            ["stupid"],
            ["3 pm on Tuesday, not Wednesday"],
        ),
        (
            "Make it polite: It's your fault the courier left. WHY DIDN'T YOU ANSWER THE DOOR???",
            ["your fault", "WHY", "???"],
            ["The courier left."],
        ),
        ("Nicer please: This is your last warning. Stop parking in bay 14.", ["last warning"], ["bay 14"]),
    ],
)
async def test_a_polite_rewrite_removes_what_made_the_text_rude_and_keeps_the_facts(request_text, gone, kept):
    data = await rewritten(request_text)
    text = data["rewritten"]
    assert not [g for g in gone if g in text], text
    assert all(k in text for k in kept), text
    assert data["changes"]


async def test_demands_become_requests():
    text = (
        await rewritten(
            "Make this more courteous: Send the signed lease to Priya by 30 June. You need to pay the deposit."
        )
    )["rewritten"]
    assert "Could you please send the signed lease to Priya by 30 June?" in text
    assert "Could you please pay the deposit?" in text


async def test_a_threat_that_carries_information_becomes_a_plain_statement():
    text = (await rewritten("Make this polite: Fix the leak by Friday or I'll report it to the council!"))["rewritten"]
    assert text.startswith("Could you please fix the leak by Friday? Otherwise I may need to report it to the council.")


async def test_a_threat_with_nothing_to_say_is_removed():
    text = (await rewritten("Soften this: Reply by noon or you're fired."))["rewritten"]
    assert "fired" not in text and "Could you please reply by noon?" in text


async def test_blame_and_insults_go_but_names_numbers_and_dates_stay():
    request = "Make this polite: You messed up the Okafor order, you idiot. We are 300 units short because of you."
    text = (await rewritten(request))["rewritten"]
    assert "There was a problem with the Okafor order" in text and "We are 300 units short." in text
    assert not re.search(r"idiot|messed|because of you", text)


async def test_shouting_is_lowered_but_acronyms_stay():
    text = (await rewritten("Make this polite: THE HR FORM IS DUE MONDAY. SEND IT."))["rewritten"]
    assert "HR" in text and "Monday" in text and "SEND" not in text and "DUE" not in text


async def test_text_that_is_already_polite_is_declined_rather_than_returned_unchanged():
    message = error_text(
        await call(create_server(), "rewrite", request="Make this polite: Thanks for the report, it arrived on time.")
    )
    assert "nothing to change" in message


async def test_a_rewrite_request_without_the_text_asks_for_it():
    message = error_text(await call(create_server(), "rewrite", request="Make my note to the caretaker more polite."))
    assert "Rewrite what?" in message


@pytest.mark.parametrize(
    ("request_text", "tone"),
    [
        ("Make this less formal: Dear colleagues, we will utilize the atrium.", "casual"),
        ("Make this shorter: In order to start we really need a large number of signatures.", "concise"),
        ("Simplify this: We must terminate the contract prior to March.", "simple"),
        ("Rewrite this formally: hey Jo, can't make it tmrw", "formal"),
    ],
)
async def test_the_instruction_picks_the_tone(request_text, tone):
    assert (await rewritten(request_text))["tone"] == tone


async def test_a_concise_rewrite_is_shorter():
    data = await rewritten(
        "Tighten this up: Due to the fact that the hall is very small, we are able to seat a large number of "
        "people only in the event that chairs are stacked."
    )
    assert data["rewritten"] == "Because the hall is small, we can seat many people only if chairs are stacked."


async def test_a_quoted_note_with_a_dont_bother_threat_comes_back_polite_and_unquoted():
    from servers.tools.writer.jobs import rewrite_request

    done = rewrite_request(
        'Make this sound nicer: "Your report is late again. Fix it today or don\'t bother coming in."'
    )
    assert done.rewrite.text == "Your report is late again. Could you please fix it today? Thank you."


@pytest.mark.parametrize(
    ("request_text", "insult", "kept"),
    [
        ("Make this nicer: Your code is garbage. Fix it today.", "garbage", "Your code could use some work"),
        ("Rewrite politely: your reports are so sloppy. Send the new one by noon.", "sloppy", "noon"),
    ],
)
async def test_a_verdict_on_someones_work_becomes_a_request_for_work(request_text: str, insult: str, kept: str):
    text = (await rewritten(request_text))["rewritten"]
    assert insult not in text.lower()
    assert kept in text
