"""A value handed on from an earlier step, named as the sender's own amount ("confirming the amount I'm owed for
Saturday"), is said of that whole phrase ("the amount I'm owed for Saturday is £100.80"), not put in front of the
clause, where the rest read as a topic and was declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a text to my manager Dean confirming the amount I'm owed for Saturday:\n\n£100.80",
            "the amount I'm owed for Saturday is £100.80",
        ),
        (
            "Write a message to my housemates telling them the total we owe for the bills:\n\n£355.00",
            "The total we owe for the bills is £355.00",
        ),
        (
            "Write an email to the landlord saying the amount we paid in March:\n\n£950",
            "The amount we paid in March is £950",
        ),
        (
            "Write a text to my boss Ana confirming the total I spent on fuel this week:\n\n£62.40",
            "the total I spent on fuel this week is £62.40",
        ),
    ],
)
async def test_the_senders_amount_is_said_with_its_value(request_text: str, said: str):
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "Send a note to Priya confirming the total she spent on the trip:\n\n£240.50",
        "Write a note to my son Leo confirming the total he spent on his phone this month:\n\n£35",
    ],
)
async def test_an_amount_told_by_someone_else_is_declined(request_text: str):
    assert await declined_by_writer(request_text)
