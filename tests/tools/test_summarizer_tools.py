"""The summarizer's tools over MCP: the input's own sentences, shorter, in order, and never the request itself."""

from __future__ import annotations

import pytest
from conftest import call, error_text

from agents.models.arguments import fill_arguments
from servers.tools.summarizer import create_server
from servers.tools.summarizer.sentences import split_sentences

pytestmark = pytest.mark.anyio

ARTICLE = (
    "Circuit breakers protect a service from a failing dependency. "
    "After several consecutive failures, the breaker opens and calls fail fast. "
    "The weather was pleasant that day. "
    "After a cool-down, the breaker half-opens and lets one trial call through. "
    "If the trial call succeeds, the breaker closes and calls flow again. "
    "Lunch was served at noon."
)
ORIGINALS = split_sentences(ARTICLE)


def in_order_from_the_article(summary: str) -> bool:
    chosen = split_sentences(summary)
    positions = [ORIGINALS.index(s) for s in chosen if s in ORIGINALS]
    return len(positions) == len(chosen) and positions == sorted(positions)


async def test_summary_is_shorter_and_made_of_the_input_sentences():
    data = (await call(create_server(), "summarize", text=ARTICLE, max_sentences=2)).structured_content
    assert data["sentences_out"] == 2 and in_order_from_the_article(data["summary"])
    assert data["words_out"] < data["words_in"]
    assert "Lunch" not in data["summary"] and "weather" not in data["summary"]


@pytest.mark.parametrize(
    "text",
    [
        f"tl;dr: {ARTICLE}",
        f"give me the gist of this: {ARTICLE}",
        f"in a nutshell?\n{ARTICLE}",
        f"Can you sum this up for me: {ARTICLE}",
        f"Short version please:\n\n{ARTICLE}",
    ],
)
async def test_a_request_phrased_the_way_people_ask_is_summarized_without_its_instruction(text):
    data = (await call(create_server(), "summarize", text=text)).structured_content
    assert data["sentences_in"] == 6 and in_order_from_the_article(data["summary"])


async def test_a_count_in_the_request_is_respected():
    server = create_server()
    summary = (await call(server, "summarize", text=f"Summarize in one sentence: {ARTICLE}")).structured_content
    points = (await call(server, "key_points", text=f"boil this down to 2 bullet points: {ARTICLE}")).structured_content
    assert summary["sentences_out"] == 1 and len(points["points"]) == 2


@pytest.mark.parametrize(
    ("tool", "text"),
    [
        ("summarize", "Summarize this article."),
        ("summarize", "Summarize"),
        ("summarize", "tl;dr"),
        ("summarize", "Give me the gist of chapter two please"),
        ("summarize", "Summarize this:"),
        ("key_points", "What are the main takeaways?"),
        ("key_points", "Give me the key points"),
        ("keywords", "keywords please?"),
    ],
)
async def test_a_request_without_material_asks_for_it_instead_of_summarizing_itself(tool, text):
    assert "what? Send the text" in error_text(await call(create_server(), tool, text=text))


def test_the_offline_model_still_finds_no_material_in_a_request_that_only_names_it():
    schema = {"properties": {"text": {"type": "string"}}, "required": ["text"]}
    assert fill_arguments("Summarize the minutes from Monday.", schema).missing == ("text",)


async def test_a_single_sentence_is_declined_in_one_line_never_handed_back_or_padded():
    server = create_server()
    one = "The ferry leaves at 6 pm from pier 3."
    for tool, words in (("summarize", "nothing to summarize"), ("key_points", "nothing to pick key points from")):
        for text in (one, f"Summarize this: {one}"):
            said = error_text(await call(server, tool, text=text))
            assert words in said and "single sentence" in said and "\n" not in said
            assert one not in said  # the material is not handed back inside the decline either
    two = (await call(server, "summarize", text=f"{one} Tickets are sold on board.")).structured_content
    assert two["sentences_out"] == 1  # two sentences are shortened to one


async def test_key_points_always_leave_something_out():
    text = "The roof leaks. The boiler is old. The garden is tidy."
    points = (await call(create_server(), "key_points", text=text, n=5)).structured_content["points"]
    assert len(points) == 2 and all(p in text for p in points)


async def test_keywords_of_a_short_text_are_its_content_words_in_order_with_a_note():
    data = (await call(create_server(), "keywords", text="The tram line will reach the airport.")).structured_content
    assert [k["term"] for k in data["keywords"]] == ["tram", "line", "reach", "airport"]
    assert "Nothing repeats" in data["note"]


async def test_key_points_and_keywords():
    server = create_server()
    points = (await call(server, "key_points", text=ARTICLE, n=3)).structured_content["points"]
    assert len(points) == 3 and all(p[0].isupper() for p in points)
    keywords = (await call(server, "keywords", text=ARTICLE, n=3)).structured_content
    assert keywords["keywords"][0] == {"term": "breaker", "count": 4} and keywords["note"] is None


@pytest.mark.parametrize(
    ("tool", "arguments", "message"),
    [
        ("summarize", {"text": ""}, "text is empty"),
        ("summarize", {"text": "...!?"}, "no words to summarize"),
        ("summarize", {"text": "A b c.", "max_sentences": 0}, "max_sentences must be between 1 and 20"),
        ("summarize", {"text": "word " * 25_000}, "text is too long"),
        ("key_points", {"text": ["not", "text"]}, "valid string"),
        ("keywords", {"text": "Some text.", "n": 500}, "n must be between 1 and 50"),
    ],
)
async def test_bad_input_is_a_tool_error(tool, arguments, message):
    assert message in error_text(await call(create_server(), tool, **arguments))


def test_sentence_splitting_respects_abbreviations_and_decimals():
    text = "Dr. Smith paid 3.50 dollars, e.g. for tea. Then he left! Did he return?"
    assert split_sentences(text) == [
        "Dr. Smith paid 3.50 dollars, e.g. for tea.",
        "Then he left!",
        "Did he return?",
    ]
