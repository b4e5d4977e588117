"""The knowledge base: documents in SQLite with an FTS5 index, searched by BM25.

One file (``knowledge.db`` under the data dir) holds everything: a ``documents`` table with the text, title,
source and a content hash, and an FTS5 index over title and text. The researcher searches and reads it; the
fact checker reads its evidence from the same file, so both agents agree on what is known.

Every operation opens its own connection. MCP runs synchronous tools on worker threads, and SQLite connections
are cheap to open, so a connection per call is simpler and safer than sharing one across threads.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Generator, Iterable
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from servers.tools.researcher.wording import IRREGULAR

KNOWLEDGE_DB = "knowledge.db"

# Words that carry no meaning for retrieval. FTS5 would happily match "the", and a question such as
# "What is the history of Rust?" would then rank every document.
STOPWORDS = frozenset(
    """a about above after again all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers him his how i if in into is it its itself just me more most my no nor of off
    on once only or other our out over own same she should so some such than that the their them then
    there these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours tell explain describe please find search look
    lookup know give show me info information about research sources source""".split()
)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    added_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    title, text, tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

# bm25() weights per FTS column: a word in the title says more about the document than one in the body.
_TITLE_WEIGHT, _TEXT_WEIGHT = 4.0, 1.0


@dataclass(frozen=True, slots=True)
class Document:
    """A stored document. ``source`` says where it came from: a file path, a URL or a short label."""

    id: int
    title: str
    source: str
    text: str


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result: which document, a snippet around the matched words, and its BM25 relevance."""

    doc_id: int
    title: str
    source: str
    snippet: str
    score: float


def content_hash(text: str) -> str:
    """The identity of a document's content: whitespace and case do not make a new document."""
    normalized = " ".join(text.split()).casefold()
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


