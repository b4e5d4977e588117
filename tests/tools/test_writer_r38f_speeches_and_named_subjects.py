"""Round 38: speeches with nothing to say but when and nerves, declined; speeches and texts with content, written;
the one a reader is known by ("the owner of Pickle", "the family of Mr Hughes") said, or the text declined."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "I need a maid of honour speech, the big day is in two weeks and honestly I'm terrified",
        "Help me write a eulogy for my nan, the funeral is on Thursday. I've never done one.",
        "Write my leaving do speech. It's this Friday and I hate public speaking!",
        "Can you write a retirement toast for Margaret? The do is next Friday and I have no idea what to say.",
        "Could you write my best man speech? The wedding is on Saturday and I'm bricking it",
        "Can you write a toast for my sister's wedding? It's next weekend and I'm so nervous.",
        "Write a speech for my dad's 60th. The party is on Saturday.",
        "Can you write my cover letter? The deadline is Friday and I'm stressed out.",
        "Write a wedding speech for my best mate. The wedding's in August. I've never done a speech before.",
        # the reader's pet never named where the text could say it: declined, not sent without it
        "Text the owner of the Golf: the MOT passed, two tyres were replaced, and it is ready at 3pm.",
    ],
)
async def test_declined(request_text: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status != "completed", outcome.text


@pytest.mark.parametrize(
    ("request_text", "said", "unsaid"),
    [
        (
            "Write a short toast for my brother's wedding: he is marrying Jo, they met at university in Leeds, and "
            "they love hiking.",
            ["Jo", "Leeds"],
            [],
        ),
        (
            "Write a toast for our team dinner on Friday: we hit our sales target, Ana joined in March, and the new "
            "office opens in June.",
            ["Ana", "June"],
            [],
        ),
        (
            "Write a speech for my mum's 70th: she ran the post office for thirty years and she still swims every "
            "morning.",
            ["thirty years", "she ran"],
            ["70th ran"],
        ),
        (
            "Write a retirement speech for Jean: she has worked here for 32 years and she trained every apprentice "
            "we have.",
            ["Jean has worked here for 32 years"],
            [],
        ),
        # a message to someone may tell them just when it is and how the asker feels
        ("Write a text to Sam: I'm nervous about the interview on Monday.", ["nervous", "Monday"], []),
        ("Write a note to the team: the party is on Saturday.", ["The party is on Saturday."], []),
        (
            "Text the owner of Biscuit: he's had his dental, three teeth came out, he's awake and eating, and he can "
            "be collected at 5pm.",
            ["Biscuit", "5pm"],
            [],
        ),
        (
            "Write a text to the owner of Pickle: her bloods came back normal and she can stop the tablets.",
            ["Pickle's bloods"],
            [],
        ),
        (
            "Text the family of Mr Hughes: he has been moved to ward 4 and visiting is from 2pm.",
            ["Mr Hughes has been moved", "2pm"],
            [],
        ),
        (
            "Write a message for the parents of Mia: she was a star in the play and can be collected at 3.15pm.",
            ["Mia", "3.15pm"],
            [],
        ),
        (
            "Text the owner of Poppy: she's out of surgery, the op went well, and she can go home tomorrow after 10am.",
            ["Poppy's out of surgery", "10am"],
            [],
        ),
        (
            "Write a text to the family of Mrs Green: she's settled in well and had a good lunch today.",
            ["Mrs Green's settled in well"],
            [],
        ),
        (
            "Text the owner of Luna to say she's been spayed, she's groggy but fine, and she can be collected after 4.",
            ["Luna's been spayed"],
            [],
        ),
        (
            "Email the owners of Max: his stitches can come out on Monday and he should rest until then.",
            ["Max's stitches", "Monday"],
            [],
        ),
    ],
)
async def test_written(request_text: str, said: list[str], unsaid: list[str]) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    for words in said:
        assert words in outcome.text, outcome.text
    for words in unsaid:
        assert words not in outcome.text, outcome.text
