"""A pull request or a merge request is a change to code: "Can you check my pull request on GitHub?" is the code
reviewer's (it declines without the code), though its words read like a request of any kind to check."""

import pytest

from patterns import RankingDecider
from tests.patterns.test_routing_users import specialists


@pytest.mark.parametrize(
    "request_text",
    [
        "Can you check my pull request on GitHub?",
        "Review my pull request.",
        "Can you review my pull request before standup?",
        "Could you look at my merge request on GitLab?",
        "Any chance you could go over Priya's pull-request today?",
    ],
)
def test_a_pull_request_is_code_to_review(decider: RankingDecider, request_text: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == "code_reviewer"


@pytest.mark.parametrize(
    ("request_text", "worker"),
    [
        ("Write a polite email declining a request to pull out of the charity run", "writer"),
        ("Is it true that GitHub was bought by Microsoft in 2018?", "fact_checker"),
    ],
)
def test_other_requests_and_github_facts_are_not_code(decider: RankingDecider, request_text: str, worker: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == worker
