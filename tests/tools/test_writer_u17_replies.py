"""A reply asked for "that apologises and offers ..." does what the clause says (it was written as "Apologises and
offers a free drink next visit."), and a message reported by the one replying ("A guest emailed to say they were
charged twice") is said back to its sender ("you were charged twice"), never "I'm sorry that a customer left a
complaint ..."."""

from __future__ import annotations

import pytest
from conftest import call, drafted, tool_server

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Can you write a reply that apologises and offers a free drink next visit: my latte was cold.",
            "I'm sorry that your latte was cold. We'd like to offer you a free drink next visit.",
        ),
        (
            "Write a reply that thanks them for the kind review: the staff were lovely.",
            "Thank you for the kind review.",
        ),
        (
            "A guest emailed to say they were charged twice for parking. Please write a reply apologising and "
            "offering a refund.",
            "I'm sorry that you were charged twice for parking. We'd like to offer you a refund.",
        ),
        (
            "Write a reply which apologises: the parcel arrived damaged.",
            "I'm sorry that the parcel arrived damaged.",
        ),
        (
            "A guest wrote in to say their room was cold. Please write a reply apologising.",
            "I'm sorry that your room was cold.",
        ),
        (
            "A diner posted that they waited an hour for a table. Write a reply apologising and offering a free "
            "dessert.",
            "I'm sorry that you waited an hour for a table. We'd like to offer you a free dessert.",
        ),
    ],
)
async def test_a_reply_does_what_its_clause_says_to_the_sender(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "A customer left a complaint that their latte was cold. Can you write a reply that apologises and offers a "
        "free drink next visit?",
        "The customer said the delivery was late. Write a reply to them apologising.",
        "A resident wrote in to say their bin was not emptied on Tuesday. Please write a reply apologising.",
    ],
)
async def test_a_reported_complaint_is_never_said_back_as_a_report(request_text: str) -> None:
    result = await call(tool_server("writer"), "draft", request=request_text)
    text = "" if result.is_error else result.structured_content["draft"]
    assert not any(w in text.lower() for w in ("a customer left", "the customer said", "a resident wrote"))
    assert "Apologises" not in text


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        # "to it" and "to this" are the message answered, no reader; what the reply does is read after them
        (
            "Draft a reply to it confirming we accept the new date: Due to a supply delay, the docking stations will "
            "now be delivered on 17 April.",
            "I'm writing to confirm we accept the new date.",
        ),
        (
            "Reply to this confirming we accept the new date: Due to a supply delay, the docking stations will now "
            "be delivered on 17 April.",
            "I'm writing to confirm we accept the new date.",
        ),
        # a verb in -ing before what the reply says ends the reader: "to Sam", not "to Sam confirming we accept"
        (
            "Draft a reply to Sam confirming we accept the new date: Due to a supply delay, the docking stations will "
            "now be delivered on 17 April.",
            "Hello Sam,",
        ),
    ],
)
async def test_a_reply_to_the_message_handed_over_says_what_it_is_asked_to(request_text: str, said: str) -> None:
    text = await drafted(request_text)
    assert said in text and "Hello it" not in text and "Hello this" not in text
