"""A text asked to be one paragraph may carry a title line ("Announcement"): the title is no paragraph, so the
one paragraph under it is what was asked. A request with nothing to say, or more paragraphs than its points
make, is still declined."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

from servers.tools.writer.lengths import measure

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        ("Write a one-paragraph announcement telling staff that the bonus pool this year is £3,500.", "£3,500"),
        ("Draft a one paragraph announcement for the office: the lifts will be serviced on Saturday 6 June.", "6 June"),
        ("Write a single-paragraph notice for residents: the bins will be collected on Tuesday this week.", "Tuesday"),
        ("Write a one-paragraph announcement for the team: the new rota starts on Monday 3 March.", "3 March"),
    ],
)
async def test_a_titled_text_of_one_paragraph_is_one_paragraph(request_text, kept):
    text = await drafted(request_text)
    assert kept in text


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a two-paragraph announcement for the team: the new rota starts on Monday 3 March.",
        "Write a one-paragraph announcement",
    ],
)
async def test_a_paragraph_count_the_points_cannot_fill_is_still_declined(request_text):
    assert await declined_by_writer(request_text)


def test_a_title_line_is_not_counted_as_a_paragraph():
    assert measure("Announcement\n\nThe lifts will be serviced on Saturday.").paragraphs == 1
    assert measure("The lifts are serviced on Saturday.\n\nThe stairs stay open.").paragraphs == 2
