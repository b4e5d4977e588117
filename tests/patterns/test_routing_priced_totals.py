"""Figures with prices or units and a closing ask for their sum ("Total please!", "Is that £579?", "Find x: ...")
go to the calculator, whatever the label before them says ("order", "quote", "invoice")."""

from patterns import RankingDecider
from patterns.asked_sums import sum_asked
from patterns.deciding import unclaimed_action
from tests.patterns.test_routing_users import specialists


def test_a_priced_order_with_a_bare_total_ask_goes_to_the_calculator(decider: RankingDecider) -> None:
    request = "Playroom order: 3 bean bags at £52.99 and 5 floor cushions at £9.50. Total please!"
    assert sum_asked(request) is not None
    assert decider.rank_now(request, specialists())[0].worker == "calculator"


def test_an_order_opening_with_a_verb_no_one_declares_is_no_unclaimed_action() -> None:
    request = "Paint order: 6 tins at £32.99, 2 rollers at £7.50 and a tray at £4. Total please."
    assert unclaimed_action(request, specialists()) is None
    # an order asked of us as well as its sum is still an action no one here takes
    assert unclaimed_action("Order 6 pizzas at £12 each for delivery. How much?", specialists()) == "order"


def test_figures_then_is_that_a_figure_is_a_sum_and_an_equation_is_solved(decider: RankingDecider) -> None:
    for request in (
        "Kitchen worktop quote: 4.2 m at £95 per metre plus £180 fitting. Is that £579?",
        "Find x: 7x - 4 = 3x + 16",
    ):
        assert decider.rank_now(request, specialists())[0].worker == "calculator"


def test_a_total_asked_of_a_text_to_write_stays_with_the_writer() -> None:
    assert sum_asked("Write an email to the client: 3 hours at £40 and £25 travel. Total please.") is None
