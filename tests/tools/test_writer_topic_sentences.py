"""A sentence that only says what the piece is about ("It's about the Tudors.", "The subject is bees.") is a
topic, not content: the writer declines it as it declines "it is about the Romans", instead of sending the
sentence back as the essay. A sentence that says how far, when or where ("It's about 5 miles", "It's on
Saturday") is a fact and is still written."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "Write my essay. It's about the Tudors.",
        "Write a blog post. It's about gardening.",
        "Write my speech. It is about climate change.",
        "Write my essay. This is about the French Revolution.",
        "Draft my presentation. It is on renewable energy.",
        "Write my talk. The subject is bees.",
        "Write a report for school. It's all about volcanoes.",
        "Write my essay, it is about the Romans.",
    ],
)
async def test_a_sentence_naming_only_the_topic_is_declined_as_a_topic(request_text: str):
    assert "is a topic, not content" in await declined_by_writer(request_text)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        ("Write a post. It's about 5 miles from town and has parking.", "about 5 miles from town"),
        ("Write an invite. It's on Saturday at 3pm.", "on Saturday at 3pm"),
        ("Write an email to the team. It's about to rain so the picnic is off.", "the picnic is off"),
    ],
)
async def test_a_sentence_saying_how_far_or_when_is_still_written(request_text: str, said: str):
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "Write an article. Subject: the history of tea",
        "Write an essay. Topic: the causes of the First World War",
        "Write my speech. Theme: kindness.",
        "Write a blog post. Topic: saving money on groceries",
    ],
)
async def test_a_labelled_topic_line_is_declined_as_a_topic(request_text: str):
    assert "is a topic, not content" in await declined_by_writer(request_text)


async def test_a_labelled_topic_with_facts_after_it_is_still_written():
    text = await drafted("Write a blog post. Topic: our allotment. We grew 40 kilos of potatoes this year.")
    assert "40 kilos of potatoes" in text
