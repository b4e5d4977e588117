"""Only the reader's own pronouns are said to them: once their kin is named ("his mum", "her son"), a pronoun of
the kin's gender stays the kin's ("ring her back", "his phone"), and "her" as an object is "you" ("offer her the
job" -> "offer you the job", never "offer your the job")."""

from __future__ import annotations

import pytest

from tests.tools.conftest import drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a message to Chris that his mum called and he should ring her back",
            "Your mum called and you should ring her back.",
        ),
        (
            "Write an email to Mrs Lane asking if her son could avoid bringing his phone to school",
            "Could you let me know if your son could avoid bringing his phone to school?",
        ),
        ("Write an email to Kim saying we can't offer her the job", "We can't offer you the job."),
    ],
)
async def test_only_the_readers_pronouns_become_you(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)
