"""Round 39: a message asked for, then what to tell its reader ("Tell him ...", "Let them know ...") is one message
for the writer, with that as its content; near-misses: telling the user, a telling set apart, and a telling after
something that is no message stay parts of their own."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from tests.patterns.test_routing_users import specialists

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "written"),
    [
        ("Could you draft a text to Mr Amin about his boiler service? Tell him the engineer is booked for Thursday "
         "at 9am.",
         "Could you draft a text to Mr Amin about his boiler service? Tell him the engineer is booked for Thursday "
         "at 9am"),
        ("Write a short email to the tenants. Let them know the bins go out on Wednesday this week.",
         "Write a short email to the tenants. Let them know the bins go out on Wednesday this week"),
        ("Please write a note for my neighbour Ruth. Remind her the hedge cutters come on Saturday morning.",
         "Write a note for my neighbour Ruth. Remind her the hedge cutters come on Saturday morning"),
    ],
)  # fmt: skip
async def test_what_to_tell_the_reader_is_the_messages_content(
    decider: RankingDecider, request_text: str, written: str
) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [(t.worker, t.text) for t in plan.tasks] == [("writer", written)]


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a note to the plumber. Tell me how much a new boiler costs.",  # the user's own question
        "Draft a text to my landlord. Also, ask him about the deposit.",  # set apart
        "What is 5% of 80? Tell her the answer.",  # no message before it
    ],
)
async def test_a_telling_that_is_no_messages_content_stays_apart(decider: RankingDecider, request_text: str) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert len(plan.tasks) == 2
