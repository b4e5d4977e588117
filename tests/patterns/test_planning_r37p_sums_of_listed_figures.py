"""Round 37: sums of figures the part lists, in users' words; and near-misses that add to a place or summarise."""

import pytest

from patterns.sums import sums_its_own_figures, with_listed_figures


@pytest.mark.parametrize(
    "clause",
    [
        "Add up these fluid intakes, 120 ml, 90 ml, 150 ml and 110 ml",
        "Could you total up these receipts - $14.20, $8.75, $23.10",
        "Total these parcel weights, 4.2 kg, 3.9 kg and 4.5 kg",
        "Sum these distances, 5.2 km, 3.8 km and 7 km",
        "Add up tonight's card payments, £23.50, £41.00, £18.75 and £36.25",
        "Please add up the scores in this: 3, 4, 5",
        "Work out the average of these lap times, 61.2, 59.8 and 60.4",
        "Tally these votes, 112, 87 and 45",
    ],
)
def test_a_sum_of_its_own_figures(clause: str) -> None:
    assert sums_its_own_figures(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "Add these items to the shopping list: 2 eggs, 3 apples, 4 pears",
        "Add these points to the minutes: 1. budget 2. rota 3. AOB",
        "Summarise these figures: 120, 90, 150",
        "Add 2 eggs to the mix",
        "Add up these invoices",  # no figures of its own
        "Count the words in this: 1, 2, 3",  # counting words, not figures
        "Sum this up: The troughs close on 1 November. Sheds are cleared by 31 October. Subs rise to £35.",
        "Could you sum it all up: 1, 2, 3",  # "sum up" asks for a summary
        "Add up the sales. Monday was 120, Tuesday 90 and Wednesday 150.",  # its figures in a later sentence
    ],
)
def test_not_a_sum_of_its_own_figures(clause: str) -> None:
    assert not sums_its_own_figures(clause)


@pytest.mark.parametrize(
    ("clause", "said"),
    [
        (
            "Add up these fluid intakes, 120 ml, 90 ml and 110 ml",
            "Add up these fluid intakes: 120 ml, 90 ml and 110 ml",
        ),
        ("Sum these distances, 5.2 km, 3.8 km and 7 km", "Sum these distances: 5.2 km, 3.8 km and 7 km"),
        ("Add up these donations: £20, £35 and £40", "Add up these donations: £20, £35 and £40"),
        (
            "Total up 4 inner tubes at €7.99 and a pump at €29 and €5",
            "Total up 4 inner tubes at €7.99 and a pump at €29 and €5",
        ),
    ],
)
def test_listed_figures_are_handed_over_as_a_list(clause: str, said: str) -> None:
    assert with_listed_figures(clause) == said
