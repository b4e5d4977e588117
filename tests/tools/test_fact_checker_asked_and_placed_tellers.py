"""A claim passed on with a question put to the asker ("Customer ask me, Chiang Mai is capital city of Thailand, is
correct?") or with where it was said ("In the tea stall they said the Padma and the Ganges are the same river") is
checked without them: the claim after them is what is checked."""

from __future__ import annotations

import pytest

from servers.tools.fact_checker.claims import extract_claims


@pytest.mark.parametrize(
    ("request_text", "claim"),
    [
        ("Customer ask me, Chiang Mai is capital city of Thailand, is correct?", "Chiang Mai is capital city"),
        ("A tourist asked me, Lisbon is the capital of Portugal?", "Lisbon is the capital of Portugal"),
        ("In the tea stall they said the Padma and the Ganges are the same river. Is it true?", "The Padma and"),
        ("At the market people say tomatoes are a fruit. True?", "Tomatoes are a fruit"),
    ],
)
def test_the_claim_is_checked_without_who_passed_it_on(request_text: str, claim: str) -> None:
    (found,) = extract_claims(request_text)
    assert found.text.startswith(claim), found.text
