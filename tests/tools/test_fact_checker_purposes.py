"""A date dates the deed its clause tells, not the purpose it names: "Linus Torvalds created Git in 2005 for the
development of the Linux kernel" says nothing of when Linux was developed. And a passage that never names the
person a claim names cannot support what the claim says that person did."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import fact_check

from servers.tools.fact_checker.verdicts import check
from servers.tools.researcher.knowledge import KnowledgeBase

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("Linus Torvalds developed Linux in 1991", "supported"),
        ("Linus Torvalds created Linux in 1991", "supported"),
        ("Is it true that Linus Torvalds released Linux in 1991?", "supported"),
        ("Linus Torvalds developed Linux in 2005", "contradicted"),
        ("Linus Torvalds created Linux in 1995", "contradicted"),
        ("Linus Torvalds created Git in 2005", "supported"),
        ("Linus Torvalds created Git in 1991", "contradicted"),
    ],
)
async def test_the_year_of_linux_is_the_year_its_note_gives(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]


def _notes(tmp_path: Path) -> KnowledgeBase:
    kb = KnowledgeBase(tmp_path / "notes.db")
    kb.add("Ada Quill", "Ada Quill built the Harbour Loom in 1852 for the production of Merrow cloth.", "test")
    kb.add("Zeno Marsh", "Zeno Marsh founded the Valley Bank in 1880 in order to finance the Northern Railway.", "test")
    return kb


@pytest.mark.parametrize(
    "claim",
    [
        "Ada Quill produced Merrow cloth in 1840",
        "Ada Quill produced Merrow cloth in 1852",
        "Zeno Marsh financed the Northern Railway in 1870",
        "Zeno Marsh financed the Northern Railway in 1880",
    ],
)
def test_a_purpose_is_not_dated_by_the_deed_done_for_it(tmp_path, claim):
    assert check(_notes(tmp_path), claim).verdict == "unverified"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ada Quill built the Harbour Loom in 1852", "supported"),
        ("Ada Quill built the Harbour Loom in 1860", "contradicted"),
        ("Zeno Marsh founded the Valley Bank in 1890", "contradicted"),
    ],
)
def test_the_deed_itself_is_still_dated(tmp_path, claim, expected):
    assert check(_notes(tmp_path), claim).verdict == expected


@pytest.mark.parametrize(
    "request_",
    [
        "Linus Torvalds wrote Linux",
        "Linus Torvalds wrote Rust",
        "Did Linus Torvalds write Rust?",
        "Dennis Ritchie wrote Linux",
    ],
)
async def test_a_passage_that_names_nobody_does_not_support_what_a_person_did(tmp_path, request_):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] != "supported", data["answer"]
    assert "Support for writing Linux kernel code" not in data["answer"] or data["verdict"] == "unverified"


@pytest.mark.parametrize(
    "request_", ["Linux was created by Linus Torvalds", "Guido van Rossum wrote Python", "Linus Torvalds created Git"]
)
async def test_a_passage_that_names_the_person_still_supports(tmp_path, request_):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == "supported", data["answer"]
