"""Round 45: "prepare" a text is the writer's verb; a question about now typed without its mark ("will it rain in
lagos tomorrow") is looked up; a choice about spending a sum is weighed in sums. Near-misses: a summary to prepare
stays the summarizer's, an order no agent does stays unclaimed, spending a weekend is no sum."""

from __future__ import annotations

import pytest

from patterns import RankingDecider
from patterns.deciding import unclaimed_action
from tests.patterns.routed import routed_handed
from tests.patterns.test_routing_users import specialists

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

NOTICE = (
    "From next month, bins will be collected every other week. Food waste will still go every week. Residents "
    "who miss a collection can book a free pick-up online. Garden waste permits rise to 55 pounds a year."
)


@pytest.mark.parametrize(
    "text",
    [
        "Please prepare 4 bullet points for the AGM: membership up to 212, new nets bought, fees unchanged.",
        "Prepare a short notice for the staff room: the boiler is off on Monday and the canteen closes at 2.",
        "prepare me a few lines for the newsletter: new coach starts Monday, training moves to 6pm",
    ],
)
def test_a_text_to_prepare_is_the_writers(decider: RankingDecider, text: str) -> None:
    assert unclaimed_action(text, specialists()) is None
    assert routed_handed(decider, text) == "writer"


def test_a_summary_to_prepare_is_still_the_summarizers_and_an_order_still_unclaimed(decider: RankingDecider) -> None:
    assert routed_handed(decider, f"Prepare a summary of this notice: {NOTICE}") == "summarizer"
    assert routed_handed(
        decider, f"Kindly prepare a brief summary of the following notice for the lobby: {NOTICE}"
    ) == ("summarizer")
    assert unclaimed_action("Order me a large pizza for 7pm", specialists()) == "order"


@pytest.mark.parametrize(
    "text",
    [
        "will it rain in lagos tomorrow",
        "is it going to rain in cork tomorrow",
        "will it snow in leeds tomorrow",
    ],
)
def test_a_question_about_now_typed_without_its_mark_is_looked_up(decider: RankingDecider, text: str) -> None:
    assert routed_handed(decider, text) == "researcher"


@pytest.mark.parametrize(
    "text",
    [
        "is it worth spending 300 on a faster motor or should we just get more batteries",
        "Is it worth spending £1,200 on a new boiler or should I keep repairing the old one?",
        "should we spend 500 on a new sign or put it into ads?",
    ],
)
def test_a_choice_about_spending_a_sum_is_weighed_in_sums(decider: RankingDecider, text: str) -> None:
    assert routed_handed(decider, text) == "calculator"


def test_spending_time_is_no_sum(decider: RankingDecider) -> None:
    assert routed_handed(decider, "Should I spend the weekend in Paris or Rome?") != "calculator"
