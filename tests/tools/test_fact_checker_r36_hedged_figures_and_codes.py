"""Round 36: distances said with hedges or intensifiers ("only about", "just", "merely", "well over") are compared
with the notes' figures like any other; numbered codes are decided by the group the notes put them in, and a
meaning the notes do not place, or a code of a field they do not cover, stays unverified."""

from __future__ import annotations

import pytest
from conftest import fact_check

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("Is this right? The Moon is only about 38,000 km from the Earth.", "contradicted"),
        ("Is it true that the Moon is just 38,000 km from Earth?", "contradicted"),
        ("My son says the Earth is only about 15 million km from the Sun.", "contradicted"),
        ("Someone claimed the Sun is merely 1 million miles from the Earth.", "contradicted"),
        ("Is the Moon really only around 38,000 kilometres away from the Earth?", "contradicted"),
        ("Fact check: the Moon is roughly 384,000 km from the Earth.", "supported"),
        ("Check this: the Earth is well over 140 million km from the Sun.", "supported"),
        ("Is this right? Mars is only about 50 million km from the Sun.", "unverified"),
    ],
)
async def test_a_hedged_distance_is_compared(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("A user told me that HTTP status 404 means the server crashed. Is that true?", "contradicted"),
        ("Is it true that a 404 error means the server is down?", "contradicted"),
        ("Fact check: a 404 status code means the website's server has crashed.", "contradicted"),
        ("Is it true that error 404 means the server is overloaded?", "contradicted"),
        ("My colleague says HTTP 500 means the page was not found. Is that right?", "contradicted"),
        ("Fact check: HTTP 404 means the page was not found.", "supported"),
        ("Is it true that HTTP status 500 means a server error?", "supported"),
        ("Is it true that HTTP 200 means the request failed?", "unverified"),
        ("Is it true that SMTP 550 means the mailbox is full?", "unverified"),
    ],
)
async def test_a_code_is_decided_by_its_group(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]
