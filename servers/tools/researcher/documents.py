"""Reading files into documents: plain text, Markdown and HTML, one file or a folder tree.

HTML is reduced to its visible text with the standard library's ``html.parser``: scripts, styles and other
non-content elements are dropped, block elements become line breaks, and the ``<title>`` (or the first
heading) becomes the document's title. Markdown is kept as written; its first ``#`` heading is the title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES

_SKIPPED_ELEMENTS = frozenset({"script", "style", "noscript", "template", "svg", "head"})
_BLOCK_ELEMENTS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer nav blockquote pre hr".split()
)


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file's content ready for the knowledge base."""

    title: str
    text: str
    source: str


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.heading: str | None = None
        self._heading_parts: list[str] | None = None
        self._skipping = 0  # depth inside elements whose text is not content
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in _SKIPPED_ELEMENTS:
            self._skipping += 1
        if tag in _BLOCK_ELEMENTS:
            self.parts.append("\n")
        if tag in ("h1", "h2") and self.heading is None:
            self._heading_parts = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in _SKIPPED_ELEMENTS and self._skipping:
            self._skipping -= 1
        if tag in _BLOCK_ELEMENTS:
            self.parts.append("\n")
        if tag in ("h1", "h2") and self._heading_parts is not None:
            self.heading = " ".join("".join(self._heading_parts).split()) or None
            self._heading_parts = None

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skipping:
            self.parts.append(data)
            if self._heading_parts is not None:
                self._heading_parts.append(data)


def html_to_text(html: str) -> tuple[str, str | None]:
    """The visible text of an HTML page and its title (``<title>``, else the first h1/h2, else None)."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    title = " ".join("".join(parser.title_parts).split()) or parser.heading
    return text, title


def markdown_title(text: str) -> str | None:
    match = re.search(r"^#{1,3}\s+(.+?)\s*#*\s*$", text, re.M)
    return match.group(1).strip() if match else None


def read_source_file(path: Path) -> SourceFile:
    """One file as a document. Undecodable bytes are replaced rather than failing the whole ingest."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in HTML_SUFFIXES:
        text, title = html_to_text(raw)
    else:
        text, title = raw.strip(), markdown_title(raw)
    fallback = path.stem.replace("_", " ").replace("-", " ").strip() or path.name
    return SourceFile(title=title or fallback, text=text, source=str(path.resolve()))


def iter_source_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Supported files under ``paths``: files as given, folders walked recursively in sorted order.

    Hidden files and folders (``.git``, ``.venv``) are skipped inside folders; a file named explicitly is
    yielded even when its suffix is unsupported, so the caller can report it.
    """
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden and child.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield child
        else:
            yield path
