"""The starter corpus: short reference notes shipped with accord, loaded into a fresh knowledge base.

The notes live as Markdown files in ``corpus/`` beside this module. They are loaded the first time a knowledge
base is opened, and a marker in the database's ``meta`` table records that, so a user who deletes a note is
not given it back on the next start, and ``accord ingest`` into a new data dir still starts from the corpus.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from servers.tools.researcher.documents import markdown_title
from servers.tools.researcher.knowledge import KNOWLEDGE_DB, KnowledgeBase

_LOADED_KEY = "starter_corpus_loaded"


def starter_notes() -> list[tuple[str, str, str]]:
    """``(title, text, source)`` for every note in the starter corpus, in file-name order."""
    folder = resources.files("servers.tools.researcher") / "corpus"
    notes: list[tuple[str, str, str]] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".md"):
            text = entry.read_text(encoding="utf-8").strip()
            title = markdown_title(text) or entry.name.removesuffix(".md")
            notes.append((title, text, f"accord starter corpus: {entry.name}"))
    return notes


def load_starter_corpus(kb: KnowledgeBase) -> int:
    """Add the starter notes unless they were loaded before; returns how many were added."""
    if kb.get_meta(_LOADED_KEY) is not None:
        return 0
    added = kb.add_many(starter_notes())
    kb.set_meta(_LOADED_KEY, str(added))
    return added


def open_knowledge_base(data_dir: Path) -> KnowledgeBase:
    """The knowledge base under ``data_dir``, with the starter corpus loaded the first time."""
    kb = KnowledgeBase(Path(data_dir) / KNOWLEDGE_DB)
    load_starter_corpus(kb)
    return kb
