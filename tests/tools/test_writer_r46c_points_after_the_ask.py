"""Facts told in the sentences after the ask, in the Englishes people type: the ask with its "please" after the
verb ("Write please a caption") or its "up" ("write me up a flyer blurb"), "abeg" for please, what to tell the reader
as "tell am say ...", a shop's hours told as "Open 5pm to midnight", thanks to the writer at the end ("Thank you very
much."), and a tone asked after the facts ("Make it sound friendly but not too long"). Near-misses: nothing told, a
question among the facts, an order the writer can't honour, and a text asked in another language are declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Abeg write message to my tailor Mrs Okafor. Tell am say the wedding don shift to 12 April and I need the "
            "agbada by 5 April.",
            ["Okafor", "12 April", "5 April"],
        ),
        (
            "Draft a text for my landlord Mr Mensah. Tell him say the rent of 1,500 cedis go reach him on Monday.",
            ["Mensah", "1,500 cedis go reach you on Monday"],
        ),
        (
            "Please write an email to my accountant Ms Lopez. Tell her the invoices for March are in the shared "
            "folder. Thanks in advance!",
            ["Lopez", "The invoices for March are in the shared folder."],
        ),
        (
            "Could you draft a note to my supplier Mr Tan? Let him know the 40 crates arrived on Tuesday. Many thanks.",
            ["Mr Tan", "The 40 crates arrived on Tuesday."],
        ),
        (
            "Write a short email to my client Ana Ruiz. Tell her the samples ship on 3 May. Thank you so much!",
            ["Ana Ruiz", "The samples ship on 3 May."],
        ),
    ],
)
async def test_what_to_tell_the_reader_is_said_and_the_thanks_to_the_writer_left_out(
    request_text: str, said: list[str]
):
    text = await drafted(request_text)
    assert all(s in text for s in said), text
    assert "Tell" not in text and "say the" not in text and "thanks" not in text.lower()


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        ("Write notice for my shop door. Open 9am to 6pm. Closed Sunday. Fresh bread daily.", ["9am to 6pm", "Sunday"]),
        ("Make a sign for the kiosk. Open daily from 7am. Coffee 2 euro.", ["daily from 7am", "2 euro"]),
        ("Write sign for my food truck in English. Open Fridays till 11pm. Tacos 3 for $10.", ["11pm", "$10"]),
        (
            "Write please a short post for our cafe page. New opening hours from 1 June, 8am to 4pm every day.",
            ["1 June"],
        ),
        ("Draft please an email to my team. The office is closed on Friday 9 May.", ["Friday 9 May"]),
        (
            "Write me up a notice for the noticeboard. Choir practice moves to Thursdays at 7pm from 4 March.",
            ["Thursdays at 7pm", "4 March"],
        ),
    ],
)
async def test_hours_and_facts_after_an_ask_said_in_another_order_are_written(request_text: str, said: list[str]):
    text = await drafted(request_text)
    assert all(s in text for s in said), text
    assert "English" not in text and "please" not in text.lower() and "up a" not in text


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write short message for my customers. New stock of shoes arrived, 25,000 naira per pair. Make it sound "
            "friendly.",
            ["25,000 naira per pair"],
        ),
        (
            "Write a message for the parents group. Sports day is on 14 June at 10am. Keep it warm but not too long.",
            ["14 June at 10am"],
        ),
        (
            "Abeg help me write message for my customers. Fresh palm oil don land, 4,000 naira per litre. Make e sound "
            "friendly but no too long.",
            ["4,000 naira per litre"],
        ),
    ],
)
async def test_a_tone_asked_after_the_facts_is_read_as_the_ask(request_text: str, said: list[str]):
    text = await drafted(request_text)
    assert all(s in text for s in said), text
    assert "sound" not in text and "too long" not in text and "Make" not in text


@pytest.mark.parametrize(
    "request_text",
    [
        "Write message to my supplier Mr Chukwuma. Tell am everything.",
        "Write please a short caption for our new batch.",
        "Write me up a flyer blurb.",
        "Write sign for my stall in Thai. Open 5pm to midnight.",
        "Write a notice in Norwegian for the boat crew. Departure 6am.",
        "Write message to my supplier Mr Chukwuma. Tell am say the cloth bad. Why e do am like that?",
        "Write a short email to my client Ana Ruiz. Tell her the samples ship on 3 May. Thank you so much! What "
        "should the subject be?",
        "Write a message for my customers. New stock arrived on Monday. Make it sound sarcastic.",
        "Write a sign for my stall. Open 5pm to midnight. Write it in Thai.",
    ],
)
async def test_no_facts_a_question_or_another_language_is_declined(request_text: str):
    await declined_by_writer(request_text)