def query_terms(text: str) -> list[str]:
    """The searchable words of a free-text query, in order, without stopwords or repeats."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(text.casefold()):
        if word not in STOPWORDS and (len(word) > 1 or word.isdigit()):
            seen.setdefault(word, None)
    return list(seen)


def min_coverage(term_count: int) -> int:
    """Query words a document must contain to count as a hit: all of one or two, a third of a longer query."""
    return term_count if term_count <= 2 else max(2, -(-term_count // 3))


def _inflections() -> dict[str, frozenset[str]]:
    forms: dict[str, set[str]] = {}
    for form, base in IRREGULAR.items():
        forms.setdefault(base, {base}).add(form)
    return {word: frozenset(group) for group in forms.values() for word in group}


# Forms the index's Porter stemmer keeps apart: irregular verbs ("fell", "fall") and verbs in "-ie" ("died" is
# "di" to it, "die" is "die"). A query word matches any of its forms.
_INFLECTIONS = _inflections()


def word_forms(term: str) -> frozenset[str]:
    """``term`` and the forms of it the index would not match by stemming alone."""
    forms = set(_INFLECTIONS.get(term, {term}))
    for word in list(forms):
        if word.endswith("ie") and len(word) <= 4:
            forms |= {word + "d", word + "s", word[:-2] + "ying"}
        elif word.endswith("ied") and len(word) <= 5:
            forms |= {word[:-1], word[:-1] + "s", word[:-3] + "ying"}
    return frozenset(forms)


def match_expression(terms: list[str]) -> str:
    """An FTS5 MATCH expression: any of the terms (each in any of its forms), each quoted so user text is never
    FTS syntax."""
    groups: list[str] = []
    for term in terms:
        quoted = ['"' + t.replace('"', '""') + '"' for t in sorted(word_forms(term))]
        groups.append(quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")")
    return " OR ".join(groups)


class KnowledgeBase:
    """Documents and their full-text index in one SQLite file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.executescript(_SCHEMA)

    @contextmanager
    def _connect(self) -> Generator[sqlite3.Connection]:
        # closing() closes the connection; the inner "with db" commits or rolls back the transaction.
        with closing(sqlite3.connect(self.path, timeout=10)) as db, db:
            yield db

    def add(self, title: str, text: str, source: str) -> tuple[int, bool]:
        """Store a document; returns ``(doc_id, added)``. The same content twice is stored once: the second
        call returns the first document's id and ``added=False``."""
        with self._connect() as db:
            return _insert(db, title, text, source)

    def add_many(self, documents: Iterable[tuple[str, str, str]]) -> int:
        """Store ``(title, text, source)`` documents in one transaction (one commit, not one per document, which
        is most of a fresh knowledge base's start-up); returns how many were new."""
        with self._connect() as db:
            return sum(_insert(db, title, text, source)[1] for title, text, source in documents)

    def get(self, doc_id: int) -> Document | None:
        with self._connect() as db:
            sql = "SELECT id, title, source, text FROM documents WHERE id = ?"
            row = db.execute(sql, (doc_id,)).fetchone()
        return Document(*row) if row else None

    def count(self) -> int:
        with self._connect() as db:
            return int(db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def search(self, query: str, k: int = 5, snippet_words: int = 24) -> list[Hit]:
        """The ``k`` documents most relevant to ``query`` by BM25, best first.

        Any query word may match (OR), so a natural-language question finds documents sharing its key words;
        BM25 then prefers documents that match more and rarer words. ``score`` is positive, higher is better.
        A document sharing only a small part of a longer query's words (one word of "leading manufacturers of
        industrial robots") is not about it and is left out, so an off-topic question finds nothing rather
        than noise.
        """
        terms = query_terms(query)
        if not terms:
            return []
        sql = (
            "SELECT d.id, d.title, d.source,"
            " snippet(documents_fts, 1, '**', '**', ' … ', ?) AS snip,"
            " bm25(documents_fts, ?, ?) AS rank"
            " FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
            " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?"
        )
        params = (snippet_words, _TITLE_WEIGHT, _TEXT_WEIGHT, match_expression(terms), k)
        with self._connect() as db:
            rows = db.execute(sql, params).fetchall()
            coverage = self._coverage(db, terms, [int(row[0]) for row in rows])
        needed = min_coverage(len(terms))
        # SQLite's bm25() is negative (lower is better); flip it so callers read "higher is more relevant".
        return [
            Hit(int(i), title, source, snip, round(-rank, 4))
            for i, title, source, snip, rank in rows
            if coverage.get(int(i), 0) >= needed
        ]

    @staticmethod
    def _coverage(db: sqlite3.Connection, terms: list[str], ids: list[int]) -> dict[int, int]:
        """How many of ``terms`` each of the documents ``ids`` contains, as the index (stemmed) sees them."""
        counts = dict.fromkeys(ids, 0)
        if not ids:
            return counts
        marks = ",".join("?" * len(ids))
        sql = f"SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? AND rowid IN ({marks})"
        for term in terms:
            for (rowid,) in db.execute(sql, (match_expression([term]), *ids)):
                counts[int(rowid)] += 1
        return counts

    def document_frequency(self, terms: list[str]) -> dict[str, int]:
        """How many documents contain each of ``terms`` (as the index, with its stemming, sees them)."""
        with self._connect() as db:
            sql = "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?"
            return {t: int(db.execute(sql, (match_expression([t]),)).fetchone()[0]) for t in terms}

    def documents(self, ids: list[int]) -> list[Document]:
        """The documents with these ids, in the order given (unknown ids are skipped)."""
        found = [self.get(i) for i in ids]
        return [d for d in found if d is not None]

    def get_meta(self, key: str) -> str | None:
        with self._connect() as db:
            row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._connect() as db:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def _insert(db: sqlite3.Connection, title: str, text: str, source: str) -> tuple[int, bool]:
    digest = content_hash(text)
    # Insert-or-nothing rather than check-then-insert: two processes (researcher and fact checker) may load the
    # starter corpus into one file at the same moment.
    inserted = db.execute(
        "INSERT INTO documents (title, source, text, content_hash) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (content_hash) DO NOTHING RETURNING id",
        (title, source, text, digest),
    ).fetchone()
    if inserted is None:
        row = db.execute("SELECT id FROM documents WHERE content_hash = ?", (digest,)).fetchone()
        return int(row[0]), False
    doc_id = int(inserted[0])
    db.execute("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)", (doc_id, title, text))
    return doc_id, True
