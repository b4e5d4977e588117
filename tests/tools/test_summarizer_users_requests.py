"""Summary requests as users send them (tl;dr, "in one sentence", "3 bullet points", "under 40 words", an email
after a colon, a quotation with the ask after it): the text's own sentences, as many as asked, or a one-line
decline when there is no text to work on (none given, only a link) or the ask is not a summary.

Each request goes to ``digest`` with its arguments filled the way the offline model fills them.
"""

from __future__ import annotations

import pytest
from mcp_types import CallToolResult

from servers.tools.summarizer import create_server
from servers.tools.summarizer.sentences import split_sentences, words
from tests.tools.conftest import call_as_asked, error_text

pytestmark = pytest.mark.anyio

BUS = (
    "The city council voted on Tuesday to add three night bus routes. The new routes run every thirty minutes "
    "between midnight and five in the morning. Hospital and hotel workers asked for the change because their "
    "shifts end late. The extension costs about two million dollars a year from the transport budget. Service "
    "starts in September."
)


async def ask(request: str) -> CallToolResult | None:
    """The tool's result for ``request``; None when the offline model would ask for the text instead."""
    return await call_as_asked(create_server(), "digest", request)


async def digest(request: str) -> dict[str, object]:
    result = await ask(request)
    assert result is not None and not result.is_error, result and result.content
    assert result.structured_content is not None
    return result.structured_content


async def declined(request: str) -> str:
    result = await ask(request)
    assert result is not None
    return error_text(result)


def sentences_of(summary: object) -> list[str]:
    assert isinstance(summary, str) and summary
    return split_sentences(summary)


@pytest.mark.parametrize(
    ("request_text", "count", "fact"),
    [
        (f"Summarize this in one sentence: {BUS}", 1, "night bus routes"),
        (f"sum this up in a sentence: {BUS}", 1, "night bus routes"),
        (f"Summarize the following news story in one line: {BUS}", 1, "night bus routes"),
        (f"summarise the following email in 2 sentences:\n\nHello team,\n\n{BUS}\n\nBest,\nTom", 2, "bus"),
        (f"what's the main point of this paragraph: {BUS}", 1, "night bus routes"),
        (f"tl;dr please: {BUS}", 2, "night bus routes"),  # a tl;dr keeps at most half the words
    ],
)
async def test_a_summary_is_the_texts_own_sentences_as_many_as_asked(request_text: str, count: int, fact: str):
    chosen = sentences_of((await digest(request_text))["summary"])
    assert len(chosen) == count
    assert all(sentence in BUS for sentence in chosen)
    assert fact in " ".join(chosen)


@pytest.mark.parametrize(
    ("request_text", "count"),
    [
        (f"3 bullet points please: {BUS}", 3),
        (f"In two bullet points, summarize: {BUS}", 2),
        (f"give me 3 key points from this: {BUS}", 3),
    ],
)
async def test_bullet_points_come_in_the_number_asked(request_text: str, count: int):
    points = (await digest(request_text))["points"]
    assert isinstance(points, list) and len(points) == count
    assert all(isinstance(p, str) and p.rstrip(".") in BUS for p in points)


async def test_a_word_limit_is_kept_with_whole_sentences():
    chosen = sentences_of((await digest(f"Summarize in under 25 words: {BUS}"))["summary"])
    assert len(words(" ".join(chosen))) <= 25 and all(s in BUS for s in chosen)


async def test_a_word_limit_the_main_sentence_does_not_fit_is_declined_not_met_with_a_minor_one():
    assert "main sentence is longer than 5 words" in await declined(f"summarize in 5 words: {BUS}")


@pytest.mark.parametrize(
    "request_text",
    [
        f'"{BUS}" Can you summarize that for me?',
        f'what\'s this article about? "{BUS}"',
    ],
)
async def test_a_quoted_text_is_summarized_without_its_quotes_or_the_ask(request_text: str):
    summary = (await digest(request_text))["summary"]
    assert isinstance(summary, str) and summary.startswith("The city council") and '"' not in summary
    assert "summarize" not in summary and "about?" not in summary


