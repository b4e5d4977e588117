"""A one-line text for a person ("a one-line birthday text for my sister Emma: she's turning 21") is no occasion to
label the line with: it was sent as "My sister Emma: she's turning 21."; a line for an occasion keeps its label."""

from __future__ import annotations

import pytest

from tests.tools.conftest import drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a one-line birthday text for my sister Emma: she's turning 21",
        "Write a one-line caption for my dad: he's 60 today",
        "Write a one-line text for my nan: she's 90 today",
        "Write a one-line text for Jess: her parcel arrived",
    ],
)
async def test_a_line_for_a_person_is_not_labelled_with_them(request_text: str):
    try:
        text = await drafted(request_text)
    except AssertionError:
        return  # declined: an honest answer when the line cannot be said to them
    assert not text.lower().startswith(("my ", "jess")), text


@pytest.mark.parametrize(
    ("request_text", "line"),
    [
        ("Write a one-line sale sign:\n\nThe new price is $52.00", "Sale: the new price is $52.00."),
        (
            "Write a one-line Instagram caption about finishing my first marathon:\n\n42.16 kilometers",
            "Finishing my first marathon: 42.16 kilometers.",
        ),
    ],
)
async def test_a_line_for_an_occasion_keeps_its_label(request_text: str, line: str):
    assert await drafted(request_text) == line
