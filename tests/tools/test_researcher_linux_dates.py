"""When Linux was made is the year its note gives (1991), not the year of Git, which a note dates "for the
development of the Linux kernel"; Git keeps its own year."""

from __future__ import annotations

import pytest
from conftest import researched

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    "question",
    [
        "When was Linux created?",
        "When was Linux released?",
        "When was the Linux kernel developed?",
        "What year did Torvalds create Linux?",
        "When did Linus Torvalds write Linux?",
    ],
)
async def test_linux_is_dated_by_its_own_note(tmp_path, question):
    answer = await researched(tmp_path, question)
    assert "1991" in answer and "2005" not in answer


async def test_git_keeps_its_own_year(tmp_path):
    assert "2005" in await researched(tmp_path, "When was Git created?")
