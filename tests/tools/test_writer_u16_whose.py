"""A card or note to a reader described through someone else ("Mrs Lee, my daughter Amy's teacher"): a "his" or
"her" that could be either person's is declined, not guessed; one whose owner the title and the kin word tell apart
is said to the reader or by the other person's name; and a caption "for our photo" goes under the photo, greeting
no one."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a thank-you card to Mrs Lee, my daughter Amy's teacher, for all her help with her reading.",
        "Write a thank-you note to Mr Shah, my son Jay's coach, for his help with his football.",
        "Write a card to Ms Khan, my sister Zara's tutor, thanking her for her patience with her maths.",
        "write a thank you note to Mr Cole, my dad's carer, for his kindness during his illness",
        "Write a thank-you email to Dr Osei, my husband's doctor, for his care during his operation.",
        "Write a card to Miss Reid, my niece's piano teacher, for her encouragement with her exams.",
    ],
)
async def test_a_his_or_her_that_could_be_either_persons_is_declined(request_text: str) -> None:
    said = await declined_by_writer(request_text)
    assert "I can't tell offline whether" in said or "is a topic, not content" in said


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a thank-you card to my son's teacher, Mrs Lee, for her help this year.",
            "Thank you for your help this year.",
        ),
        (
            "Write a thank-you note to Mr Jones, my daughter's coach, for helping her with her serve.",
            "Thank you for helping my daughter with my daughter's serve.",
        ),
        ("Write a thank-you email to Mr Evans for the letter he wrote.", "Thank you for the letter you wrote."),
    ],
)
async def test_pronouns_whose_owner_is_known_are_said_plainly(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        ("Write a caption for our photo: the team won the cup on Sunday.", "The team won the cup on Sunday."),
        ("Write an Instagram caption for my holiday photo: sunset over Lisbon.", "sunset over Lisbon."),
        ("Write a caption for my photo: we raised £420 for the hospice.", "We raised £420"),
    ],
)
async def test_a_caption_for_a_photo_greets_no_one(request_text: str, said: str) -> None:
    text = await drafted(request_text)
    assert said in text and not text.startswith(("Our:", "Hello", "Hi "))
