"""A second ask after a sum is a part of its own: "..., and is anything wrong with this code?" ("anything" is the
question's subject, not a verb in -ing), "... 11, 13 and can you check this function" (a modal after a list of
figures), and "Summarize this: <text>. And check whether it's true that ..." (a claim to check ends the text)."""

from patterns import split_tasks

CODE = "\n```python\ndef run(cmd):\n    return eval(cmd)\n```"


def texts(request: str) -> list[str]:
    return [p.text for p in split_tasks(request)]


def test_a_question_whose_subject_is_anything_is_asked_apart_from_the_sum_before_it() -> None:
    assert texts(f"Two things pls: what's 12% of 450, and is anything wrong with this code?{CODE}") == [
        "What's 12% of 450",
        f"Is anything wrong with this code?{CODE}",
    ]


def test_a_modal_ask_after_a_list_of_figures_is_a_part_of_its_own() -> None:
    assert texts(f"What's the median of 4, 9, 2, 8, 11, 13 and can you check this function for problems{CODE}") == [
        "What's the median of 4, 9, 2, 8, 11, 13",
        f"Can you check this function for problems{CODE}",
    ]


def test_a_claim_to_check_after_a_text_to_summarize_is_no_part_of_the_text() -> None:
    request = (
        "Summarize this guest feedback: The food was hot. Guests loved the pizza van. And check whether it's true "
        "that the venue got a 5-star hygiene rating this year."
    )
    assert texts(request) == [
        "Summarize this guest feedback: The food was hot. Guests loved the pizza van",
        "Check whether it's true that the venue got a 5-star hygiene rating this year",
    ]
