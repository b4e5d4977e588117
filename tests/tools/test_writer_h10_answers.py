"""A text asked to explain or say something put as a question ("explaining what went wrong with the project",
"saying why the launch slipped") with no answer given names a topic: written as given it would only ask its own
question back ("What went wrong with the project."). It is declined with a request for the points; the same ask
with the answer after a colon is written, and an exclamation ("saying what a great job they did") is not this
family."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "question"),
    [
        ("Email the customer explaining what went wrong with their order.", "what went wrong with their order"),
        ("Write a note to the team saying why the launch slipped", "why the launch slipped"),
        ("Write a message to the volunteers explaining how the new rota works", "how the new rota works"),
        ("Draft a text to my landlord telling him where the leak is", "where the leak is"),
        ("Could you write a post for the club page saying who won the raffle?", "who won the raffle"),
    ],
)
async def test_a_question_the_text_should_answer_with_no_answer_is_declined(request_text: str, question: str) -> None:
    reason = await declined_by_writer(request_text)
    assert f"'{question}' is what the text should explain, and you did not say the answer" in reason


async def test_the_same_ask_with_the_answer_after_a_colon_is_written() -> None:
    text = await drafted(
        "Email the client explaining what went wrong: the supplier shipped the wrong parts and we lost two weeks."
    )
    assert "The supplier shipped the wrong parts and we lost two weeks." in text
    assert "What went wrong." not in text


async def test_an_exclamation_says_something() -> None:
    text = await drafted("Write a card to the nurses saying what a great job they did")
    assert text == "Dear nurses,\n\nWhat a great job they did.\n\nBest wishes,\n[Your name]"
