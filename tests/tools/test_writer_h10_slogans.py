"""A slogan asked for a business named as the subject, with what it does in the sentences after ("Slogan for
Brookside Farm Shop? We sell free-range eggs and fresh veg and we're open every day."): the name is the slogan's
name, the sentences what it says, each line short. With no name ("my shop"), or a fact too long for a line, it is
still declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "lines"),
    [
        (
            "Tagline for Maple Lane Bakery? We bake sourdough every morning and we deliver on Saturdays.",
            "- Maple Lane Bakery: we bake sourdough every morning, we deliver on Saturdays.",
        ),
        (
            "Slogan for Pedal Doctor. We fix bikes while you wait and we collect from your door.",
            "- Pedal Doctor: we fix bikes while you wait.\n- Pedal Doctor: we collect from your door.",
        ),
        (
            "Can you do a slogan for Sunny Side Cafe? We serve breakfast all day and we have outdoor seating.",
            "- Sunny Side Cafe: we serve breakfast all day, outdoor seating.",
        ),
        (
            "Slogan for Green Thumb Gardening? We mow lawns and we trim hedges.",
            "- Green Thumb Gardening: we mow lawns, we trim hedges.",
        ),
    ],
)
async def test_a_named_business_and_what_it_does_make_short_lines(request_text: str, lines: str) -> None:
    assert await drafted(request_text) == lines


@pytest.mark.parametrize(
    "request_text",
    [
        "Slogan for my shop? We sell free-range eggs and fresh veg and we're open every day.",
        "A tagline for Harbour Yoga? We run classes on the beach at sunrise and the first session is free.",
    ],
)
async def test_no_name_or_a_fact_too_long_for_a_line_is_declined(request_text: str) -> None:
    assert "A slogan is a short line" in await declined_by_writer(request_text)
