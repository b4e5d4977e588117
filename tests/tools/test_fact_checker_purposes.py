"""A date dates the deed its clause tells, not the purpose it names: "Linus Torvalds created Git in 2005 for the
development of the Linux kernel" says nothing of when Linux was developed. And a passage that never names the
person a claim names speaks of another deed: it neither supports the claim nor contradicts it by a date; a
passage that credits someone else with the work still contradicts it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import fact_check

from servers.tools.fact_checker.verdicts import check
from servers.tools.researcher.knowledge import KnowledgeBase

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


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
        "Linus Torvalds wrote Rust",
        "Did Linus Torvalds write Rust?",
        "Linus Torvalds wrote Rust in 2010",
        "Linus Torvalds wrote Rust in 2022",
    ],
)
async def test_a_passage_that_names_nobody_the_claim_names_decides_nothing(tmp_path, request_):
    # "Support for writing Linux kernel code in Rust was merged in Linux 6.1 in 2022" names no author
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == "unverified", data["answer"]


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("Linus Torvalds wrote Linux", "supported"),
        ("Linus Torvalds wrote Linux in 1991", "supported"),
        ("Linux was created by Linus Torvalds", "supported"),
        ("Guido van Rossum wrote Python", "supported"),
        ("Linus Torvalds created Git", "supported"),
        ("Linus Torvalds wrote Linux in 1999", "contradicted"),
        ("Bill Gates wrote Linux", "contradicted"),
        ("Dennis Ritchie wrote Linux in 2022", "contradicted"),
    ],
)
async def test_a_passage_that_names_the_person_still_decides(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]
