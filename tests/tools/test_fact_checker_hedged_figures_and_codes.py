"""A hedge or an intensifier before a distance ("only about 38,000 km") is no bar to comparing it with the notes'
figure; and a numbered code's meaning is decided by the group a note puts it in ("4xx a client error (404 Not
Found), and 5xx a server error"): "404 means the server crashed" is contradicted."""

from __future__ import annotations

import pytest
from conftest import fact_check

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


async def test_only_about_a_distance_is_still_compared(tmp_path):
    data = await fact_check(tmp_path, "Is this right? The Moon is only about 38,000 km from the Earth.")
    assert data["verdict"] == "contradicted", data["answer"]


async def test_a_code_put_in_another_group_is_contradicted(tmp_path):
    data = await fact_check(tmp_path, "A user told me that HTTP status 404 means the server crashed. Is that true?")
    assert data["verdict"] == "contradicted", data["answer"]


async def test_a_meaning_the_note_does_not_give_stays_unverified(tmp_path):
    data = await fact_check(tmp_path, "Is it true that HTTP 200 means the request failed?")
    assert data["verdict"] == "unverified", data["answer"]
