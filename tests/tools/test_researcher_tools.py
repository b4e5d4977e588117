"""The researcher's knowledge base over MCP, and ``accord ingest``."""

from __future__ import annotations

import pytest
from conftest import call, error_text

from servers.cli import main
from servers.tools.researcher import create_server
from servers.tools.researcher.documents import html_to_text
from servers.tools.researcher.knowledge import KNOWLEDGE_DB, KnowledgeBase
from servers.tools.researcher.starter import load_starter_corpus, open_knowledge_base, starter_notes

pytestmark = pytest.mark.anyio


async def test_search_finds_the_starter_corpus_with_sources(tmp_path):
    result = await call(create_server(tmp_path), "search", query="Where did the Rust language come from?", k=3)
    top = result.structured_content["hits"][0]
    assert "Rust" in top["title"]
    assert top["source"].startswith("accord starter corpus")
    assert "**Rust**" in top["snippet"] and top["doc_id"] > 0
    assert top["title"] in result.structured_content["answer"]


async def test_an_added_document_is_found_and_read_back(tmp_path):
    server = create_server(tmp_path)
    text = "The quokka is a small marsupial from Rottnest Island, known for its friendly expression."
    added = await call(server, "add_document", title="Quokkas", text=text, source="https://example.org/quokka")
    assert added.structured_content["added"] is True
    hits = (await call(server, "search", query="quokka marsupial")).structured_content["hits"]
    assert hits[0]["title"] == "Quokkas" and hits[0]["source"] == "https://example.org/quokka"
    document = await call(server, "read", doc_id=hits[0]["doc_id"])
    assert document.structured_content["text"] == text


async def test_the_same_content_is_stored_once(tmp_path):
    server = create_server(tmp_path)
    first = await call(server, "add_document", title="A", text="Identical body text.")
    second = await call(server, "add_document", title="B", text="  identical   BODY text. ")
    assert second.structured_content["added"] is False
    assert second.structured_content["doc_id"] == first.structured_content["doc_id"]


@pytest.mark.parametrize(
    ("tool", "arguments", "message"),
    [
        ("search", {"query": "   "}, "query is empty"),
        ("search", {"query": "what is the"}, "no searchable words"),
        ("search", {"query": "rust", "k": 0}, "k must be between 1 and 20"),
        ("search", {"query": "x" * 3000}, "query is too long"),
        ("read", {"doc_id": 99999}, "no document with id 99999"),
        ("read", {"doc_id": "seven"}, "valid integer"),
        ("add_document", {"title": "t", "text": ""}, "text is empty"),
    ],
)
async def test_bad_input_is_a_tool_error(tmp_path, tool, arguments, message):
    server = create_server(tmp_path)
    assert message in error_text(await call(server, tool, **arguments))
    assert not (await call(server, "search", query="bm25")).is_error  # still serving


async def test_fts_syntax_in_a_query_is_plain_text(tmp_path):
    result = await call(create_server(tmp_path), "search", query='circuit "breaker" NEAR(open* -half) OR:')
    assert result.structured_content["hits"][0]["title"] == "Circuit breakers"


def test_html_loses_scripts_and_styles():
    text, title = html_to_text(
        "<html><head><title>T</title><style>p{}</style></head>"
        "<body><script>alert(1)</script><h1>Head</h1><p>Body &amp; more</p></body></html>"
    )
    assert title == "T" and "Body & more" in text and "alert" not in text and "p{}" not in text


def test_ingest_adds_a_folder_and_skips_duplicates(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ACCORD_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "docs"
    (folder / "nested").mkdir(parents=True)
    (folder / "zebra.md").write_text("# Zebras\n\nZebras have black and white stripes.\n")
    (folder / "nested" / "copy.md").write_text("# Zebras\n\nZebras have black and white stripes.\n")
    (folder / "nested" / "yak.txt").write_text("Yaks live in the Himalaya.")
    (folder / "nested" / "okapi.html").write_text(
        "<title>Okapi</title><script>var hidden = 1;</script><p>The okapi is a forest giraffe.</p>"
    )
    (folder / "image.png").write_bytes(b"\x89PNG")
    assert main(["ingest", str(folder)]) == 0
    assert "3 added, 1 already present" in capsys.readouterr().out
    assert main(["ingest", str(folder)]) == 0
    assert "0 added, 4 already present" in capsys.readouterr().out


async def test_ingested_files_are_searchable(tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_DATA_DIR", str(tmp_path))
    page = tmp_path / "okapi.html"
    page.write_text("<title>Okapi</title><script>var hidden = 1;</script><p>The okapi is a forest giraffe.</p>")
    assert main(["ingest", str(page)]) == 0
    hits = (await call(create_server(tmp_path), "search", query="okapi")).structured_content["hits"]
    assert hits[0]["title"] == "Okapi" and hits[0]["source"] == str(page.resolve())
    assert "hidden" not in hits[0]["snippet"]


def test_ingest_of_a_missing_path_is_a_usage_error(tmp_path, capsys):
    assert main(["ingest", str(tmp_path / "nope")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


async def test_an_off_topic_question_finds_nothing_rather_than_noise(tmp_path):
    result = await call(create_server(tmp_path), "search", query="Which firms build warehouse robots for retailers?")
    assert result.structured_content["hits"] == []
    assert "accord ingest" in result.structured_content["answer"]
    on_topic = await call(create_server(tmp_path), "search", query="Who started work on Rust at Mozilla?")
    assert "Rust" in on_topic.structured_content["hits"][0]["title"]


def test_the_starter_corpus_loads_once_into_a_shared_knowledge_base(tmp_path):
    notes = starter_notes()
    kb = open_knowledge_base(tmp_path)  # the researcher's start
    assert kb.count() == len(notes)
    # the fact checker opens the same file: nothing is added twice, in one transaction or another
    again = KnowledgeBase(tmp_path / KNOWLEDGE_DB)
    assert load_starter_corpus(again) == 0
    assert again.add_many(notes) == 0
    assert again.count() == len(notes)