@pytest.mark.parametrize(
    ("request_text", "reason"),
    [
        ("summarize this article: https://www.example.com/news/2024/03/city-budget-vote", "can't open links"),
        ("tl;dr of https://blog.example.org/posts/why-we-moved-to-rust please", "can't open links"),
        (f"Translate this into Spanish: {BUS}", "translate"),
        (f"summarize this and then translate the summary into French: {BUS}", "translate"),
        (
            "can you summarize this code for me?\n```python\ndef load(path):\n    with open(path) as fh:\n"
            "        return [line.split(',') for line in fh]\n```",
            "source code",
        ),
        (
            "two threads call bump() at the same time, can it lose updates?\n```python\nhits = 0\n\ndef bump():\n"
            "    global hits\n    hits += 1\n```",
            "source code",
        ),
    ],
)
async def test_what_is_not_a_text_to_summarize_is_declined_in_one_line(request_text: str, reason: str):
    message = await declined(request_text)
    assert reason in message and "\n" not in message.strip()
    assert "night bus" not in message


@pytest.mark.parametrize(
    "request_text",
    [
        "can you summarize this for me?",
        "give me the tl;dr of the report I sent you last week",
        "summarize the pdf I attached, I need it for a meeting in ten minutes",
        "give me the gist of www.example.net/reports/annual-2023.html",
    ],
)
async def test_a_request_without_its_text_is_asked_for_it(request_text: str):
    assert await ask(request_text) is None


@pytest.mark.parametrize(
    "request_text",
    [
        f"Any chance you could sum this up in one sentence? {BUS}",
        f"How would you condense the following into a couple of bullet points? {BUS}",
        f"what are the highlights of this news item? {BUS}",
        f"could you cut this down a bit? {BUS}",
        f"Summarize this and keep it under three sentences: {BUS}",
    ],
)
async def test_a_hedged_or_plain_spoken_ask_for_a_summary_is_answered(request_text: str):
    data = await digest(request_text)
    picked = [data["summary"]] if data["summary"] else data["points"]
    assert picked and all(isinstance(p, str) and p in BUS for p in picked)  # the text's own sentences


async def test_the_summary_named_as_material_is_still_not_an_ask_for_one():
    assert "translate" in (await declined(f"Translate the highlights into French: {BUS}")).lower()


async def test_key_points_of_a_short_text_leave_some_of_it_out_rather_than_decline():
    points = (await digest(f"Give me the key points of this: {BUS}"))["points"]
    assert isinstance(points, list) and 1 <= len(points) < len(split_sentences(BUS))
    assert len(words(" ".join(points))) <= 0.9 * len(words(BUS))


@pytest.mark.parametrize(
    "lead",
    [
        "I've got a meeting with the council in an hour and I need the key points, ideally as a few bullets",
        "Our street got this letter and people keep asking me what it says, so a summary would help a lot",
        "Off on holiday tomorrow, can you give me the gist of this before I go?",
        "I run a residents' group and need a quick overview of this notice",
    ],
)
async def test_the_askers_situation_around_the_ask_is_not_a_second_ask(lead: str):
    data = await digest(f"{lead}\n\n{BUS}")
    picked = [data["summary"]] if data["summary"] else data["points"]
    assert picked and all(isinstance(p, str) and p in BUS for p in picked)


async def test_a_second_job_after_the_askers_situation_is_still_declined():
    message = await declined(f"I need to brief the team and tell me who pays for it: {BUS}")
    assert "who pays" in message


async def test_what_to_keep_other_than_a_length_is_still_declined():
    assert "keep the dates" in await declined(f"Summarize this but keep the dates: {BUS}")


REVIEWS = (
    "Several customers said the kettle looks far more expensive than its price. Two people reported that the lid "
    "stopped closing within a month. Most reviewers liked how quietly it boils. A few mentioned that the cable is "
    "too short. Delivery was described as fast by nearly everyone."
)


@pytest.mark.parametrize(
    "request_text",
    [
        # the whole taken together is a summary, asked as a question before the pasted text
        f"These are the latest reviews for the kettle we stock. What's the overall picture? {REVIEWS}",
        f"Customer feedback from last month, what's the upshot here? {REVIEWS}",
        # "what does it boil down to" asks for the short version, "does" and all
        f"My manager forwarded this and it rambles. What does it boil down to? {BUS}",
    ],
)
async def test_a_question_that_asks_for_the_whole_in_short_is_a_summary(request_text: str):
    summary = str((await digest(request_text))["summary"])
    assert summary and all(sentence in request_text for sentence in sentences_of(summary))
    assert "?" not in summary


async def test_a_question_about_one_thing_in_the_reviews_is_still_declined():
    reason = await declined(f"These are the latest reviews for the kettle. Is the lid reliable? {REVIEWS}")
    assert "question" in reason
