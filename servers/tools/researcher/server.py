"""The researcher's tools over MCP: search, read and add documents in the knowledge base."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Annotated

from mcp.server import MCPServer
from pydantic import BaseModel, Field

from servers.tools.inputs import ToolInputError, require_range, require_text
from servers.tools.researcher.knowledge import query_terms
from servers.tools.researcher.starter import open_knowledge_base

MAX_TITLE_CHARS = 300
MAX_SOURCE_CHARS = 2_000
MAX_RESULTS = 20


class SearchHit(BaseModel):
    doc_id: int = Field(description="Pass to read() for the full text")
    title: str
    source: str = Field(description="Where the document came from: cite it")
    snippet: str = Field(description="Excerpt around the matched words, matches in **bold**")
    score: float = Field(description="BM25 relevance, higher is better")


class SearchResults(BaseModel):
    answer: str = Field(description="The best passages with their sources, ready to quote")
    query: str
    hits: list[SearchHit]


class StoredDocument(BaseModel):
    doc_id: int
    title: str
    source: str
    text: str
    words: int


class AddedDocument(BaseModel):
    doc_id: int
    title: str
    added: bool = Field(description="False when the same content was already stored (doc_id is that copy)")
    documents: int = Field(description="Documents now in the knowledge base")


def _cite(hits: list[SearchHit]) -> str:
    lines = [f"[{n}] {h.title} ({h.source}, doc {h.doc_id}): {h.snippet}" for n, h in enumerate(hits, 1)]
    return "\n".join(lines)


def create_server(data_dir: Path) -> MCPServer:
    kb = open_knowledge_base(data_dir)
    mcp = MCPServer(
        "accord-researcher",
        instructions="A searchable knowledge base of reference notes and added documents, with sources.",
    )

    @mcp.tool()
    def search(
        query: Annotated[str, Field(description="What to look up: a question or keywords")],
        k: Annotated[int, Field(description="How many results (documents) to return, 1-20")] = 5,
    ) -> SearchResults:
        """Search the knowledge base to research a question: look up facts, history, definitions, background
        and explanations on a topic. Returns the most relevant documents ranked by BM25, each with a snippet,
        its title and its source to cite."""
        text = require_text(query, "query", max_chars=2_000)
        require_range(k, "k", 1, MAX_RESULTS)
        if not query_terms(text):
            raise ToolInputError("query has no searchable words: name the topic, e.g. 'history of Rust'")
        hits = [SearchHit(**asdict(h)) for h in kb.search(text, k)]
        answer = (
            _cite(hits)
            if hits
            else f"Nothing in the knowledge base matches {text!r}. Add documents on it with add_document, "
            "or with `accord ingest PATH`."
        )
        return SearchResults(answer=answer, query=text, hits=hits)

    @mcp.tool()
    def read(
        doc_id: Annotated[int, Field(description="The document id from a search result")],
    ) -> StoredDocument:
        """Read the full text of one document from the knowledge base by its id (as given by search)."""
        document = kb.get(doc_id)
        if document is None:
            raise ToolInputError(f"no document with id {doc_id}; search first to find document ids")
        return StoredDocument(
            doc_id=document.id,
            title=document.title,
            source=document.source,
            text=document.text,
            words=len(document.text.split()),
        )

    @mcp.tool()
    def add_document(
        title: Annotated[str, Field(description="The document's title")],
        text: Annotated[str, Field(description="The full text to store and index")],
        source: Annotated[str, Field(description="Where it came from: a URL, a file path or a label")] = "",
    ) -> AddedDocument:
        """Add (store, save) a new document to the knowledge base so later searches can find it. The same
        content added twice is stored once."""
        clean_title = require_text(title, "title", max_chars=MAX_TITLE_CHARS)
        body = require_text(text, "text")
        origin = source.strip() if isinstance(source, str) else ""
        if len(origin) > MAX_SOURCE_CHARS:
            raise ToolInputError(f"source is too long: keep it under {MAX_SOURCE_CHARS:,} characters")
        doc_id, added = kb.add(clean_title, body, origin or "added through the add_document tool")
        return AddedDocument(doc_id=doc_id, title=clean_title, added=added, documents=kb.count())

    return mcp
