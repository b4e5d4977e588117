"""Summary requests that say where the text came from ("my neighbour sent me this, sum it up", "notes from my call
with the plumber", "what's it actually saying", "what do they want?") are summarized; requests for the actions
("the action points only", "the to-dos from the meeting", "next steps") get the sentences that say who will do what,
and a text that records no action is declined rather than summarized in their place.
"""

from __future__ import annotations

import pytest

from servers.tools.summarizer import create_server
from servers.tools.summarizer.actions import action_sentences, asks_for_actions
from tests.tools.conftest import call_as_asked, error_text

pytestmark = pytest.mark.anyio

CLUB = (
    "The allotment society meets again on the first Sunday of April. Plot rents rise to forty pounds a year from "
    "May. The water troughs will be switched on once the frosts are over. New members are asked to bring proof "
    "of address. The shed roof was repaired over the winter with a grant from the council. The spring plant swap "
    "takes place in the car park."
)
MEETING = (
    "Thanks everyone for coming to the street party meeting. We agreed the party will be on the last Saturday of "
    "June. Priya will apply to the council for the road closure by Friday. Tom is going to ask the bakery about "
    "donating bread. We discussed music and decided against hiring a band. Jo needs to book the bouncy castle "
    "before the end of the month. Everyone liked the idea of a cake competition."
)
NO_ACTIONS = (
    "The street party last summer was a great success. Around two hundred people came along during the "
    "afternoon. The cake competition was won by the family at number twelve. The weather stayed dry until the "
    "evening. Several neighbours met each other for the first time."
)


async def reply(request: str) -> tuple[bool, dict[str, object] | str]:
    result = await call_as_asked(create_server(), "digest", request)
    assert result is not None, "the offline model asked for the text"
    if result.is_error:
        return False, error_text(result)
    assert result.structured_content is not None
    return True, result.structured_content


@pytest.mark.parametrize(
    "request_text",
    [
        f"My neighbour sent me this wall of text about the allotments, summarise it: {CLUB}",
        f"my brother forwarded me this long message from the society, can you sum it up: {CLUB}",
        f"Could you summarise these notes from my call with the allotment secretary:\n{CLUB}",
        f"Summarize the minutes of our meeting with the committee: {CLUB}",
        f"the society sent this email and its really long, whats it actually saying:\n{CLUB}",
        f"I got this from the committee, what do they want? Summarise please:\n{CLUB}",
        f"Got this from the secretary - what does she want? give me the gist:\n{CLUB}",
    ],
)
async def test_a_text_told_where_it_came_from_is_summarized(request_text: str) -> None:
    answered, result = await reply(request_text)
    assert answered, result
    assert isinstance(result, dict)
    summary = result["summary"]
    assert isinstance(summary, str) and summary and len(summary) < len(CLUB)


@pytest.mark.parametrize(
    ("request_text", "why"),
    [
        (f"My neighbour sent me this, summarise it focusing on the costs: {CLUB}", "one side"),
        (
            f"Could you summarise these notes from my call with the secretary in plain English for my gran:\n{CLUB}",
            "new words",
        ),
        (f"I got this from the committee, what do they want me to pay for the shed? Summarise please:\n{CLUB}", "pay"),
        (f"summarise this email from the society in chronological order: {CLUB}", "chronological"),
    ],
)
async def test_a_further_ask_beside_where_it_came_from_is_still_declined(request_text: str, why: str) -> None:
    answered, result = await reply(request_text)
    assert not answered, result


@pytest.mark.parametrize(
    "request_text",
    [
        f"summarise the action points only:\n{MEETING}",
        f"Summarise the actions from today's meeting: {MEETING}",
        f"what are the next steps from this: {MEETING}",
        f"Can you pull out the action items from these notes:\n{MEETING}",
        f"list the to-dos from the street party meeting:\n{MEETING}",
        f"just the actions please:\n{MEETING}",
        f"who's doing what? summarise:\n{MEETING}",
    ],
)
async def test_the_actions_asked_are_the_sentences_saying_who_will_do_what(request_text: str) -> None:
    answered, result = await reply(request_text)
    assert answered, result
    assert isinstance(result, dict)
    points = result["points"]
    assert isinstance(points, list)
    said = " ".join(str(p) for p in points)
    assert "road closure" in said and "bakery" in said and "bouncy castle" in said
    assert "decided against" not in said and "cake competition" not in said


@pytest.mark.parametrize(
    "request_text",
    [
        f"summarise the action points only:\n{NO_ACTIONS}",
        f"what are the next steps from this? {NO_ACTIONS}",
        f"Summarise the action points in plain English for the residents:\n{MEETING}",
        f"summarise the actions in a table: {MEETING}",
    ],
)
async def test_actions_that_are_not_there_or_asked_in_another_form_are_declined(request_text: str) -> None:
    answered, result = await reply(request_text)
    assert not answered, result


@pytest.mark.parametrize(
    ("instruction", "asked"),
    [
        ("summarise the action points only", True),
        ("list the next steps", True),
        ("give me the follow-ups from the call", True),
        ("summarize this article about the legal action", False),
        ("summarize the actions of the police in this report", False),
        ("summarize this", False),
        ("summarise this report on the council's actions", False),
        ("summarize this article about the actions the government took", False),
        ("tl;dr of their actions during the flood", False),
    ],
)
def test_an_ask_for_actions_is_told_from_a_text_about_actions(instruction: str, asked: bool) -> None:
    assert asks_for_actions(instruction) is asked


def test_a_condition_or_a_question_is_not_an_action() -> None:
    text = "If it rains we will move indoors. Will the hall be free? Sam will lock up afterwards."
    assert action_sentences(text) == ["Sam will lock up afterwards."]


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("Sam to send the slides round.", True),
        ("Please bring a packed lunch.", True),
        ("The bins will be collected on Thursdays.", True),
        ("Ana has agreed to chair the next meeting.", True),
        ("The printers will be out of use all day.", False),
        ("The job will take about ten weeks.", False),
        ("We decided to wait until spring.", False),
        ("The party will be on the last Saturday of June.", False),
    ],
)
def test_an_action_is_what_someone_will_do_not_what_a_thing_will_be(sentence: str, action: bool) -> None:
    assert bool(action_sentences(sentence)) is action
