"""Round 39: a handover (the notes one shift leaves the next) is a text, and asking for a text "squashed into something
short" asks for it shortened; near-misses: a question about handover time, and a handover note to write."""

import pytest

from patterns import RankingDecider
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.rounds


@pytest.mark.parametrize(
    ("request_text", "agent"),
    [
        ("Can you squash the night handover into something short for the day staff: Bed 3 slept well. Bed 5 needs a "
         "dressing change at 10. Bed 8 is going home today.", "summarizer"),
        ("Could you squeeze these minutes into something brief for the newsletter: The AGM was held on 3 May. Twelve "
         "members attended. The treasurer reported a surplus.", "summarizer"),
        ("Could you get my handover into a few lines brief enough for the text group: The van is booked. Keys are in "
         "the office. Sam is off on Friday.", "summarizer"),
        ("Write a handover note for the night nurse: bed 4 needs obs at 2am; bed 6 is nil by mouth", "writer"),
    ],
)  # fmt: skip
def test_a_text_squashed_into_something_short_is_summarized(
    decider: RankingDecider, request_text: str, agent: str
) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == agent


def test_a_question_about_handover_hands_no_text(decider: RankingDecider) -> None:
    assert decider.rank_now("What time is handover on the ward?", specialists())[0].worker != "summarizer"
