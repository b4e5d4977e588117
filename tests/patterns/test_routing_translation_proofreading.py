"""Translating and proofreading a given text are the writer's to do (with a model) or to decline (offline, or with
no text): the router no longer declines them itself as an action no agent declares, nor sends them elsewhere."""

import pytest

from patterns import RankingDecider
from patterns.deciding import unclaimed_action
from tests.patterns.test_routing_users import specialists


@pytest.mark.parametrize(
    "request_text",
    [
        "Can you translate this into Spanish: Our shop will be closed on Monday for stocktaking.",
        "Please translate this note into French: The lift is out of order until Friday.",
        "Proofread my essay please, I've got to submit it tonight!",
        "Could you proofread my cover letter before I send it?",
    ],
)
def test_a_translation_or_a_proofread_goes_to_the_writer(decider: RankingDecider, request_text: str) -> None:
    assert unclaimed_action(request_text, specialists()) is None
    assert decider.rank_now(request_text, specialists())[0].worker == "writer"


def test_an_action_no_agent_declares_is_still_unclaimed() -> None:
    assert unclaimed_action("Order me a pizza for tonight", specialists()) == "order"


def test_a_summary_then_translated_is_still_summarized_first(decider: RankingDecider) -> None:
    text = "Summarize this, then translate the summary into German: The meeting moved to Friday. Bring laptops."
    assert decider.rank_now(text, specialists())[0].worker == "summarizer"
