"""Who a text is from and whom a reply greets. "..., from Haruka at the front desk" at the end of the ask signs the
text ("Haruka, front desk") and is never said in it; a reply to a message that names its reader only as "her" or
"this guest" greets the sender by the name the message is signed with ("Best wishes, Mrs. Okafor." -> "Hello Mrs.
Okafor,"), never "Hello her,"; the message's label, greeting, thanks and sign-off are no points to say back, and what
it asks ("Please tell the owner.") is said back as asked ("You asked us to tell the owner."). Near-misses: a "from"
that says when ("from Monday"), a reply to a named reader, a "Thanks, Mario." that may thank the reader, and a
message signed with no name."""

from __future__ import annotations

import pytest

from agents.models import LocalModel
from agents.runtime import Agent
from agents.spec import builtin_spec
from servers.tools.writer import create_server
from servers.tools.writer.reply_senders import signed_by

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

STAY = (
    "Dear team, thank you for a lovely weekend. The sauna was the best part. My only complaint is that the "
    "parking sign was hard to find. Please pass this on to the manager. Kind regards, Mr. Lindqvist."
)


async def write(request: str):
    async with Agent(builtin_spec("writer"), LocalModel(), local_servers={"writer": create_server()}) as agent:
        return await agent.run(request)


@pytest.mark.parametrize(
    ("request_text", "signature"),
    [
        ("Write an email to the team about the fire drill on Friday at 10am, from Carla in facilities", "Carla"),
        ("Write a note to Jo saying the keys are under the mat - from Sam", "Sam"),
        ("Email the volunteers saying the stall opens at 9 on Saturday, from Mr Osei at the office", "Mr Osei"),
    ],
)
async def test_a_sender_named_at_the_end_signs_the_text(request_text: str, signature: str):
    result = await write(request_text)
    assert result.status == "completed", result.text
    body, _, signed = result.text.rpartition("Best regards,")
    assert signature in signed and "from " not in body.lower(), result.text


@pytest.mark.parametrize(
    "request_text",
    [
        f"Write a short reply thanking him, from Elin at reception: {STAY}",
        f"Please reply to this guest, thanking him: {STAY}",
        f"Could you write a reply to this review thanking the guest? Review: {STAY}",
    ],
)
async def test_a_reply_greets_the_sender_by_the_name_they_signed_with(request_text: str):
    result = await write(request_text)
    assert result.status == "completed", result.text
    assert "Hello Mr. Lindqvist," in result.text or "Dear Mr. Lindqvist," in result.text, result.text
    assert "Hello him" not in result.text and "this guest," not in result.text
    assert "the sauna was the best part" in result.text.lower()
    assert "You asked us to pass this on to the manager." in result.text
    assert "Kind regards, Mr" not in result.text and "Review:" not in result.text


async def test_a_reply_to_a_named_reader_never_greets_the_signer_instead():
    result = await write(f"Write a reply to Sven thanking him: {STAY}")
    assert result.status != "completed" or "Hello Sven," in result.text, result.text


async def test_a_reply_with_no_signed_name_greets_no_pronoun():
    result = await write("Write a reply thanking her: The room was clean and the view over the fjord was lovely.")
    assert result.status == "completed", result.text
    assert "Hello her" not in result.text


@pytest.mark.parametrize(
    "message",
    [
        "We had a great time at the tasting. Thank you, Mario.",
        "The room was clean. From London.",
        "Loved the food, will be back",
    ],
)
def test_a_thanks_a_place_or_no_sign_off_names_no_sender(message: str):
    assert signed_by(message)[0] is None


async def test_a_from_that_says_when_is_no_sender():
    result = await write("Write a message to the parents saying the trip is on 3 May, from Monday the forms are online")
    assert result.status == "completed", result.text
    assert "from Monday the forms are online" in result.text


@pytest.mark.parametrize(
    ("request_text", "signature"),
    [
        (
            "Please write a short email to our supplier, the Nordic Seed Co: the order should ship on Friday 4 April, "
            "not Thursday. Sign it from Gunnhildur.",
            "Gunnhildur",
        ),
        (
            "Email the choir: rehearsal moves to Thursday at 7pm in the church hall. Sign off as Father Declan.",
            "Father",
        ),
        ("Write a note to the neighbours: the skip arrives Monday and leaves Friday. Please sign it Ade.", "Ade"),
    ],
)
async def test_signing_asked_after_the_points_signs_the_text(request_text: str, signature: str):
    result = await write(request_text)
    assert result.status == "completed", result.text
    body, _, signed = result.text.rpartition("Best regards,")
    assert signature in signed and "sign" not in body.lower(), result.text


async def test_an_order_to_the_readers_to_sign_something_stays_in_the_text():
    result = await write(
        "Write a note to the neighbours: the skip arrives Monday and leaves Friday. Sign the petition at the shop."
    )
    assert result.status == "completed", result.text
    assert "Sign the petition at the shop." in result.text
