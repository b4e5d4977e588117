"""Where the text goes, said first ("For the café blackboard, write a short announcement: ..."), and a message for
a chat app ("a Slack message for the team: ..."): the place is moved to the end of the ask, never written into the
text, and a chat message greets its readers with no subject line and no sign-off."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "For the café blackboard, write a short announcement: new soup of the day is leek and potato, £4.50 "
            "with bread.",
            "New soup of the day is leek and potato, £4.50 with bread.",
        ),
        ("For the staff room, write a short notice: the fridge will be cleaned on Friday.", "The fridge will be "),
        (
            "For our newsletter, could you write a short paragraph: the summer fair raised £2,300 for the library.",
            "The summer fair raised £2,300 for the library.",
        ),
        (
            "For the crèche noticeboard, draft a notice: pick-up moves to 5.30pm from Monday 3 June.",
            "Pick-up moves to 5.30pm from Monday 3 June.",
        ),
    ],
)
async def test_a_destination_said_first_is_not_written_into_the_text(request_text: str, said: str) -> None:
    text = await drafted(request_text)
    assert said in text
    assert "write" not in text.lower() and "draft a" not in text.lower()
    head = request_text.split(",")[0].removeprefix("For ").lower()
    assert not text.lower().startswith(head) and not text.lower().startswith(f"the {head}")


@pytest.mark.parametrize(
    "request_text",
    [
        "For the staff room, write a short notice about the fridge.",
        "For our newsletter, write a paragraph about the summer fair.",
    ],
)
async def test_a_destination_said_first_with_no_facts_is_still_declined(request_text: str) -> None:
    assert "topic" in await declined_by_writer(request_text)


@pytest.mark.parametrize(
    ("request_text", "greeting", "said"),
    [
        (
            "Write a short Slack message for the team: we deploy v2.3 tonight at 9pm and there'll be about 15 "
            "minutes of downtime.",
            "Hi team,",
            "We deploy v2.3 tonight at 9pm and there'll be about 15 minutes of downtime.",
        ),
        (
            "Draft a WhatsApp message for the choir: rehearsal moves to Thursday at 7pm in the church hall.",
            "Hi choir,",
            "Rehearsal moves to Thursday at 7pm in the church hall.",
        ),
        (
            "Can you write a Teams message to the support team: the VPN will be down from 6pm to 8pm on Saturday.",
            "Hi support team,",
            "The VPN will be down from 6pm to 8pm on Saturday.",
        ),
        (
            "Write a message for the group chat: the 5-a-side match is off this week because the pitch is waterlogged.",
            "Hi all,",
            "The 5-a-side match is off this week because the pitch is waterlogged.",
        ),
        ("Send a DM to Priya: the client call moved to 3pm tomorrow.", "Hi Priya,", "The client call moved to 3pm"),
    ],
)
async def test_a_chat_message_has_no_subject_line_or_sign_off(request_text: str, greeting: str, said: str) -> None:
    text = await drafted(request_text)
    assert text.startswith(greeting)
    assert said in text
    assert "Subject:" not in text and "[Your name]" not in text and "regards" not in text.lower()


@pytest.mark.parametrize(
    "request_text",
    [
        "Write an email to the team about Slack: we are moving from Slack to Teams on 1 May.",
        "Write a message to the team: the office is closed on Monday for the bank holiday.",
        "Write a message to the quiz players saying we play in teams of four on Friday 9 May.",
    ],
)
async def test_an_email_that_only_mentions_a_chat_app_keeps_its_frame(request_text: str) -> None:
    text = await drafted(request_text)
    assert text.startswith("Subject:") and text.endswith("[Your name]")


@pytest.mark.parametrize(
    "request_text",
    [
        "A quick message to the group chat: training's cancelled tonight because the pitch is flooded.",
        "Write a WhatsApp message to the parents group: the match on Saturday starts at 10am.",
    ],
)
async def test_a_message_to_a_chat_greets_its_members_not_the_chat(request_text: str) -> None:
    assert (await drafted(request_text)).startswith("Hi all,\n\n")


@pytest.mark.parametrize(
    ("request_text", "rewritten"),
    [
        (
            "For the staff newsletter, rewrite this so it sounds formal: hey guys, party's off cos the venue flooded, "
            "soz",
            "Hello everyone, the party has been cancelled because the venue flooded. Apologies.",
        ),
        (
            "For our website, shorten this to under 20 words: The library will close at 4pm on Fridays from 1 "
            "September. We apologise for any inconvenience.",
            "The library will close at 4pm on Fridays from 1 September.",
        ),
    ],
)
async def test_a_destination_said_before_a_rewrite_is_not_its_text(request_text: str, rewritten: str) -> None:
    assert await drafted(request_text, tool="rewrite") == rewritten
