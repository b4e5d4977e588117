"""Round 38: a topic and a fact told about it ("about the pitch booking letting them know each player owes £6.40",
"about the minibus hire to say the total comes to €540") are written together; a topic with only a question, an
ask or another topic after it ("telling them how much ...", "telling them to bring ...", "telling them about ...")
is not read as a fact."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

TOLD = [
    (
        "Write an email to my book club about the theatre tickets, telling them each person owes $43.50",
        ["theatre tickets", "each person owes $43.50"],
    ),
    ("Email the team about the Christmas meal saying the deposit is £15 each", ["Christmas meal", "deposit is £15"]),
    (
        "Write a message to the five-a-side group about the pitch booking letting them know each player owes £6.40",
        ["pitch booking", "each player owes £6.40"],
    ),
    (
        "Write a note to the parents about the school trip telling them the cost per child is £22",
        ["school trip", "cost per child is £22"],
    ),
    (
        "Write an email to the committee about the minibus hire to say the total comes to €540",
        ["minibus hire", "total comes to €540"],
    ),
    (
        "Write an email to the choir about the coach to Bath saying that each singer owes €12",
        ["coach to Bath", "each singer owes €12"],
    ),
    (
        "Write an email to the neighbours about the street party and tell them the road closes at 2pm on Saturday",
        ["street party", "road closes at 2pm on Saturday"],
    ),
]


@pytest.mark.parametrize(("request_text", "said"), TOLD)
async def test_the_fact_and_its_topic_are_written(request_text: str, said: list[str]) -> None:
    text = await drafted(request_text)
    assert all(part in text for part in said), text


@pytest.mark.parametrize(
    "request_text",
    [
        "Write an email to the team about the offsite telling them about the agenda",
        "Write an email to the team about the offsite telling them how much the hotel costs",
    ],
)
async def test_no_fact_told_still_declines(request_text: str) -> None:
    assert "topic" in await declined_by_writer(request_text)
