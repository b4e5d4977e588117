"""What the notes say about a topic: the opening of the note on it, not one sentence of it.

"Find what the knowledge base says about photosynthesis", "What do your notes say about volcanoes?", "Tell me
everything you know about the Titanic" ask for the topic as the notes give it, not for one fact: the answer is
the note's opening passage (its first paragraphs, several sentences), which a summarizer or a writer later in
a pipeline can work from. One sentence would leave them nothing to work with.

Only a note whose title names the topic is given so (every content word of the topic in the title, allowing for
word forms): a topic no note is about is answered the ordinary way, one passage or an honest "nothing matched".

Every regex here is linear: bounded repetitions, no nested quantifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.researcher.knowledge import Document, KnowledgeBase
from servers.tools.researcher.matching import covers, stems_of
from servers.tools.summarizer.sentences import STOPWORDS, split_sentences, words

MIN_SENTENCES = 3
MAX_CHARS = 900
_SOURCE = (
    r"(?:the\s+|your\s+|my\s+|our\s+)?(?:knowledge\s*base|kb|notes?|documents?|docs|sources?|library|files?)"
    r"|you(?:\s+guys)?"
)
_SAYS = r"(?:says?|said|has|have|holds?|contains?|knows?|got|covers?)"
_OVERVIEW = re.compile(
    r"^\W*(?:please\s+)?(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?"
    r"(?:(?:find|look\s+up|check|see|tell\s+me|show\s+me|pull\s+up|get\s+me|give\s+me|read\s+me)(?:\s+out)?\s+)?"
    r"(?:what|everything|all)\s+(?:that\s+)?(?:does\s+|do\s+)?(?:" + _SOURCE + r")\s+" + _SAYS + r"(?:\s+got)?"
    r"\s+(?:about|on|regarding)\s+(?P<topic>[^?!.\n]{2,80}?)\s*[?!.]?\s*$"
    r"|^\W*(?:please\s+)?tell\s+me\s+everything\s+(?:you\s+know\s+)?about\s+(?P<everything>[^?!.\n]{2,80}?)\s*[?!.]?$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Overview:
    document: Document
    passage: str  # the note's opening sentences


def overview_topic(request: str) -> str | None:
    """The topic of a request for what the notes say about it ("photosynthesis"), or None for another request."""
    found = _OVERVIEW.match(request.strip()[:300])
    if found is None:
        return None
    topic = (found.group("topic") or found.group("everything") or "").strip()
    return topic if any(w not in STOPWORDS for w in words(topic)) else None


def overview(kb: KnowledgeBase, topic: str) -> Overview | None:
    """The note whose title names ``topic``, with its opening passage; None when no note is about the topic."""
    wanted = [w for w in words(topic) if w not in STOPWORDS]
    for hit in kb.search(topic, 5):
        title = stems_of(hit.title)
        if not all(covers(stem, title) for stem in stems_of(" ".join(wanted))):
            continue
        document = kb.get(hit.doc_id)
        if document is not None and (passage := opening(document.text)):
            return Overview(document, passage)
    return None


def opening(text: str) -> str:
    """The first paragraphs of a note, without its heading: at least ``MIN_SENTENCES`` sentences where the note
    has them, and no paragraph past ``MAX_CHARS`` beyond the first."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip() and not p.lstrip().startswith("#")]
    kept: list[str] = []
    for paragraph in paragraphs:
        if kept and (len(split_sentences(" ".join(kept))) >= MIN_SENTENCES or len("\n\n".join(kept)) > MAX_CHARS):
            break
        kept.append(" ".join(paragraph.split()))
    return "\n\n".join(kept)
