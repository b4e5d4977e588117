"""What to say to the reader, given as orders after the sentence that names the text ("Write a thank you note to
my host family, the Moreau family. Thank them for the dinner on Friday and tell them I'll be home late on
Tuesday."): each order becomes a sentence said to the reader, never pasted in as an order to the writer, and a
reader named after their role and a comma ("my hosts, the Garcia family") is greeted by name. An order with nothing
to say ("Thank them.") or only a topic ("Tell them about the party.") is still declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Write a thank-you card to my hosts, the Garcia family. Thank them for the paella on Sunday.",
            "Dear Garcia family,\n\nThank you for the paella on Sunday.\n\nBest wishes,\n[Your name]",
        ),
        (
            "Write a text to my neighbour Priya. Thank her for taking in my parcel and tell her I'll collect it at "
            "7pm.",
            "Priya, thank you for taking in my parcel. I'll collect it at 7pm.",
        ),
        (
            "Draft an email to the swim squad parents. Remind them to pay the £40 gala fee by Friday and ask them to "
            "bring two towels.",
            "Subject: Please remember to pay the £40 gala fee by Friday\n\nHello swim squad parents,\n\nPlease "
            "remember to pay the £40 gala fee by Friday. Could you please bring two towels?\n\nBest regards,\n"
            "[Your name]",
        ),
        (
            "Write a message to my flatmates. Tell them the landlord is coming on Thursday at 10am and ask them if "
            "they can tidy the kitchen.",
            "Subject: The landlord is coming on Thursday at 10am\n\nHello everyone,\n\nThe landlord is coming on "
            "Thursday at 10am. Could you let me know if you can tidy the kitchen?\n\nBest regards,\n[Your name]",
        ),
        (
            "Write a note to the caretaker. Ask him to unlock the hall at 6pm and tell him we'll be finished by 10.",
            "Subject: Could you please unlock the hall at 6pm\n\nHello [Name],\n\nCould you please unlock the hall "
            "at 6pm? We'll be finished by 10.\n\nBest regards,\n[Your name]",
        ),
    ],
)
async def test_orders_of_what_to_say_are_said_to_the_reader(request_text: str, expected: str) -> None:
    assert await drafted(request_text) == expected


async def test_a_thank_you_order_is_not_thanked_twice() -> None:
    text = await drafted(
        "Write a thank you note to my host family, the Moreau family. Thank them for the dinner on Friday and tell "
        "them I'll be home late on Tuesday because my exam finishes at 6pm."
    )
    assert text == (
        "Subject: Thank you\n\nHello Moreau family,\n\nThank you for the dinner on Friday. I'll be home late on "
        "Tuesday because my exam finishes at 6pm.\n\nBest regards,\n[Your name]"
    )


@pytest.mark.parametrize(
    ("request_text", "reason"),
    [
        ("Write a note to the neighbours. Thank them.", "Write what?"),
        ("Write a message to my flatmates. Tell them about the party.", "'the party' is a topic, not content"),
        ("write a note to my neighbour, the Jones family", "'a note to the Jones family' is a topic, not content"),
    ],
)
async def test_an_order_with_nothing_to_say_is_declined(request_text: str, reason: str) -> None:
    assert reason in await declined_by_writer(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "Write an email to the landlord. Tell him what happened.",
        "Write a note to my neighbour. Tell her why the van was parked there.",
        "Write a message to Sam. Tell him everything.",
        "Write an email to the team. Ask them what they think.",
        "Write a note to the team. Tell them nothing.",
    ],
)
async def test_an_order_that_names_what_to_say_without_saying_it_is_never_pasted(request_text: str) -> None:
    reason = await declined_by_writer(request_text)
    assert "Write what?" in reason or "is a topic, not content" in reason


async def test_an_order_with_a_statement_after_it_is_said() -> None:
    text = await drafted("Write an email to my boss. Tell him it's fixed.")
    assert text == "Subject: It's fixed\n\nHello [Name],\n\nIt's fixed.\n\nBest regards,\n[Your name]"
