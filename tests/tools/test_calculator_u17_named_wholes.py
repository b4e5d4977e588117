"""A share of a whole the story names, asked by that name ('target was 2.5 lakh rupees ... raised 1.8 lakh. What
percentage of the target is that?' is 72%, which was answered as a 28% decrease); the lakh and crore scale numbers
as a thousand does. What is left, a change, another part, a part larger than the whole, or one of another kind is
declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Our fundraiser target was 2.5 lakh rupees and we've raised 1.8 lakh. What percentage of the target "
            "is that?",
            72,
        ),
        ("I've paid $13,500 off a $45,000 car loan so far. What percentage of the loan is that?", 30),
        ("The target was 250,000 and we've raised 180,000. What percentage of the target is that?", 72),
        ("our target is $5,000 and we've raised $3,600 so far. what percent of the target have we raised?", 72),
        ("My income is $3,200 and rent is $1,100. What percent of my income is rent?", 34.375),
        ("what's 2 lakh + 50 thousand", 250000),
    ],
)
async def test_a_share_of_the_named_whole(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, rel=1e-6)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "our target is $5,000 and we've raised $3,600 so far. what percent of the target is left?",
        "My income is $3,200 and rent is $1,100. What percent of my income is food?",  # another part
        "The budget is £2,000 and we've spent £2,500. What percentage of the budget is that?",  # more than the whole
        "our target is $5,000 and we've raised 3,600 people. what percent of the target is that?",
        "our target is $5,000 and we've raised $3,600. what percent of the total is that?",  # no total named
        "The target was 250,000 and we've raised 180,000 and 20,000. What percentage of the target is that?",
    ],
)
async def test_a_share_that_is_not_of_the_named_whole_is_declined(request_text: str):
    await refused(request_text)
