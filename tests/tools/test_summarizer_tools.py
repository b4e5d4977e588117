"""The summarizer's tools over MCP."""

from __future__ import annotations

import pytest
from conftest import call, error_text

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


async def test_summary_is_shorter_and_made_of_the_input_sentences():
    result = await call(create_server(), "summarize", text=ARTICLE, max_sentences=2)
    data = result.structured_content
    chosen = split_sentences(data["summary"])
    originals = split_sentences(ARTICLE)
    assert len(chosen) == 2 and all(s in originals for s in chosen)
    assert [originals.index(s) for s in chosen] == sorted(data["indexes"])  # original order kept
    assert data["words_out"] < data["words_in"]
    assert "Lunch" not in data["summary"] and "weather" not in data["summary"]


async def test_a_leading_instruction_is_not_part_of_the_summary():
    result = await call(create_server(), "summarize", text=f"Summarize this: {ARTICLE}")
    assert "Summarize" not in result.structured_content["summary"]
    assert result.structured_content["sentences_in"] == 6


async def test_a_summary_always_leaves_something_out():
    result = await call(create_server(), "summarize", text="One fact here. Another fact there.", max_sentences=5)
    assert result.structured_content["sentences_out"] == 1


async def test_key_points_and_keywords():
    server = create_server()
    points = (await call(server, "key_points", text=ARTICLE, n=3)).structured_content["points"]
    assert len(points) == 3 and all(p[0].isupper() for p in points)
    keywords = (await call(server, "keywords", text=ARTICLE, n=3)).structured_content["keywords"]
    assert keywords[0] == {"term": "breaker", "count": 4}


@pytest.mark.parametrize(
    ("tool", "arguments", "message"),
    [
        ("summarize", {"text": ""}, "text is empty"),
        ("summarize", {"text": "...!?"}, "no words to summarize"),
        ("summarize", {"text": "A b c.", "max_sentences": 0}, "max_sentences must be between 1 and 20"),
        ("summarize", {"text": "word " * 50_000}, "text is too long"),
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
