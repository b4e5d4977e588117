"""A question what a thing in the world is, with no figure given ("What is the speed of light?"), is a fact to look
up; the user's own quantity or a formula without its figures stays a sum for the calculator to decline."""

from patterns import RankingDecider
from patterns.world_facts import asks_a_world_fact
from tests.patterns.test_routing_users import specialists


def test_a_world_fact_with_number_words_goes_to_the_researcher(decider: RankingDecider) -> None:
    request = "What is the normal oxygen saturation range for an adult? A patient asked me about it today."
    assert decider.rank_now(request, specialists())[0].worker == "researcher"


def test_a_number_in_a_name_is_no_figure() -> None:
    assert asks_a_world_fact("What is the half-life of carbon-14?")


def test_own_quantities_formulas_and_given_figures_are_no_world_facts() -> None:
    assert not asks_a_world_fact("What's the average of my grades?")
    assert not asks_a_world_fact("What is the area of a circle?")
    assert not asks_a_world_fact("What's the standard VAT rate?", "What's the standard VAT rate? I need it on £240.")
