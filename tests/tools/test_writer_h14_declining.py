"""A message declining an invitation ("to my cousin Aisha politely declining her wedding on 21 June: ..."): the
reader is greeted by name (the manner, "politely", is no part of it), the event is theirs ("your wedding"), and
the text says the writer won't be able to come; an invitation or an offer is declined as such."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "greeting", "said"),
    [
        (
            "Write a message to my cousin Aisha politely declining her wedding on 21 June: I'm working that weekend "
            "and can't swap; I'll send a gift; I'm gutted to miss it.",
            "Hello Aisha,",
            "Unfortunately, I won't be able to come to your wedding on 21 June. I'm working that weekend and can't "
            "swap. I'll send a gift.",
        ),
        (
            "Write a note to my neighbour Jo politely declining her barbecue on Saturday: we're at my mum's.",
            "Hello Jo,",
            "Unfortunately, I won't be able to come to your barbecue on Saturday. We're at my mum's.",
        ),
        (
            "Write an email to Tom declining his retirement party on Friday: I'm away that week.",
            "Hello Tom,",
            "Unfortunately, I won't be able to come to your retirement party on Friday. I'm away that week.",
        ),
        (
            "Write an email to Dr Ahmed declining the conference in Leeds: I have a clash.",
            "Hello Dr Ahmed,",
            "Unfortunately, I won't be able to come to the conference in Leeds. I have a clash.",
        ),
        (
            "Write a message to Lena declining her invitation to the gala: I'm unwell.",
            "Hello Lena,",
            "Unfortunately, I have to decline your invitation to the gala. I'm unwell.",
        ),
        (
            "Write a text to Sam declining the job offer: I've accepted another role.",
            "Sam,",
            "unfortunately, I have to decline the job offer. I've accepted another role.",
        ),
    ],
)
async def test_a_declined_invitation_greets_by_name_and_says_so(request_text: str, greeting: str, said: str) -> None:
    text = await drafted(request_text)
    assert greeting in text and said in text, text
    assert "politely" not in text.lower()


@pytest.mark.parametrize(
    ("request_text", "greeting", "said"),
    [
        (
            "Write an email to Tom kindly asking him to move the meeting to Friday.",
            "Hello Tom,",
            "Could you please move the meeting to Friday?",
        ),
        (
            "Write a message to Priya gently reminding her that the rent is due on the 1st.",
            "Hello Priya,",
            "A reminder: the rent is due on the 1st.",
        ),
    ],
)
async def test_a_manner_said_before_the_purpose_is_no_part_of_the_reader(
    request_text: str, greeting: str, said: str
) -> None:
    text = await drafted(request_text)
    assert greeting in text and said in text, text


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a message to my cousin Aisha politely declining.",
        "Write a message to Aisha politely declining her wedding and explaining why.",
        "Write an email to Tom declining the job offer and giving the reason.",
    ],
)
async def test_a_decline_with_nothing_declined_or_no_reason_given_is_declined(request_text: str) -> None:
    await declined_by_writer(request_text)


async def test_an_offer_of_an_event_is_declined_as_an_offer() -> None:
    text = await drafted("Write an email to Tom declining the offer of a trip to Rome: I'm busy.")
    assert "Unfortunately, I have to decline the offer of a trip to Rome." in text
    assert "come to" not in text
