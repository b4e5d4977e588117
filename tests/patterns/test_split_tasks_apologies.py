"""A word on the message's own length before its parts ("sorry for the essay lol. 1) ... 2) ...") asks nothing:
it is no part of the plan, so no agent is sent it."""

import pytest

from patterns import split_tasks


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("sorry for the essay lol. 1) what's a 15% tip on $64, 2) what's the longest river in the UK", 2),
        ("Sorry for the long message! 1. What's 20% of 90? 2. Who wrote Hamlet? 3. Summarise this: a. b.", 3),
        ("apologies for the wall of text. 1) convert 5 km to miles 2) who painted the Mona Lisa", 2),
        ("soz so many questions lol\n1. what is 12 x 9\n2. what's the capital of Peru", 2),
    ],
)
def test_an_apology_for_the_messages_length_is_no_part(text: str, parts: int):
    pieces = split_tasks(text)
    assert len(pieces) == parts and not any(p.text.lower().startswith(("sorry", "apolog", "soz")) for p in pieces)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry for the mess in the kitchen. Write a note to my flatmates: the bins go out on Monday.",
        "Write an apology to Sam: sorry for the long wait, the parts arrive Friday.",
    ],
)
def test_an_apology_that_is_the_texts_content_stays(text: str):
    assert "sorry" in " ".join(p.text.lower() for p in split_tasks(text))
