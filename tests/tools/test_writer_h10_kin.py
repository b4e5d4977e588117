"""The writer's own news told first, about someone by their tie to the writer, then an ask for thanks or an apology
that points at them with a pronoun ("I missed my sister's birthday dinner because my train was cancelled. Write her
an apology."): the text is to them, and says the news to them ("I missed your birthday dinner ..."). News that is
not the writer's own, or an ask for neither thanks nor an apology, is still declined; so is a reader named by name
(the statements would speak of them)."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


def _email(subject: str, body: str) -> str:
    return f"Subject: {subject}\n\nHello [Name],\n\n{body}\n\nBest regards,\n[Your name]"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "I broke my neighbour's fence panel when I was reversing on Sunday. Write him an apology.",
            _email("Apology", "Please accept my apologies. I broke your fence panel when I was reversing on Sunday."),
        ),
        (
            "I borrowed my brother's car for the move last weekend. Could you write him a thank-you note?",
            _email("Thank you", "Thank you so much! I borrowed your car for the move last weekend."),
        ),
        (
            "I was late to my colleague's leaving drinks because of a meeting. Please write her a short apology.",
            _email("Apology", "Please accept my apologies. I was late to your leaving drinks because of a meeting."),
        ),
        (
            "I missed my friend's wedding in May because I was ill. Write her an apology.",
            _email("Apology", "Please accept my apologies. I missed your wedding in May because I was ill."),
        ),
    ],
)
async def test_the_writers_news_about_the_reader_is_said_to_them(request_text: str, expected: str) -> None:
    assert await drafted(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "My sister's flat flooded last week. Write her an apology.",
        "I broke my neighbour's fence panel. Write him a note.",
        "Tom crashed into my car on Saturday. Please write him an apology.",
    ],
)
async def test_news_not_the_writers_or_an_ask_for_neither_is_declined(request_text: str) -> None:
    assert "is a topic, not content" in await declined_by_writer(request_text)
