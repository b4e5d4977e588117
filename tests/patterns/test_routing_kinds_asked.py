"""Which one of a kind of thing in the world ("Which country produces the most coffee?", "What language do they speak
in the Faroe Islands?") is a fact to look up; a tourist or a buyer who asked is how the question came up, no part of
its own."""

from patterns import RankingDecider, split_tasks
from patterns.world_facts import asks_a_world_fact
from tests.patterns.test_routing_users import specialists


def test_a_kind_asked_is_a_world_fact() -> None:
    assert asks_a_world_fact("Which ocean is Walvis Bay on?")
    assert asks_a_world_fact("What language do they speak in the Faroe Islands?")
    assert not asks_a_world_fact("What language is this function written in?")
    assert not asks_a_world_fact("Which country do I pay the 20% tax to on my £300 order?")


def test_a_kind_asked_goes_to_the_researcher(decider: RankingDecider) -> None:
    for request in (
        "Which country produces the most coffee in the world?",
        "What language do they speak in the Faroe Islands?",
    ):
        assert decider.rank_now(request, specialists())[0].worker == "researcher", request


def test_a_tourist_who_asked_is_no_part_of_its_own() -> None:
    request = "What language do they speak in the Faroe Islands? A tourist asked me if it is just Danish."
    assert [p.text for p in split_tasks(request)] == [request.removesuffix(".")]
