"""Round 45: a figure said with a fraction ("365 and a quarter days") is that figure, to that precision, and the
starter notes settle everyday claims on Mount Fuji, the Earth's place among the planets and Japan's islands."""

from __future__ import annotations

import pytest
from conftest import verdict

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Fact check for the quiz: the Earth takes about 365 and a quarter days to go once around the Sun.",
            "supported",
        ),
        ("Is it true that the Earth goes round the Sun once every 365 and a quarter days?", "supported"),
        ("the earth orbits the sun in 365 and a quarter days, right?", "supported"),
        ("The Earth takes 400 and a quarter days to orbit the Sun", "contradicted"),
        ("The Earth takes 365 and a half days to orbit the Sun", "unverified"),  # said to the half day
        ("A guest told me that Mount Fuji is the highest mountain in Japan. Is that correct?", "supported"),
        ("My mate says Mount Fuji is the highest mountain in Japan. True?", "supported"),
        ("Mount Fuji is an extinct volcano", "contradicted"),
        ("Mount Fuji is 4,500 metres high", "contradicted"),
        ("Mount Fuji is the highest mountain in China", "unverified"),
        ("Check whether it is true that the Earth is the third planet from the Sun.", "supported"),
        ("is it true earth is the third planet from the sun", "supported"),
        ("Mars is the third planet from the Sun", "unverified"),
        ("Honshu is the largest island in Japan", "supported"),
    ],
)
async def test_everyday_claims_are_judged(tmp_path, request_text: str, expected: str) -> None:
    assert await verdict(tmp_path, request_text) == expected
