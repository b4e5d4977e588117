"""Paraphrases of texts that name the reader's kin and then speak of both: the kin's pronouns are kept, the
reader's said to them; "her" before what is given to her ("offer her the role") is "you". Near misses: a kin of no
gender, or of the reader's own gender, leaves later pronouns as written (or the text is declined), and a
possessive "her" stays "your"."""

from __future__ import annotations

import pytest

from tests.tools.conftest import drafted, writer_outcome

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a text to Priya saying her brother dropped off his bike and she can collect it tomorrow",
            "your brother dropped off his bike and you can collect it tomorrow.",
        ),
        (
            "Write an email to Mr Jones asking if his daughter could bring her recorder on Friday",
            "if your daughter could bring her recorder on Friday?",
        ),
        (
            "Write an email to Ben saying we can't give him the keys until Monday",
            "We can't give you the keys until Monday.",
        ),
        (
            "Write an email to Zoe saying we can offer her the role from 1 June",
            "We can offer you the role from 1 June.",
        ),
        (
            "Write a message to Kim saying we'll send her a copy of the contract",
            "We'll send you a copy of the contract.",
        ),
        ("Write a message to Luca saying I'll pick him up from Gatwick at 6", "I'll pick you up from Gatwick at 6."),
        ("Write an email to Dana saying her share is £90", "Your share is £90."),
    ],
)
async def test_each_pronoun_is_its_own_persons(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        ("Write a message to Sam that his dad rang and he should call her back tonight", "he should call her back"),
        ("Write a note to Anna that her husband called and said he will be late", "he will be late"),
        ("Write an email to Mrs Patel saying her son's report is ready and he did very well", "he did very well"),
        ("Write a message to Chris that his partner called and she is running late", "she is running late"),
    ],
)
async def test_a_kin_whose_pronouns_may_be_the_readers_is_never_made_you(request_text: str, kept: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status != "completed" or kept in (outcome.text or "")


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write an email to the parents asking them not to send children with nuts in their lunch",
            "Please don't send children with nuts in their lunch.",
        ),
        (
            "Write an email to the coaches asking them to make sure players bring their boots",
            "make sure players bring their boots?",
        ),
        ("Write an email to parents asking them to label their children's coats", "label your children's coats?"),
        ("Write an email to guests asking them to keep their children off the balcony", "keep your children off"),
        ("Write an email to the team asking them to bring their laptops on Friday", "bring your laptops on Friday?"),
    ],
)
async def test_their_after_other_people_is_theirs(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)
