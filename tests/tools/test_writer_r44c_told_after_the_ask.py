"""Facts told in sentences after the ask, with what the text must do told beside them: a form order at the end
("Keep it to a short paragraph, nowt fancy"), an order to the reader ("Please ask her to move the cars"), the app
the message goes by ("a WhatsApp to Mrs Naidoo"), the ask said without its "me" ("please help write a notice"),
and a reply's moves ("I want to apologise, explain ..., and offer her 50% off. Her name's Linda."). Near-misses:
no facts, an order the writer can't honour, a move it can't make, and a question among the facts are declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a match report for the newsletter. We beat Pudsey St Lawrence by 4 wickets on Saturday, Tom Hirst "
            "got 67 not out and young Josh took 3 for 22 on his debut. Keep it to a short paragraph, nowt fancy",
            ["Pudsey St Lawrence by 4 wickets", "67 not out", "3 for 22"],
        ),
        (
            "Draft a match report for the darts club page. The Red Lion won 5-3 against the Crown. Dave hit a 180 "
            "in the last leg. Keep it short, nothing fancy.",
            ["won 5-3 against the Crown", "180"],
        ),
        (
            "write an update for the allotment newsletter. The new water tank is in by the gate. Plot fees of £25 are "
            "due by 30 April. short and sweet please",
            ["water tank", "£25", "30 April"],
        ),
        (
            "Compose a paragraph for the parish magazine. The bell tower repairs finished on 3 May at a cost of "
            "£14,000. Keep it brief, no frills.",
            ["3 May", "£14,000"],
        ),
    ],
)
async def test_a_form_order_after_the_facts_is_read_as_the_ask(request_text: str, said: list[str]):
    text = await drafted(request_text)
    assert all(s in text for s in said), text
    assert "fancy" not in text and "frills" not in text and "Keep it" not in text and "sweet" not in text


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a WhatsApp to Mrs Naidoo for me. We're starting her roof on Monday at 8am, team of 4, should take "
            "3 days if there's no rain. Please ask her to move the cars out of the driveway.",
            ["Naidoo", "Monday at 8am", "3 days", "Could you please move the cars out of the driveway?"],
        ),
        (
            "Send a WhatsApp message to Mr Botha. The scaffolding goes up on Thursday. Please ask him to lock the dog "
            "inside.",
            ["Botha", "Thursday", "Could you please lock the dog inside?"],
        ),
        (
            "write an sms to Ayesha. her bike is ready for collection, the bill is 450k. please ask her to come "
            "before 6pm",
            ["Ayesha", "450k", "Could you please come before 6pm?"],
        ),
        (
            "Please help write a notice for customer. From 1 July our restaurant open 7am to 3pm only on weekdays, "
            "weekend still 7am to 10pm. Sorry for any inconvenience.",
            ["1 July", "7am to 3pm", "weekend"],
        ),
        (
            "Help to write an email to the landlord. The kitchen tap has been leaking since Monday. Please ask him to "
            "send a plumber.",
            ["leaking since Monday", "Could you please send a plumber?"],
        ),
    ],
)
async def test_facts_after_the_ask_with_an_order_to_the_reader_are_written(request_text: str, said: list[str]):
    text = await drafted(request_text)
    assert all(s in text for s in said), text
    assert "ask her" not in text and "ask him" not in text and "for me" not in text


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a reply to a customer who complained the tour ran late yesterday. I want to apologise, explain the "
            "Castle Esplanade was closed for the Tattoo setup so we had to detour, and offer her 50% off another tour. "
            "Her name's Linda.",
            ["Linda", "I'm sorry the tour ran late yesterday.", "Tattoo setup", "offer you 50% off another tour"],
        ),
        (
            "Can you draft a response to a guest who complained that the room was cold. I'd like to apologise, "
            "explain that the boiler broke on Friday and was fixed on Saturday, and offer him a free breakfast. He's "
            "called Mr Patel.",
            ["Mr Patel", "I'm sorry the room was cold.", "boiler broke on Friday", "offer you a free breakfast"],
        ),
        (
            "reply to a client who complained about how the delivery was late. want to say sorry, explain the van "
            "broke down, offer her free delivery next time",
            ["I'm sorry the delivery was late.", "The van broke down.", "offer you free delivery next time"],
        ),
        (
            "Write a reply to a parent who complained about the cancelled match. We need to apologise for the short "
            "notice and explain the pitch was waterlogged. Her name is Mrs Osei.",
            ["Mrs Osei", "I'm sorry for the short notice.", "The pitch was waterlogged."],
        ),
    ],
)
async def test_a_replys_moves_told_as_what_the_asker_wants_are_written(request_text: str, said: list[str]):
    text = await drafted(request_text)
    assert all(s in text for s in said), text
    assert "want to" not in text and "name's" not in text


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a match report for the newsletter. Keep it short, nothing fancy.",
        "Write a match report for the newsletter. We won by 4 wickets on Saturday. Make it funny and add some jokes.",
        "Write a reply to a customer who complained the tour ran late yesterday. I want to apologise and sort it "
        "out. Her name's Linda.",
        "Write a reply to a customer who complained the tour ran late. I want to explain why it happened. Her "
        "name's Linda.",
        "Write a WhatsApp to Mrs Naidoo for me. We're starting her roof on Monday. Can you ask if the gate code "
        "changed?",
    ],
)
async def test_asks_without_facts_or_with_moves_the_writer_cannot_make_are_declined(request_text: str):
    await declined_by_writer(request_text)
