"""What a slogan must hold to, said in a sentence of its own after the ask ("... Paws on Patrol. it has to include
the name and be under 12 words"), is said to the writer, not a fact for the line; a number of words said there is
the line's limit, tighter than "short", and a line that cannot keep to it is declined."""

from __future__ import annotations

import re

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


def _words(line: str) -> int:
    return len(re.findall(r"[\w&'-]+", line.lstrip("- ")))


@pytest.mark.parametrize(
    ("request_text", "name", "limit"),
    [
        (
            "need a short slogan for my dog walking business, Paws on Patrol. it has to include the name and be "
            "under 12 words",
            "Paws on Patrol",
            12,
        ),
        (
            "I want a slogan for my cleaning company, Sparkle Bright, which cleans offices. It must include the "
            "company name and be under 10 words.",
            "Sparkle Bright",
            10,
        ),
        ("slogan for my bakery, Crumb & Co, which bakes sourdough. It should be under 8 words.", "Crumb & Co", 8),
        ("Write a tagline for my gym, Iron Den, which trains boxers. it needs to mention the name", "Iron Den", 12),
        (
            "Write a short slogan for my cafe, Bean There, which roasts its own coffee. It must be under 10 words.",
            "Bean There",
            10,
        ),
    ],
)
async def test_what_the_slogan_must_hold_to_is_no_fact_of_the_line(request_text: str, name: str, limit: int):
    text = await drafted(request_text)
    line = text.splitlines()[0]
    assert name in line and "has to" not in text and "must" not in text.lower(), text
    assert _words(line) <= limit, text


@pytest.mark.parametrize(
    "request_text",
    [
        "need a short slogan for my dog walking business, Paws on Patrol. it has to include the name and be under "
        "5 words",
        "Write a slogan for my shop. it has to include the name and be under 12 words",
    ],
)
async def test_a_limit_no_line_can_keep_or_no_name_is_declined(request_text: str):
    assert await declined_by_writer(request_text)
