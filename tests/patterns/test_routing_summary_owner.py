"""Routing an instruction by its verb when a text is handed over and only one worker offers that verb as its work
on a given text, however far the text's words pull another ("Please summarize this fact sheet: ..." went to the
fact checker, which checked every sentence)."""

import pytest

from patterns import RankingDecider
from tests.patterns.test_routing_users import specialists


@pytest.mark.parametrize(
    "request_text",
    [
        "Please summarize this fact sheet: The Eiffel Tower is 330 metres tall. It was completed in 1889. Around 7 "
        "million people visit each year. It was the tallest structure in the world until 1930.",
        "Summarize these calculations from our meeting: we agreed the budget is £50,000. Staff costs take 60%. The "
        "rest covers rent and equipment. The finance team will recheck the numbers on Monday.",
    ],
)
def test_the_verb_only_the_summarizer_offers_is_the_summarizers(decider: RankingDecider, request_text: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == "summarizer"
