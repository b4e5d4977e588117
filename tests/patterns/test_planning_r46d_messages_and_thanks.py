"""Three readings of a compound request's parts.

- An order to tell the one a message is for ("tell am ...", "tell 'em ...", or naming them again: "..., tell Emeka
  the amount") after the message is that message's content, not a part of its own; telling someone else, or the
  user ("tell me ..."), stays a part.
- "Could you summarise the letter from the council": the one worker whose verb it is, and that works on texts the
  user gives, reads the letter; the letter is not a text to write.
- Thanks after the last ask ("Ta!", "Cheers!", "Many thanks in advance.", "Gracias amigo!") is no part and no fact
  for the text before it; a closing sentence that asks something more stays.
"""

from __future__ import annotations

import pytest

from patterns import RankingDecider
from patterns.pipeline import stage_instructions
from patterns.sign_offs import signs_off
from tests.patterns.routed import tasks

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Work out 15% of ₦240,000. Then write short message to my partner Emeka, tell am the deposit amount "
            "and say we must pay latest Thursday.",
            "Write short message to my partner Emeka. Tell am the deposit amount and say we must pay latest Thursday",
        ),
        (
            "Work out 10% of 5,000, then write a message to Tunde and tell Tunde the amount is due Friday.",
            "Write a message to Tunde. Tell Tunde the amount is due Friday",
        ),
        (
            "Add up 12 crates at $9 each, then write a text to the lads. Tell 'em the total and that we meet at 6.",
            "Write a text to the lads. Tell 'em the total and that we meet at 6",
        ),
    ],
)
async def test_telling_the_one_a_message_is_for_is_its_content(
    decider: RankingDecider, text: str, message: str
) -> None:
    got = await tasks(decider, text)
    assert [w for w, _, _ in got] == ["calculator", "writer"]
    assert got[1][1] == message and got[1][2] == ("1",)


@pytest.mark.parametrize(
    "text",
    [
        "Write a text to my brother. Tell me what 5% of 300 is.",
        "Write a poem about the sea. Tell Maria who won the 1966 World Cup.",
    ],
)
async def test_telling_someone_else_stays_a_part(decider: RankingDecider, text: str) -> None:
    got = await tasks(decider, text)
    assert len(got) == 2 and got[0][0] == "writer"


@pytest.mark.parametrize(
    "text",
    [
        "Could you summarise the letter from the environmental health officer that came this morning?",
        "Kindly summarise the letter I received from the Ministry about the new registration.",
        "Would you summarize the memo the head office sent round yesterday please",
    ],
)
async def test_summarising_a_letter_is_the_summarizers(decider: RankingDecider, text: str) -> None:
    got = await tasks(decider, f"What's 12.5% of £86.40? And {text[0].lower()}{text[1:]}")
    assert [w for w, _, _ in got] == ["calculator", "summarizer"]


async def test_writing_a_letter_stays_the_writers(decider: RankingDecider) -> None:
    got = await tasks(decider, "What's 12.5% of £86.40? And could you write a letter to the council about the bins?")
    assert [w for w, _, _ in got] == ["calculator", "writer"]


@pytest.mark.parametrize(
    "thanks",
    ["Ta!", "Cheers!", "Many thanks in advance.", "Gracias amigo!", "Thanks a million, love.", "Dziękuję!", "Thx"],
)
async def test_thanks_after_the_last_ask_is_no_part(decider: RankingDecider, thanks: str) -> None:
    asks = "Work out the bill for 40 pasties at £4.25 each, then write a short note to the pub with the total."
    text = f"{asks} {thanks}"
    assert await tasks(decider, text) == [
        ("calculator", "Work out the bill for 40 pasties at £4.25 each", ()),
        ("writer", "Write a short note to the pub with the total", ("1",)),
    ]
    assert stage_instructions(text, 2)[1] == "Write a short note to the pub with the total"


@pytest.mark.parametrize(
    "closing",
    [
        "Thanks, and convert 5 km to miles.",
        "Cheers, 3 of us then.",
        "Thanks for checking the spelling?",
        "Thanks Sam for the cake.",
    ],
)
def test_a_closing_that_says_more_is_no_sign_off(closing: str) -> None:
    assert not signs_off(closing)


@pytest.mark.parametrize(
    "text",
    [
        "Work out 14 hours at CHF 95 an hour, then write a formal note to Mr Keller saying this amount is his total.",
        "What do 40 pasties at £4.25 come to? And write the pub a note that this sum is due on Friday.",
        "Add up £120, £85 and £40. Write a text to Jo telling her this figure is what we owe.",
    ],
)
async def test_a_message_about_this_amount_waits_for_the_sum(decider: RankingDecider, text: str) -> None:
    got = await tasks(decider, text)
    assert [(w, d) for w, _, d in got] == [("calculator", ()), ("writer", ("1",))]


async def test_a_message_with_its_own_figure_waits_for_nothing(decider: RankingDecider) -> None:
    text = "Work out 15% of 80. And write a note to Jo saying this amount: £40 is the deposit."
    got = await tasks(decider, text)
    assert [(w, d) for w, _, d in got] == [("calculator", ()), ("writer", ())]
