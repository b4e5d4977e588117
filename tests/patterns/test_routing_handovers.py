"""Routing of an ask whose text is handed over in the next sentence ("Can you summarise it? Here it is: ..."): the
text is the ask's material, so the request is one part for the agent the ask names, not an ask without a text and
a text without an ask."""

import pytest

from patterns import RankingDecider
from patterns.handed_material import request_parts
from tests.patterns.routed import routed_handed

NOTICE = (
    "The lift will be out of service from 3 to 7 June. Residents on upper floors can ask for help with shopping. "
    "The stairs will be lit at night. Engineers will work from 8am to 6pm."
)


@pytest.mark.parametrize(
    ("request_text", "agent"),
    [
        (f"Can you sum this up for the residents? Here goes: {NOTICE}", "summarizer"),
        (f"Could you summarise the notice for me? I want to forward it to my dad. Here it is: {NOTICE}", "summarizer"),
        (
            "Could you make it sound friendlier? Here you go: Stop parking on my drive. I call the council next time",
            "writer",
        ),
    ],
)
def test_a_text_handed_over_after_its_ask_is_the_asks(decider: RankingDecider, request_text: str, agent: str) -> None:
    assert len(request_parts(request_text)) == 1
    assert routed_handed(decider, request_text) == agent


def test_a_compound_ask_before_a_handed_over_text_keeps_its_parts() -> None:
    assert len(request_parts(f"Summarise it and then write a tweet from the summary. Here it is: {NOTICE}")) > 1
