"""A request not to do something that says "please" already is never made "Could you please do not ...?"."""

from __future__ import annotations

import pytest
from conftest import call, tool_server

pytestmark = pytest.mark.anyio


async def test_please_do_not_is_never_could_you_please_do_not() -> None:
    result = await call(
        tool_server("writer"),
        "rewrite",
        request="Make this polite: Please do not leave cars in the car park on Thursday night.",
    )
    assert "Could you please do not" not in result.content[0].text
