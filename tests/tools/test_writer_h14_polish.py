"""A quick first-person post polished: the dropped "I'm" said, "i" made "I", a sentence of thanks or of the writer's
own first day spliced on with a comma made a sentence of its own; a text that does not speak as the writer keeps
its commas, and "i.e." is no "I"."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Polish this post before I put it on LinkedIn: so excited to say i have joined Northwind as a data "
            "analyst, first day was great, thanks to everyone who helped",
            "I am so excited to say I have joined Northwind as a data analyst. My first day was great. Thanks to "
            "everyone who helped.",
        ),
        (
            "Polish this LinkedIn post: thrilled to share i've been promoted to team lead at Harlow & Co, thanks to "
            "my amazing team",
            "I am thrilled to share I have been promoted to team lead at Harlow & Co. Thanks to my amazing team.",
        ),
        (
            "Can you polish this for Facebook: really proud to say i finished my first half marathon in Bristol, "
            "thanks to everyone who sponsored me",
            "I am proud to say I finished my first half marathon in Bristol. Thanks to everyone who sponsored me.",
        ),
        (
            "Make this more professional: so excited to say i have joined Northwind, first day was great",
            "I am so excited to say I have joined Northwind. My first day was great.",
        ),
        (
            "Polish this: delighted to announce i have started at Meridian Health as a junior nurse, first week was "
            "busy",
            "I am delighted to announce I have started at Meridian Health as a junior nurse. My first week was busy.",
        ),
        (
            "Make this more professional: pleased to say i joined the Leeds office in May, first month has been "
            "busy, thank you to my mentor Ken",
            "I am pleased to say I joined the Leeds office in May. My first month has been busy. Thank you to my "
            "mentor Ken.",
        ),
    ],
)
async def test_a_hurried_first_person_post_is_polished(request_text: str, expected: str) -> None:
    assert await drafted(request_text, tool="rewrite") == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Polish this: We have moved to 4 Mill Lane, thanks to the removal team.",
        "Polish this: The report is attached, i.e. the Q3 figures.",
    ],
)
async def test_a_text_with_no_hurried_slips_is_not_rewritten(request_text: str) -> None:
    await declined_by_writer(request_text, tool="rewrite")
