"""A count said before "bullet" sizes the list whatever noun follows: "a 3-bullet handover note" is three bullets."""

from __future__ import annotations

import re

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


async def test_a_three_bullet_handover_note_is_three_bullets() -> None:
    text = await drafted(
        "Write a 3-bullet handover note for the night shift: bed 4 needs obs every 2 hours, pharmacy delivery due at "
        "14:00, bed 9 was discharged"
    )
    assert re.findall(r"^- (.+)$", text, re.M) == [
        "Bed 4 needs obs every 2 hours.",
        "Pharmacy delivery due at 14:00.",
        "Bed 9 was discharged.",
    ]


async def test_a_bullet_count_the_points_do_not_make_is_declined() -> None:
    declined = await declined_by_writer(
        "Write a 3-bullet handover note for the night shift: bed 4 needs obs every 2 hours, bed 9 was discharged"
    )
    assert "3 bullet points" in declined
