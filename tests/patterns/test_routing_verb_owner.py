"""The one worker that declares a request's verb acts when it comes near the best match: "Summarize this client
brief for me: ..." goes to the summarizer, though a brief reads like the writer's topic."""

from patterns import RankingDecider
from tests.patterns.test_routing_users import specialists

BRIEF = "The client wants built-in shelving on both sides of the fireplace. Shelves should be oak."


def test_the_sole_owner_of_the_verb_acts_when_it_comes_near(decider: RankingDecider) -> None:
    assert decider.rank_now(f"Summarize this client brief for me: {BRIEF}", specialists())[0].worker == "summarizer"
    assert decider.rank_now("Can you summarize the email my landlord sent me?", specialists())[0].worker == (
        "summarizer"
    )


def test_a_verb_the_best_worker_declares_itself_keeps_it(decider: RankingDecider) -> None:
    assert decider.rank_now("Write a short bio for our new chef, Ana", specialists())[0].worker == "writer"
