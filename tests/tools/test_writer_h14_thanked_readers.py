"""A thank-you for someone described through the writer's family and then named ("a thank-you card message for my
daughter's teacher, Mr Lewis, for running the school chess club all year"): greeted by name, thanked for what they
did, as a card when a card is asked; "she" or "her" that may mean the family member is left as said."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "greeting", "thanks"),
    [
        (
            "Thank-you card message for my daughter's teacher, Mr Lewis, for running the school chess club all year.",
            "Dear Mr Lewis,",
            "Thank you for running the school chess club all year.",
        ),
        (
            "Write a thank you card message for our childminder, Mrs Adeyemi, for looking after Leo for three years.",
            "Dear Mrs Adeyemi,",
            "Thank you for looking after Leo for three years.",
        ),
        (
            "Write a thank-you card for my son's coach, Sam, for driving the team to every away match.",
            "Dear Sam,",
            "Thank you for driving the team to every away match.",
        ),
        (
            "Thank-you card for our midwife, Jess, for delivering our twins safely.",
            "Dear Jess,",
            "Thank you for delivering our twins safely.",
        ),
        (
            "Thank-you note for our childminder, Mrs Adeyemi, for looking after Leo for three years.",
            "Mrs Adeyemi,",
            "Thank you for looking after Leo for three years.",
        ),
        (
            "Write a thank-you message for my mum's neighbour, Pat, for feeding the cat while she was in hospital.",
            "Pat,",
            "Thank you for feeding the cat while she was in hospital.",
        ),
    ],
)
async def test_a_reader_described_through_family_is_thanked_by_name(
    request_text: str, greeting: str, thanks: str
) -> None:
    text = await drafted(request_text)
    assert greeting in text and thanks in text, text
    assert "Subject:" not in text or "card" not in request_text.lower()


async def test_her_that_may_mean_the_family_member_is_kept() -> None:
    text = await drafted(
        "Write a thank-you note for my daughter's teacher, Mrs Cole, for helping her with her reading."
    )
    assert "Thank you for helping her with her reading." in text


@pytest.mark.parametrize(
    "request_text",
    [
        "Thank-you card message for my daughter's teacher, Mr Lewis.",
        "Write a post for our shop, Crusty Corner, about the new sourdough.",
    ],
)
async def test_no_deed_or_a_shop_named_is_still_declined(request_text: str) -> None:
    assert "topic" in await declined_by_writer(request_text)
