"""A summary ask that names its text by whose it is, when it was written or how the asker came by it ("my diary
entry for the keepers' log", "last night's show report", "this customer feedback we collected at the taproom",
"the coach's email that came in this morning") is summarized: those words tell the text apart, they ask nothing
more of it. A form, a focus or a second ask beside them still declines."""

from __future__ import annotations

import pytest
from conftest import call_as_asked, tool_server

pytestmark = pytest.mark.anyio

SHOW = (
    "The show went up two minutes late because of a queue at the bar. In Act 2 the doorbell sound cue was missed. "
    "The stage left flat stuck during the change into the ballroom scene. One audience member was taken ill and "
    "left at the interval. The running time was two hours twenty-four minutes."
)


@pytest.mark.parametrize(
    "ask",
    [
        "Pull out the key points of last night's show report",
        "Give me the key points from this feedback we collected at the taproom",
        "Summarize the stage manager's email that came in this morning",
    ],
)
async def test_a_text_named_by_whose_when_or_how_it_came_is_summarized(ask: str):
    result = await call_as_asked(tool_server("summarizer"), "digest", f"{ask}: {SHOW}")
    assert result is not None and not result.is_error, result and result.content
    data = result.structured_content or {}
    assert "doorbell" in str(data.get("summary") or data.get("points")) or "late" in str(data)


@pytest.mark.parametrize(
    "ask",
    [
        "Summarise the report we wrote in chronological order",
        "Summarise the email that came in this morning and predict what happens next",
        "Summarise the costs my colleague wrote up",
    ],
)
async def test_a_further_ask_beside_how_the_text_came_still_declines(ask: str):
    result = await call_as_asked(tool_server("summarizer"), "digest", f"{ask}: {SHOW}")
    assert result is None or result.is_error


@pytest.mark.parametrize(
    "ask",
    [
        "Please summarise the stage manager's report in two sentences",  # a count of the form, not where it came
        "Summarise the show report from 3 March",  # a date it came from
    ],
)
async def test_a_count_after_a_named_text_is_the_form_and_a_date_is_where_it_came_from(ask: str):
    result = await call_as_asked(tool_server("summarizer"), "digest", f"{ask}: {SHOW}")
    assert result is not None and not result.is_error, result and result.content
