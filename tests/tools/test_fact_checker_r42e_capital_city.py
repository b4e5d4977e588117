"""Round 42: the capital city of a country is its capital, so a note that names the capital decides a claim about
the capital city, whichever words either uses; a claim of another role ("the largest city") is not decided by it."""

from __future__ import annotations

import pytest
from conftest import verdict

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Please verify this statement my nephew wrote in his school homework: "
            "Lagos is the capital city of Nigeria.",
            "contradicted",
        ),
        ("My cousin in Abuja insists Abuja is the capital city of Nigeria", "supported"),
        ("Sydney is the capital city of Australia, right?", "contradicted"),
        ("Is it true that Canberra is the capital city of Australia?", "supported"),
        ("Toronto is the capital city of Canada", "contradicted"),
    ],
)
async def test_the_capital_city_is_the_capital(tmp_path, request_text: str, expected: str) -> None:
    assert await verdict(tmp_path, request_text) == expected


async def test_the_largest_city_is_not_decided_by_the_capital(tmp_path) -> None:
    assert await verdict(tmp_path, "Abuja is the largest city of Nigeria") != "supported"
