"""The summarizer's tools over MCP: extractive summaries, key points and keywords, offline."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from mcp.server import MCPServer
from pydantic import BaseModel, Field

from servers.tools.inputs import ToolInputError, require_range, require_text
from servers.tools.summarizer import extractive
from servers.tools.summarizer.sentences import split_sentences, strip_instruction, words


class Summary(BaseModel):
    summary: str = Field(description="The chosen sentences, verbatim from the text, in their original order")
    sentences_in: int
    sentences_out: int
    words_in: int
    words_out: int
    indexes: list[int] = Field(description="Positions (0-based) of the chosen sentences in the text")


class KeyPoints(BaseModel):
    points: list[str] = Field(description="The main points, most important ideas first in reading order")


class Keyword(BaseModel):
    term: str
    count: int


class Keywords(BaseModel):
    keywords: list[Keyword] = Field(description="Key terms and phrases, most frequent first")


def _material(text: str) -> str:
    body = strip_instruction(require_text(text, "text"))
    if not split_sentences(body):
        raise ToolInputError("text has no words to summarize")
    return body


def create_server(data_dir: Path | None = None) -> MCPServer:
    mcp = MCPServer("accord-summarizer", instructions="Extractive summaries, key points and keywords.")

    @mcp.tool()
    def summarize(
        text: Annotated[str, Field(description="The text to summarize: an article, notes, a report")],
        max_sentences: Annotated[int, Field(description="Most sentences to keep in the summary, 1-20")] = 3,
    ) -> Summary:
        """Summarize a text: a short summary (TL;DR, gist, recap, synopsis) made of its most important
        sentences, quoted exactly and kept in their original order."""
        require_range(max_sentences, "max_sentences", 1, 20)
        body = _material(text)
        chosen = extractive.extract(body, max_sentences)
        summary = " ".join(chosen.sentences)
        return Summary(
            summary=summary,
            sentences_in=chosen.total_sentences,
            sentences_out=len(chosen.sentences),
            words_in=len(words(body)),
            words_out=len(words(summary)),
            indexes=chosen.indexes,
        )

    @mcp.tool()
    def key_points(
        text: Annotated[str, Field(description="The text to take the main points from")],
        n: Annotated[int, Field(description="How many points (bullet points) to list, 1-20")] = 5,
    ) -> KeyPoints:
        """List the key points of a text as bullet points: the main ideas, highlights and takeaways."""
        require_range(n, "n", 1, 20)
        return KeyPoints(points=extractive.key_points(_material(text), n))

    @mcp.tool()
    def keywords(
        text: Annotated[str, Field(description="The text to find keywords in")],
        n: Annotated[int, Field(description="How many keywords (terms) to return, 1-50")] = 10,
    ) -> Keywords:
        """Find the keywords of a text: its most frequent key terms and recurring phrases, i.e. its topics and
        tags."""
        require_range(n, "n", 1, 50)
        found = extractive.keywords(_material(text), n)
        return Keywords(keywords=[Keyword(term=term, count=count) for term, count in found])

    return mcp
