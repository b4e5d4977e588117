"""Who wrote a program or a text is who created or developed it: "Linus Torvalds wrote Git in 2005" is supported
by "Linus Torvalds created Git in 2005", and the year and the person are still compared. Other verbs of making
stay apart: a painting is not written, a play is not painted."""

from __future__ import annotations

import pytest
from conftest import fact_check

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("Linus Torvalds wrote Git in 2005", "supported"),
        ("Is it true that Git was written by Linus Torvalds?", "supported"),
        ("Guido van Rossum wrote Python", "supported"),
        ("Linus Torvalds wrote Git in 2008", "contradicted"),
        ("Bill Gates wrote Git", "contradicted"),
    ],
)
async def test_who_wrote_a_program_is_who_created_it(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]


@pytest.mark.parametrize("request_", ["Shakespeare painted Hamlet", "Leonardo da Vinci wrote the Mona Lisa"])
async def test_other_verbs_of_making_are_not_read_as_writing(tmp_path, request_):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == "unverified", data["answer"]
