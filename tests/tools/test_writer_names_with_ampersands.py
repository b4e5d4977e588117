"""A reader whose name is joined by an ampersand ("the Crown & Anchor", "B&Q", "Marks & Spencer") is greeted by
the whole name; the words after the ampersand never become the subject line."""

from __future__ import annotations

import pytest
from conftest import drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        (
            "Email the Crown & Anchor: their order of 6 firkins of Harbour Gold will be delivered on Wednesday "
            "morning, and the empties need to be ready for collection.",
            "Crown & Anchor",
        ),
        ("Send an email to B&Q about my order 4471: two of the ten fence panels arrived split.", "B&Q"),
    ],
)
async def test_a_name_joined_by_an_ampersand_is_greeted_whole(request_text: str, name: str):
    draft = await drafted(request_text)
    assert f"Hello {name}" in draft
    assert "Subject: &" not in draft
