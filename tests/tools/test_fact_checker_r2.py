"""A causal claim is checked whole: "Bulls get angry because of the colour red" says the effect and its cause, so
a note denying the cause ("Bulls are not enraged by the colour red") contradicts it, and a note that only tells
the effect, or names the cause without tying it to the effect, leaves it unverified, never supported."""

from __future__ import annotations

import pytest
from conftest import verdict

from servers.tools.fact_checker.causes import read_cause

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("Is it true that bulls get angry because of the colour red?", "contradicted"),
        ("Bulls get angry because of the color red.", "contradicted"),
        ("Fact-check: the colour red makes bulls angry.", "contradicted"),
        ("Red makes bulls charge. True?", "contradicted"),
        ("Bulls charge because they see red.", "contradicted"),
        ("Is it true that bulls get angry when they see the colour red?", "contradicted"),
        ("Bulls get angry whenever they see red.", "contradicted"),
        ("Sugar makes children hyperactive - is that right?", "contradicted"),
        ("Bulls charge due to the red cape.", "unverified"),
        ("The Titanic sank due to a fire.", "unverified"),
        ("The sky is blue because it reflects the ocean.", "unverified"),
    ],
)
async def test_a_claimed_cause_is_checked_with_its_effect(tmp_path, request_, expected):
    assert await verdict(tmp_path, request_) == expected


@pytest.mark.parametrize(
    "claim",
    ["The moon is made of cheese", "Cats make better pets than dogs", "The Eiffel Tower was finished in 1889"],
)
def test_a_claim_without_a_cause_is_read_as_before(claim):
    assert read_cause(claim) is None
