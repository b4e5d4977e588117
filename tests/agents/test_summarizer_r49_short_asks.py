""" "Make this announcement from the cooperative short, my reading is slow, 2 or 3 sentences please: <text>" asks for
the text's main sentences, named with where it came from and followed by a remark about the reader; "make it short
and funny" still asks for more than an extract."""

from __future__ import annotations

import pytest

from tests.tools.conftest import offline_outcome

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

NOTICE = (
    "The water board informs residents that the main pipe on Station Road will be replaced from 4 to 8 March. "
    "Water will be cut every day from 9 in the morning to 3 in the afternoon. A tanker will stand at the school "
    "gate for drinking water. Residents are asked to store water the night before."
)


async def test_a_short_version_named_with_its_sender_and_a_remark_is_a_summary():
    outcome = await offline_outcome(
        "summarizer",
        f"Can you make this notice from the water board short, my English reading is slow, 2 sentences please: "
        f"{NOTICE}",
    )
    assert outcome.status == "completed", outcome.text
    assert outcome.text.startswith("The water board informs residents")


async def test_short_and_funny_is_still_more_than_an_extract():
    outcome = await offline_outcome("summarizer", f"Make this notice short and funny: {NOTICE}")
    assert outcome.status != "completed", outcome.text
