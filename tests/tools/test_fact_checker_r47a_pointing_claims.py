"""A sentence that ends on "that" or "this" ("Do young people like that?") is about something said before it, which
the checker never sees: no claim to check, even when a note speaks of its subject ("Young people can hear ...")."""

from __future__ import annotations

import pytest
from conftest import call, error_text, verdict

from servers.tools.fact_checker import create_server

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    ["Do young people like that?", "Tourists never ask for this.", "Do the kids really eat those?"],
)
async def test_a_sentence_pointing_outside_itself_is_no_claim(tmp_path, request_text: str):
    result = await call(create_server(tmp_path), "fact_check", request=request_text)
    assert result.is_error
    assert "found no claim to check" in error_text(result)


async def test_a_claim_with_that_inside_it_is_still_checked(tmp_path):
    assert await verdict(tmp_path, "Is it true that bats are blind?") == "contradicted"
