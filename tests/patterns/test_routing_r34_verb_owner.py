"""Round 34: requests whose verb only one worker declares, in other words and texts; and near misses whose verb the
best worker declares too."""

import pytest

from patterns import RankingDecider
from tests.patterns.test_routing_users import specialists

TEXT = "The client wants built-in shelving on both sides of the fireplace. Shelves should be oak. The budget is tight."


@pytest.mark.parametrize(
    ("request_text", "agent"),
    [
        (f"Summarize this client brief for me: {TEXT}", "summarizer"),
        (f"Please summarize this complaint I received from a tenant: {TEXT}", "summarizer"),
        ("Can you summarize the email my landlord sent me?", "summarizer"),
        (f"Could you summarise this note from my builder: {TEXT}", "summarizer"),
        (f"Condense this brief for the team: {TEXT}", "summarizer"),
        (f"Summarize this job spec: {TEXT}", "summarizer"),
        ("Proofread this: Their going to the park tomorow.", "writer"),
        ("Write a short bio for our new chef, Ana, who trained in Lisbon", "writer"),
        ("Write a summary of our quarter for the newsletter: sales rose 5%", "writer"),
        ("Check this claim: the Eiffel Tower is in Rome", "fact_checker"),
    ],
)
def test_the_verb_says_who_acts(decider: RankingDecider, request_text: str, agent: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == agent
