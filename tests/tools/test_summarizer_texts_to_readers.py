"""A text named with the readers it was sent to ("this notice to mariners", "this letter to parents") is summarized;
the readers are no extra ask."""

from __future__ import annotations

import pytest
from conftest import call, error_text, tool_server

pytestmark = pytest.mark.anyio

NOTICE = (
    "The north pontoon will be closed for repairs from 3 to 17 March. Boats berthed there will be moved to the "
    "visitors' pontoon. The fuel berth stays open as normal. Dredging of the entrance channel will take place at low "
    "water during the same period. Skippers should keep to the starboard side of the channel when entering."
)


async def test_a_notice_to_mariners_is_summarized() -> None:
    result = await call(
        tool_server("summarizer"),
        "digest",
        request=f"Summarise this notice to mariners for the office board: {NOTICE}",
        text=NOTICE,
    )
    assert not result.is_error, error_text(result)
    assert result.structured_content["summary"].startswith("The north pontoon will be closed for repairs")
