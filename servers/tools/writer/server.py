"""The writer's tools over MCP: outlines, drafts, tone rewrites and word counts. Offline and deterministic."""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Annotated, Literal

from mcp.server import MCPServer
from pydantic import BaseModel, Field

from servers.tools.inputs import ToolInputError, require_range, require_text
from servers.tools.writer import composition
from servers.tools.writer.briefs import read_brief
from servers.tools.writer.tone import Tone
from servers.tools.writer.tone import rewrite as rewrite_text

Style = Literal["auto", "email", "letter", "blog", "story", "slogan", "announcement", "post", "paragraph"]
DraftTone = Literal["auto", "professional", "formal", "friendly", "casual", "concise", "confident"]

_FORMAL_STYLES = ("email", "letter", "announcement")
_COUNT_LEAD = re.compile(r"^[^:\n]{0,80}\b(?:words?|characters?|count|length)\b[^:\n]{0,40}:\s*", re.I)


class Outline(BaseModel):
    text: str = Field(description="The outline as Markdown: a title and numbered sections")
    title: str
    headings: list[str]


class Draft(BaseModel):
    draft: str = Field(description="The composed text")
    style: str
    tone: str
    title: str | None = None
    words: int


class Rewritten(BaseModel):
    rewritten: str
    tone: str
    changes: list[str] = Field(description="Each wording change made, as 'before → after'")


class WordCount(BaseModel):
    words: int
    characters: int
    characters_without_spaces: int
    sentences: int
    paragraphs: int
    reading_minutes: float = Field(description="At 200 words per minute")
    speaking_minutes: float = Field(description="At 130 words per minute")


def _notes(notes: str) -> list[str]:
    if not isinstance(notes, str):
        raise ToolInputError("notes must be a string: points separated by new lines or semicolons")
    if len(notes) > 50_000:
        raise ToolInputError(f"notes are too long: {len(notes):,} characters, the limit is 50,000")
    return composition.split_notes(notes)


def create_server(data_dir: Path | None = None) -> MCPServer:
    mcp = MCPServer("accord-writer", instructions="Outlines, drafts, tone rewrites and word counts.")

    @mcp.tool()
    def outline(
        topic: Annotated[str, Field(description="What the piece is about")],
        points: Annotated[int, Field(description="How many main points (sections) in the outline, 1-12")] = 5,
        notes: Annotated[str, Field(description="Optional points to cover, one per line")] = "",
    ) -> Outline:
        """Plan a piece of writing: an outline with a title, an introduction, main points (sections) and a
        conclusion, for an article, essay, talk, report or blog post."""
        require_range(points, "points", 1, 12)
        brief = read_brief(require_text(topic, "topic", max_chars=2_000))
        title, sections = composition.outline(brief.subject, points, _notes(notes))
        lines = [f"# {title}", ""] + [f"{n}. **{h}**: {covers}" for n, (h, covers) in enumerate(sections, 1)]
        return Outline(text="\n".join(lines), title=title, headings=[h for h, _ in sections])

    @mcp.tool()
    def draft(
        topic: Annotated[str, Field(description="What to write about, or the whole writing request")],
        notes: Annotated[str, Field(description="Optional facts and points to include, one per line")] = "",
        style: Annotated[Style, Field(description="The kind of text; auto reads it from the topic")] = "auto",
        tone: Annotated[DraftTone, Field(description="The voice; auto reads it from the topic")] = "auto",
    ) -> Draft:
        """Write (draft, compose) a text: an email, letter, blog post, short story, slogans or tagline, social
        media post, announcement or paragraph, built from the topic and notes."""
        brief = read_brief(require_text(topic, "topic", max_chars=5_000))
        chosen_style = style if style != "auto" else brief.style or "paragraph"
        default_tone = "professional" if chosen_style in _FORMAL_STYLES else "friendly"
        chosen_tone = tone if tone != "auto" else brief.tone or default_tone
        if chosen_style == "letter" and brief.tone is None and tone == "auto":
            chosen_tone = "formal"
        composed = composition.draft(brief, _notes(notes), chosen_style, chosen_tone)
        return Draft(
            draft=composed.text,
            style=chosen_style,
            tone=chosen_tone,
            title=composed.title,
            words=len(composed.text.split()),
        )

    @mcp.tool()
    def rewrite(
        text: Annotated[str, Field(description="The text to rewrite")],
        tone: Annotated[Tone, Field(description="The tone wanted")] = "professional",
    ) -> Rewritten:
        """Rewrite (rephrase, edit) a text in another tone: more professional, formal, friendly, casual,
        concise (shorter, no filler) or confident (no hedging). Meaning and content are kept."""
        body = require_text(text, "text")
        result = rewrite_text(body, tone)
        return Rewritten(rewritten=result.text, tone=tone, changes=result.changes[:40])

    @mcp.tool()
    def word_count(
        text: Annotated[str, Field(description="The text to count")],
    ) -> WordCount:
        """Count the words, characters, sentences and paragraphs of a text, with its reading time."""
        body = require_text(text, "text")
        body = _COUNT_LEAD.sub("", body, count=1) or body
        words = len(re.findall(r"\S+", body))
        return WordCount(
            words=words,
            characters=len(body),
            characters_without_spaces=len(re.sub(r"\s", "", body)),
            sentences=len(re.findall(r"[^.!?]+(?:[.!?]+|$)", body.strip())),
            paragraphs=len([p for p in re.split(r"\n\s*\n", body) if p.strip()]),
            reading_minutes=round(math.ceil(words / 200 * 10) / 10, 1),
            speaking_minutes=round(math.ceil(words / 130 * 10) / 10, 1),
        )

    return mcp
