"""Round 37: texts to write that name an earlier result by what it is, in users' words, each said with the figure
handed on; and near-misses (no result named, two named, an answer that is more than a figure) left as they are."""

import pytest

from patterns.told_results import told_result


@pytest.mark.parametrize(
    ("instruction", "answer", "said"),
    [
        (
            "Write a short email to Sam telling him the total he owes me",
            "£49.50 in total",
            "Write a short email to Sam telling him the total he owes me is £49.50",
        ),
        (
            "Email the class the answer so they can check their homework",
            "x = 9",
            "Email the class saying the answer is x = 9 so they can check their homework",
        ),
        (
            "Write the order email to Kingfisher Seafoods with that amount",
            "6.9 kg",
            "Write the order email to Kingfisher Seafoods saying the amount is 6.9 kg",
        ),
        (
            "Write a note for my books with the net figure",
            "$2,436.00",
            "Write a note for my books saying the net figure is $2,436.00",
        ),
        (
            "Write a handover note for the night midwife with the total",
            "470 ml",
            "Write a handover note for the night midwife saying the total is 470 ml",
        ),
        (
            "Write a one-line set description for the whiteboard with the total distance",
            "2,000 metres",
            "Write a one-line set description for the whiteboard saying the total distance is 2,000 metres",
        ),
        (
            "Write a short email to the client, Mrs Green, telling her the total",
            "£1,005.49",
            "Write a short email to the client, Mrs Green, telling her the total is £1,005.49",
        ),
        ("Text Priya the amount she owes", "€12.50", "Text Priya saying the amount she owes is €12.50"),
        (
            "Write a note for the caretaker with the total number of chairs",
            "216",
            "Write a note for the caretaker saying the total number of chairs is 216",
        ),
        (
            "Send Coach Dave an email with that amount",
            "£245.00",
            "Send Coach Dave an email saying the amount is £245.00",
        ),
        (
            "Draft a message to the club telling them the answer",
            "150",
            "Draft a message to the club telling them the answer is 150",
        ),
    ],
)
def test_a_named_result_is_said_with_its_figure(instruction: str, answer: str, said: str) -> None:
    assert told_result(instruction, answer) == said


@pytest.mark.parametrize(
    ("instruction", "answer"),
    [
        ("Email the total to the finance committee", "£1,596.55"),  # no word hands it on: the writer's own reading
        ("Write an email to the producer asking her to approve that amount", "£364.80"),
        ("Write a note to Sam with the details", "£35.00"),  # not a result's name
        ("Write a note to Sam with the total", "The Moon is 384,400 km away."),  # more than a figure
        ("Write a post with the total and the VAT", "£12.00"),  # one figure cannot say two things
        ("Write a card for Gran with that date", "9 November 1989"),  # two numbers
        ("Send a message to my landlord with the rent increase", "£35.00"),
        # kinds of text a writer does not draft from points are handed the figure as material instead
        ("Write a label instruction stating that quantity", "84 tablets"),
        ("Write a quote for the customer with the cloth price", "£196.00"),
    ],
)
def test_left_as_it_is(instruction: str, answer: str) -> None:
    assert told_result(instruction, answer) is None
