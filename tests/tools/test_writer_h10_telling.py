"""A text telling a group named with what it is a group of ("telling club members the Hill Road climb is closed
...", "telling choir parents the concert starts at 7pm") without "that": the group is the reader and the clause
after it is what the text says. A topic after the group ("telling hotel guests about the spa") is still declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Write a post telling club members the Hill Road climb is closed until 30 September, so the Sunday route "
            "will use Church Lane instead.",
            "The Hill Road climb is closed until 30 September, so the Sunday route will use Church Lane instead.",
        ),
        (
            "Write a notice telling gym members the sauna is closed until Monday.",
            "Announcement\n\nThe sauna is closed until Monday.",
        ),
        (
            "Draft an email telling choir parents the concert starts at 7pm on 12 December.",
            "Subject: The concert starts at 7pm on 12 December\n\nHello choir parents,\n\nThe concert starts at 7pm on "
            "12 December.\n\nBest regards,\n[Your name]",
        ),
        (
            "Write a message telling allotment members the water is off on Sunday.",
            "Subject: The water is off on Sunday\n\nHello allotment members,\n\nThe water is off on Sunday.\n\n"
            "Best regards,\n[Your name]",
        ),
    ],
)
async def test_a_group_told_without_that_is_the_reader(request_text: str, expected: str) -> None:
    assert await drafted(request_text) == expected


async def test_a_topic_told_to_a_group_is_declined() -> None:
    reason = await declined_by_writer("Write a post telling hotel guests about the spa.")
    assert "is a topic, not content" in reason


@pytest.mark.parametrize(
    ("request_text", "named"),
    [
        ("Write a post telling club members the news.", "the news"),
        ("Write a post telling the members the news.", "the news"),
        ("Draft an email reminding everyone about the changes.", "about the changes"),
        ("Write a message to the team sharing the latest update.", "the latest update"),
    ],
)
async def test_what_to_say_named_and_not_said_is_declined(request_text: str, named: str) -> None:
    assert f"'{named}' is a topic, not content" in await declined_by_writer(request_text)


async def test_the_news_with_the_news_given_is_written() -> None:
    text = await drafted("Write a post telling club members the news: the AGM is on 4 May at 7pm.")
    assert "The AGM is on 4 May at 7pm." in text
