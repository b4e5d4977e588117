"""``accord ingest PATH... [--data-dir DIR]``: add text, Markdown and HTML files to the knowledge base.

The researcher and the fact checker read that knowledge base. Folders are walked recursively. Content
already stored (the same text, whatever the file name) is skipped: ingesting a folder twice adds nothing.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from servers.cli import Subparsers


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("ingest", help="add .txt, .md and .html files to the knowledge base")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (walked recursively)")
    parser.add_argument("--data-dir", help="where the knowledge base lives (default: ACCORD_DATA_DIR)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from agents.settings import Settings
    from servers.cli import UsageError
    from servers.tools.researcher.documents import SUPPORTED_SUFFIXES, iter_source_paths, read_source_file
    from servers.tools.researcher.starter import open_knowledge_base

    paths = [Path(p).expanduser() for p in args.paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    settings = Settings.from_env().with_overrides(data_dir=args.data_dir)
    kb = open_knowledge_base(settings.ensure_data_dir())

    added = duplicates = empty = 0
    skipped: list[str] = []
    for path in iter_source_paths(paths):
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            skipped.append(path.name)
            continue
        document = read_source_file(path)
        if not document.text:
            empty += 1
            continue
        doc_id, is_new = kb.add(document.title, document.text, document.source)
        added += is_new
        duplicates += not is_new
        print(f"{'added' if is_new else 'exists'}  {doc_id:>5}  {document.title}  ({path})")
    if skipped:
        kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
        print(f"skipped {len(skipped)} unsupported file(s) ({', '.join(skipped[:5])}); supported: {kinds}")
    print(f"{added} added, {duplicates} already present, {empty} empty; {kb.count()} documents in {kb.path}")
    return 0
