"""Round 37: texts pointed at and given without a colon, in users' words; and parts left as they are."""

import pytest

from patterns.pointed_texts import with_pointed_text


@pytest.mark.parametrize(
    ("part", "said"),
    [
        (
            "Make this sound friendlier. you lot need to clean the kitchen",
            "Make this sound friendlier: you lot need to clean the kitchen",
        ),
        (
            "Can you make this more polite. stop parking in my space",
            "Can you make this more polite: stop parking in my space",
        ),
        ("Please rephrase this nicely. ur late again mate", "Please rephrase this nicely: ur late again mate"),
        ("Tidy up this for the parents! no phones in class ok", "Tidy up this for the parents: no phones in class ok"),
        (
            'Summarise this "Bins go out Tuesday. Recycling is fortnightly."',
            'Summarise this: "Bins go out Tuesday. Recycling is fortnightly."',
        ),
        ("Translate the following “Bonjour à tous”", "Translate the following: “Bonjour à tous”"),
        (
            'Give me the key points of these "Sales rose. Costs fell."',
            'Give me the key points of these: "Sales rose. Costs fell."',
        ),
    ],
)
def test_the_text_is_handed_over_after_a_colon(part: str, said: str) -> None:
    assert with_pointed_text(part) == said


@pytest.mark.parametrize(
    "part",
    [
        "Make this shorter. The meeting is at 3.",  # a new sentence of the user's own
        'Summarise this: "A. B."',  # its colon already there
        "Check this. it is fine",  # no order to rework it
        "Rewrite the intro. it drags",  # not "this"
        "What is 12 times 8?",
    ],
)
def test_left_as_it_is(part: str) -> None:
    assert with_pointed_text(part) == part
