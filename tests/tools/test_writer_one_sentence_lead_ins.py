"""A one-sentence text asked shorter loses a lead-in closed by a comma; with nothing to cut it is said to be one
sentence already."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


async def test_a_lead_in_closed_by_a_comma_is_cut() -> None:
    text = await drafted(
        "Shorten this to one sentence: We wanted to let you know that, because of ongoing roadworks on Station Road, "
        "the number 12 bus will not stop outside the library until the end of the month, and will use the temporary "
        "stop by the church instead.",
        "rewrite",
    )
    assert text == (
        "Because of ongoing roadworks on Station Road, the number 12 bus will not stop outside the library until the "
        "end of the month, and will use the temporary stop by the church instead."
    )


async def test_one_sentence_with_nothing_to_cut_is_said_to_be_one_already() -> None:
    declined = await declined_by_writer(
        "Shorten this to one sentence: The number 12 bus will not stop outside the library until the end of the "
        "month, and will use the temporary stop by the church instead.",
        "rewrite",
    )
    assert "already one sentence" in declined
