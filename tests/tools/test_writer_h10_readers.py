"""Two readers named after their role and a comma ("to our sponsors, Greenleaf Bank and Tilly's Bakery, who paid
for the new kit"): both are greeted by name, and what follows is what the text says to them. A set-off phrase that
is not two names ("Sam and the kids next door") is left as it was."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Write a thank-you note to my neighbours, Sam and Priya, who fed the cat while we were away.",
            "Subject: Thank you\n\nHello Sam and Priya,\n\nThank you! You fed the cat while we were away.\n\n"
            "Best regards,\n[Your name]",
        ),
        (
            "Draft an email to our tenants, Mr Lee and Ms Shah, saying the boiler service is on Tuesday at 10am.",
            "Subject: The boiler service is on Tuesday at 10am\n\nHello Mr Lee and Ms Shah,\n\nThe boiler service is "
            "on Tuesday at 10am.\n\nBest regards,\n[Your name]",
        ),
        (
            "Write a thank-you card to my teachers, Mrs Ford and Mr Cole, who helped me pass my exams.",
            "Dear Mrs Ford and Mr Cole,\n\nThank you! You helped me pass my exams.\n\nBest wishes,\n[Your name]",
        ),
        (
            "Write a thank-you email to our sponsors, Hill Dental and Ray's Garage, who paid for the new nets",
            "Subject: Thank you\n\nHello Hill Dental and Ray's Garage,\n\nThank you! You paid for the new nets.\n\n"
            "Best regards,\n[Your name]",
        ),
    ],
)
async def test_two_readers_set_off_by_name_are_greeted_and_spoken_to(request_text: str, expected: str) -> None:
    assert await drafted(request_text) == expected


async def test_a_set_off_phrase_that_is_not_two_names_is_not_a_greeting() -> None:
    reason = await declined_by_writer(
        "Write a note to my neighbours, Sam and the kids next door, saying the hedge will be cut on Saturday."
    )
    assert "is a topic, not content" in reason
