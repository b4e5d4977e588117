"""A check asked before its claim ("Is this accurate? The Pacific is the largest ocean on Earth.", "is the following
true: the pancreas makes insulin") is read as the claim to look up, as "... - is that right?" is (it was 'nothing
matched ... accurate'); the passage is returned with its source. A claim no note speaks of is still not answered."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Is this accurate? The Pacific is the largest ocean on Earth.", "Pacific Ocean is the largest"),
        ("Is this right? Charlotte Brontë wrote Jane Eyre.", "Charlotte Brontë wrote Jane Eyre"),
        ("is the following true: the pancreas makes insulin", "pancreas"),
        ("Is this correct? Mount Everest is 9,000 metres tall.", "8,848.86 metres"),
        ("Was that accurate? Mercury is the closest planet to the Sun", "Mercury is the planet closest"),
        ("Is this true? The Great Wall of China is visible from space.", "not visible from space"),
    ],
)
async def test_a_check_asked_first_looks_up_its_claim(tmp_path, request_text, expected):
    assert expected in await researched(tmp_path, request_text)


@pytest.mark.parametrize(
    "request_text",
    ["Is this accurate? My neighbour's cat is the fattest in town.", "Is this right? Our bus is always late."],
)
async def test_a_claim_no_note_speaks_of_is_not_answered(tmp_path, request_text):
    result = await call(create_server(tmp_path), "answer", request=request_text)
    assert result.is_error and "Nothing in the knowledge base" in error_text(result)
