"""The researcher's tools over MCP: answer a request, and search, read and add documents in the knowledge base.

``answer(request)`` is the whole-request entry point (the offline agent hands it the user's words verbatim):
it answers a question with the passage that answers it, cited; lists the documents on a topic when asked for
sources or a reading list; reads a document by id; or stores the text after "Save this note:". ``search``,
``read`` and ``add_document`` stay for clients that write their own arguments.

When nothing in the knowledge base answers, ``answer`` raises a ``ToolInputError`` (the agent's task is then
rejected) whose message says so, names the words nothing covered, and says how to add documents. It is not an
answer: a completed task would tell the caller — a person, or an orchestration that hands the output to a
writer as material — that the question was dealt with. ``search`` is different: an empty result list is a
complete answer to "which documents match these words?", so it returns one, with the same advice.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Literal

from mcp_types import ToolAnnotations
from pydantic import BaseModel, Field

from servers.tools.inputs import ToolInputError, require_range, require_text
from servers.tools.protocol import READ_ONLY, AccordServer
from servers.tools.researcher.answers import NotAQuestion, NothingMatched, Passage, sources
from servers.tools.researcher.answers import answer as find_answer
from servers.tools.researcher.figures import bare_figure
from servers.tools.researcher.intents import read_intent
from servers.tools.researcher.knowledge import KnowledgeBase, query_terms
from servers.tools.researcher.matching import stems_of
from servers.tools.researcher.overviews import overview, overview_topic
from servers.tools.researcher.scope import asks_an_errand, beyond_notes
from servers.tools.researcher.spoken_order import lists_more_than, named_besides
from servers.tools.researcher.starter import open_knowledge_base

MAX_TITLE_CHARS = 300
MAX_SOURCE_CHARS = 2_000
MAX_RESULTS = 20
MAX_QUESTION_CHARS = 2_000
_ADDED_SOURCE = "added in a request to the researcher"
STORES = ToolAnnotations(read_only_hint=False, destructive_hint=False, idempotent_hint=True, open_world_hint=False)
"""Adds to the knowledge base, never changes or removes a document; the same text added twice is stored once."""
_HOW_TO_ADD = "Add documents on it with `accord ingest PATH` (files or folders), then ask again."


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


class Citation(BaseModel):
    doc_id: int
    title: str
    source: str = Field(description="Where the document came from: cite it")
    passage: str = Field(description="The sentences quoted from it")


class Research(BaseModel):
    answer: str = Field(description="The answer: the passage that answers the request, with its source")
    kind: Literal["answer", "sources", "document", "added"]
    citations: list[Citation]
    matched: list[str] = Field(default_factory=list, description="The request's key words the passages contain")


def _citation(passage: Passage) -> Citation:
    return Citation(doc_id=passage.doc_id, title=passage.title, source=passage.source, passage=passage.text)


def _nothing(error: NothingMatched) -> ToolInputError:
    question = " ".join(error.question.split())[:120]
    gaps: list[str] = []
    if error.missing:
        gaps.append("say nothing about " + ", ".join(repr(w) for w in error.missing))
    if error.unsaid:
        gaps.append(f"do not say {error.unsaid}")
    if error.mentioned and gaps:
        notes = ", ".join(error.mentioned[:3])
        return ToolInputError(
            f"Nothing in the knowledge base matched {question!r} in full: my notes ({notes}) {' and '.join(gaps)}. "
            f"{_HOW_TO_ADD}"
        )
    return ToolInputError(f"Nothing in the knowledge base matched {question!r}. {_HOW_TO_ADD}")


def _respond(kb: KnowledgeBase, request: str) -> Research:
    intent = read_intent(request)
    if intent.kind == "read":
        document = kb.get(intent.doc_id or 0)
        if document is None:
            raise ToolInputError(f"There is no document {intent.doc_id}; ask a question to find documents.")
        cited = Citation(doc_id=document.id, title=document.title, source=document.source, passage=document.text)
        return Research(
            answer=f"{document.title} ({document.source})\n\n{document.text}", kind="document", citations=[cited]
        )
    if intent.kind == "add":
        if not intent.text:
            raise ToolInputError(
                "Send the text to save after a colon, e.g. 'Save this note: ...', or add files with "
                "`accord ingest PATH`."
            )
        doc_id, added = kb.add(intent.title, intent.text, _ADDED_SOURCE)
        state = "Added" if added else "Already had"
        cited = Citation(doc_id=doc_id, title=intent.title, source=_ADDED_SOURCE, passage=intent.text[:200])
        return Research(
            answer=f"{state} {intent.title!r} as document {doc_id}; the knowledge base holds {kb.count()} documents.",
            kind="added",
            citations=[cited],
        )
    if len(intent.text) > MAX_QUESTION_CHARS:
        raise ToolInputError(
            f"That question is too long to search for: keep it under {MAX_QUESTION_CHARS:,} characters."
        )
    if bare_figure(intent.text):
        raise ToolInputError(
            f"{intent.text!r} is a figure, not a question: ask what you want to know, e.g. 'How many weeks are in a "
            "year?', or send sums to the calculator."
        )
    if asks_an_errand(intent.text):  # "Answer the buyers?": something to do for the user, no question to look up
        raise ToolInputError(
            "That asks me to do something for you (answer or contact people), which I can't: I look things up in "
            "reference notes. Ask a question the notes could answer instead."
        )
    beyond = beyond_notes(intent.text, intent.situation)
    if beyond is not None:
        raise ToolInputError(
            f"My knowledge base holds reference notes written in advance: it cannot tell {beyond}. "
            "Ask about a topic the notes cover instead."
        )
    if intent.kind == "question" and (topic := overview_topic(intent.text)) and (whole := overview(kb, topic)):
        note = whole.document
        cited = Citation(doc_id=note.id, title=note.title, source=note.source, passage=whole.passage)
        text = f"{whole.passage}\n\nSource: {note.title} ({note.source}, document {note.id})"
        return Research(answer=text, kind="answer", citations=[cited], matched=sorted(stems_of(topic)))
    try:
        found = sources(kb, intent.text) if intent.kind == "sources" else find_answer(kb, intent.text)
    except NothingMatched as error:
        raise _nothing(error) from None
    except NotAQuestion as error:
        if error.too_long:
            raise ToolInputError(
                "That reads like a document rather than a question: ask about one topic, or save the text with "
                "'Save this note: ...'."
            ) from None
        raise ToolInputError(
            "I can't tell what to look up: name the topic, e.g. 'How does BM25 rank documents?'"
        ) from None
    if intent.kind == "sources":
        lines = [f"{n}. {p.title} ({p.source}): {p.text}" for n, p in enumerate(found, 1)]
        text = f"{len(found)} documents in the knowledge base:\n" + "\n".join(lines)
    else:
        top = found[0]
        if (besides := named_besides(request)) is not None and not lists_more_than(top.text, besides):
            raise ToolInputError(
                f"My notes ({top.title}) do not say what goes with {besides[1]!r}. Add documents on it with `accord "
                "ingest PATH` (files or folders), then ask again."
            )
        text = f"{top.text}\n\nSource: {top.title} ({top.source}, document {top.doc_id})"
    matched = list(dict.fromkeys(w for p in found for w in p.matched))
    return Research(
        answer=text,
        kind="sources" if intent.kind == "sources" else "answer",
        citations=[_citation(p) for p in found],
        matched=matched,
    )


def _cite(hits: list[SearchHit]) -> str:
    lines = [f"[{n}] {h.title} ({h.source}, doc {h.doc_id}): {h.snippet}" for n, h in enumerate(hits, 1)]
    return "\n".join(lines)


def create_server(data_dir: Path) -> AccordServer:
    kb = open_knowledge_base(data_dir)
    mcp = AccordServer(
        "accord-researcher",
        instructions="A searchable knowledge base of reference notes and added documents, with sources.",
    )

    @mcp.tool(annotations=STORES)  # "Save this note: ..." stores the note
    def answer(
        request: Annotated[str, Field(description="The request in the user's own words")],
    ) -> Research:
        """Research a question or topic from the knowledge base and answer it with the passage that answers
        it, citing the document: facts, history, definitions, background, how something works. Also lists the
        sources on a topic, reads a document by id ("read document 12") and saves a note given after a colon."""
        return _respond(kb, require_text(request, "request"))

    @mcp.tool(annotations=READ_ONLY)
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

    @mcp.tool(annotations=READ_ONLY)
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

    @mcp.tool(annotations=STORES)
    def add_document(
        title: Annotated[str, Field(description="The document's title")],
        text: Annotated[str, Field(description="The full text to store and index")],
        source: Annotated[str, Field(description="Where it came from: a URL, a file path or a label")] = "",
    ) -> AddedDocument:
        """Add (store, save) a new document to the knowledge base so later searches can find it. The same
        content added twice is stored once."""
        clean_title = require_text(title, "title", max_chars=MAX_TITLE_CHARS)
        body = require_text(text, "text")
        origin = source.strip()
        if len(origin) > MAX_SOURCE_CHARS:
            raise ToolInputError(f"source is too long: keep it under {MAX_SOURCE_CHARS:,} characters")
        doc_id, added = kb.add(clean_title, body, origin or "added through the add_document tool")
        return AddedDocument(doc_id=doc_id, title=clean_title, added=added, documents=kb.count())

    return mcp
