"""Routes for requests whose first words are no order: a label of the figures after it ("Test scores from my class:
72, 85, 90. What's the mean?") is not the verb "test"; a check named as a label before figures that asks for a
quantity ("Invoice check: 37.5 hours at $62/hr ... What's the total?") is a sum; and a tag asked before the
statement it is about ("Is this accurate? The Pacific is the largest ocean.") asks whether the statement holds."""

import pytest

from patterns import RankingDecider
from patterns.deciding import unclaimed_action
from patterns.headings import labels_figures
from patterns.tags import without_tag_question
from tests.patterns.test_planning_h14 import planned, routed
from tests.patterns.test_routing_users import specialists


@pytest.mark.parametrize(
    "request_text",
    [
        "test results for my year 9 group: 67, 82, 91, 74, 88, 59, 77. whats the mean?",
        "Test scores from the spelling quiz: 12, 15, 9, 18, 14. Can you give me the average?",
        "Order numbers for the week: 12, 15, 18, 22. What is the total?",
        "Sample weights from the batch: 2.5, 2.7, 2.4, 2.6 kg. Average please?",
        "Race times for the relay team: 61, 58, 63, 60 seconds. what's the combined time?",
        "Test marks out of 20: 14, 17, 11, 19. Median?",
    ],
)
def test_a_label_of_the_figures_before_a_question_is_no_order(request_text: str) -> None:
    assert labels_figures(request_text)
    assert unclaimed_action(request_text, specialists()) is None


@pytest.mark.parametrize(
    "request_text",
    [
        "Order me a pizza for 7pm?",
        "Book flights for 3 people: 2 adults and a child?",
        "Test results: 12, 15, 9.",  # figures and no question: what is to be done is not said
        "Order numbers: please sort these for me",
    ],
)
def test_an_order_or_figures_without_a_question_are_not_a_label(request_text: str) -> None:
    assert not labels_figures(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "Invoice check: 37.5 hours at $62/hr, then add 20% VAT on top. What's the total I bill?",
        "Quick check: 12 boxes at £4.50 each plus £6 delivery. What do I pay?",
        "Budget check: rent £950, bills £210, food £300. How much is that altogether?",
        "Sanity check: 3 nights at $120 a night, less 10%. What's the total?",
        "Maths check: 4 tyres at £85 fitted, plus £20 disposal. How much in all?",
        "Double-check: 3 adults at £12 and 2 kids at £7. How much altogether?",
    ],
)
@pytest.mark.anyio
async def test_a_check_named_as_a_label_before_figures_and_a_quantity_asked_is_a_sum(
    decider: RankingDecider, request_text: str
) -> None:
    assert [worker for worker, _, _ in await planned(decider, request_text)] == ["calculator"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Quick check: sound travels faster in air than in water.",
        "Fact check: the Eiffel Tower is 330 m tall. How much is that in feet?",
        "Check: the human heart has four chambers.",
    ],
)
def test_a_check_of_a_claim_stays_the_fact_checkers(decider: RankingDecider, request_text: str) -> None:
    assert routed(decider, request_text) == "fact_checker"


@pytest.mark.parametrize(
    ("request_text", "claim"),
    [
        (
            "Is this accurate? The Pacific is the largest ocean on Earth.",
            "The Pacific is the largest ocean on Earth.",
        ),
        ("Is this right? Bats are blind.", "Bats are blind."),
        ("Is that accurate? Goldfish have a three-second memory.", "Goldfish have a three-second memory."),
        ("Is this correct? Mount Everest is the tallest mountain.", "Mount Everest is the tallest mountain."),
        ("Is it true? Shakespeare was born in 1564.", "Shakespeare was born in 1564."),
        ("Is that really true? Lightning never strikes twice.", "Lightning never strikes twice."),
    ],
)
def test_a_tag_asked_before_a_statement_asks_whether_it_holds(
    decider: RankingDecider, request_text: str, claim: str
) -> None:
    assert without_tag_question(request_text) == claim
    assert routed(decider, request_text) == "fact_checker"


@pytest.mark.parametrize(
    "request_text",
    [
        "Is this right? 12 x 7 = 84",
        "Is this correct?\ndef f(x):\n    return x + 1",
        "Is this right? Is the Pacific the largest ocean?",
    ],
)
def test_a_leading_tag_before_a_sum_code_or_a_question_is_kept(request_text: str) -> None:
    assert without_tag_question(request_text) == request_text.strip()
