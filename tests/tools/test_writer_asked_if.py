"""A question asked of the reader ("text Jess asking if she'd swap my Saturday late for her Wednesday early") is put
to them: "Jess, could you let me know if you'd swap my Saturday late for your Wednesday early?". It was sent with
"she'd" and "her" left as about someone else, or declined for leaving out the name of a reader described as "my
colleague Jess". Many readers asked "if they can ..." are asked "if you can ..."; anyone else named stays as said."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "text to my colleague Jess asking if she'd swap my Saturday late for her Wednesday early",
            "Jess, could you let me know if you'd swap my Saturday late for your Wednesday early?",
        ),
        (
            "Send a text to my neighbour Pat asking if she could feed the cat on Saturday",
            "could you let me know if you could feed the cat on Saturday?",
        ),
        ("Message my brother Tom asking whether he'll be home for Sunday lunch", "whether you'll be home for Sunday"),
        ("Email my manager Claire asking if she's free for a call on Thursday", "if you're free for a call"),
        ("Text my mate Dev asking if he's got my drill", "if you've got my drill?"),
        ("Write a text to the team asking if they can cover Friday", "if you can cover Friday?"),
        (
            "Email the parents asking whether they can send their child in wellies on Friday",
            "whether you can send your child in wellies on Friday?",
        ),
    ],
)
async def test_a_question_is_put_to_its_reader(request_text: str, said: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    assert said in outcome.text
    assert not any(f" {word} " in outcome.text for word in ("she", "he", "she'd", "he'll", "they"))


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        ("Text the team asking if the caterers can come at 5", "if the caterers can come at 5?"),
        ("Text Jess asking if my mum can borrow her ladder", "if my mum can borrow her ladder?"),
    ],
)
async def test_someone_else_named_in_the_question_stays(request_text: str, said: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    assert said in outcome.text
