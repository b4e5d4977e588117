"""What a request to the researcher asks for: an answer, a list of sources, a stored document, or a new one.

The researcher's whole-request tool reads the user's words itself, so it can tell "Read document 12" and
"Save this note: ..." from a question. Anything that is not one of those is a question (or a topic) to answer
from the knowledge base.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_READ = re.compile(
    r"\s*(?:please\s+)?(?:read|open|show|display|print|fetch|get)\s+(?:me\s+)?(?:the\s+)?(?:full\s+)?"
    r"(?:text\s+of\s+)?(?:document|doc)\s*(?:#|no\.?|number|id)?\s*(?P<id>\d{1,9})\b",
    re.I,
)
_ADD = re.compile(
    r"\s*(?:please\s+)?(?:save|add|store|ingest|file|keep|put)\s+(?:(?:this|these|the following|following|it|my|a|an"
    r"|the)\b|(?:notes?|documents?|articles?|text)\b)",
    re.I,
)
_SOURCES = re.compile(
    r"\b(?:reading list|bibliography)\b|\b(?:sources?|papers?|literature|references|articles|documents|studies)\s+"
    r"(?:on|about|for|covering|regarding)\b|\bwhat (?:documents|notes|sources) (?:do )?(?:you|we) have\b",
    re.I,
)
_FENCE = re.compile(r"```[\w+-]*\n?(?P<body>.*?)```", re.S)
_MATERIAL = re.compile(r"(?P<head>[^:\n]{1,200}?)(?::\s*|\n)(?P<tail>\S.*)", re.S)
_HEADING = re.compile(r"^#{1,3}\s+(?P<title>\S[^\n]{0,200})", re.M)


@dataclass(frozen=True, slots=True)
class Intent:
    """What the request asks for; ``text`` is the question, the topic, or the document to add."""

    kind: str  # "question", "sources", "read", "add"
    text: str
    doc_id: int | None = None
    title: str = ""


def read_intent(request: str) -> Intent:
    """The intent of ``request`` (already stripped and size-checked)."""
    wants_read = _READ.match(request)
    if wants_read:
        return Intent("read", request, doc_id=int(wants_read.group("id")))
    if _ADD.match(request):
        body = _material(request)
        return Intent("add", body, title=_title(body) if body else "")
    if _SOURCES.search(request):
        return Intent("sources", request)
    return Intent("question", request)


def _material(request: str) -> str:
    """The text to store: a ``` block, or what follows the first colon or line break; "" when there is none."""
    fence = _FENCE.search(request)
    if fence and fence.group("body").strip():
        return fence.group("body").strip()
    match = _MATERIAL.fullmatch(request)
    body = match.group("tail").strip() if match else ""
    # "Save this: ..." holds a placeholder, not a note: a note has at least a few words.
    return body if len(re.findall(r"[^\W\d_]{2,}", body)) >= 3 else ""


def _title(body: str) -> str:
    heading = _HEADING.search(body)
    if heading:
        return heading.group("title").strip(" #")
    first_line = body.split("\n", 1)[0].strip()
    if len(first_line.split()) <= 10 and "\n" in body:
        return first_line.rstrip(".:")
    head = body.split()[:8]
    return " ".join(head) + ("…" if len(body.split()) > 8 else "")
