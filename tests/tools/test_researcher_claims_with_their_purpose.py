"""A claim handed over with what it is for ("For my kid's homework, water boils at 100 degrees Celsius at sea
level - is that right?") or with the check asked of whoever reads it ("The Berlin Wall came down in 1989 - can
you both confirm that?") is looked up as the claim alone: the purpose and the check name nothing to look up (they
were 'nothing matched ... kid, homework' and '... confirm'). A claim no note speaks of is still declined."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("The Berlin Wall came down in 1989 - can you both confirm that?", "1989"),
        ("For my kid's homework, water boils at 100 degrees Celsius at sea level - is that right?", "100 degrees"),
        ("For a pub quiz, the Titanic sank in 1912 - is that right?", "1912"),
        ("Shakespeare was born in Stratford-upon-Avon - could you check that for me?", "Stratford-upon-Avon"),
        ("The Berlin Wall fell in 1991 - can you confirm that?", "1989"),
        ("For my essay, the Sun is a star - is that right?", "star"),
    ],
)
async def test_the_claim_alone_is_looked_up(tmp_path, request_, expected):
    assert expected in await researched(tmp_path, request_)


@pytest.mark.parametrize(
    "request_",
    [
        "For my kid's homework, glass frogs sing at night - is that right?",
        "My gran was born in Leeds in 1941 - can you confirm that?",
    ],
)
async def test_a_claim_no_note_speaks_of_is_still_declined(tmp_path, request_):
    result = await call(create_server(tmp_path), "answer", request=request_)
    assert "Nothing in the knowledge base matched" in error_text(result)
