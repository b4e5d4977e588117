"""Round 39: a whole figure of three digits or more that is a precise figure with its fraction dropped is the same
figure as commonly quoted ("8,848 metres" for 8,848.86): supported, not contradicted. A figure off by more, or a
small figure whose fraction is a large part of it, is still contradicted."""

from __future__ import annotations

import pytest
from conftest import fact_check, verdict

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

BRIDGE = "The Harbour Span is a suspension bridge. The Harbour Span is 1,280.6 metres long from end to end."
SPRINT = "The hundred-metre record stands at 9.58 seconds, set in Berlin."


@pytest.mark.parametrize(
    "request_text",
    [
        "My brother reckons the Harbour Span is 1,280 metres long. Is that so?",
        "Is it true that the Harbour Span is 1,281 metres long?",
        "The Harbour Span is 1,280.6 metres long, right?",
    ],
)
async def test_a_precise_figure_quoted_whole_supports_the_claim(tmp_path, request_text: str) -> None:
    assert await verdict(tmp_path, request_text, **{"Harbour Span": BRIDGE}) == "supported"


@pytest.mark.parametrize(
    "request_text",
    [
        "My brother reckons the Harbour Span is 1,279 metres long. Is that so?",
        "Is it true that the Harbour Span is 1,200 metres long?",
        "The Harbour Span is 1,290 metres long, right?",
    ],
)
async def test_a_figure_off_by_more_is_contradicted(tmp_path, request_text: str) -> None:
    assert await verdict(tmp_path, request_text, **{"Harbour Span": BRIDGE}) == "contradicted"


async def test_a_small_figure_is_not_its_fraction_dropped(tmp_path) -> None:
    claim = "Someone told me the hundred-metre record stands at 9 seconds. True?"
    assert await verdict(tmp_path, claim, **{"Sprint record": SPRINT}) == "contradicted"


async def test_the_reason_names_the_precise_figure(tmp_path) -> None:
    data = await fact_check(tmp_path, "A friend says Mount Everest is 8,848 metres high. Is she right?")
    assert data["verdict"] == "supported"
    assert "8,848.86" in str(data)
