"""Routing a sum asked after a lead-in or a quoted text, and a worked sum asked to be checked: the calculator's,
though the words name an email, a quote or a check ("For a tweet: what's 1.2 million divided by 12?" was drafted
as a tweet; "Check my sums: 1,200 + 875 + 430 = 2,505" was called unverified)."""

import pytest

from patterns import RankingDecider
from patterns.asked_sums import sum_asked
from tests.patterns.test_routing_users import specialists


@pytest.mark.parametrize(
    "request_text",
    [
        "For my email to the team I need to know: what's 3 weeks plus 4 days in days?",
        "The email says: 'Your order of 6 chairs at £45 each has shipped.' How much did I pay?",
        "can you check my maths: 6 hours at £11.44 an hour is £68.64",
    ],
)
def test_a_sum_asked_whatever_it_is_for_is_the_calculators(decider: RankingDecider, request_text: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == "calculator"


@pytest.mark.parametrize(
    "request_text",
    [
        "Is it true that Mount Everest is 8,849 metres tall?",
        "Write a message to the group telling them each person owes £23.50 for the meal.",
        "How long is the Amazon river?",
    ],
)
def test_no_sum_is_read_into_a_claim_a_text_or_a_question_about_the_world(request_text: str) -> None:
    assert sum_asked(request_text) is None
