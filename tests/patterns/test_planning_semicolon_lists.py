"""A list of things parted by semicolons keeps the commas inside each item; a part after a claim opened by "then
also" is a job of its own."""

from patterns import split_tasks


def texts(request: str) -> list[str]:
    return [p.text for p in split_tasks(request)]


def test_numbers_listed_inside_an_item_parted_by_semicolons_stay_whole() -> None:
    request = "Three things: the total of 12, 15 and 19; the capital of Peru; and a short note to Sam saying hi."
    assert texts(request) == [
        "What is the total of 12, 15 and 19?",
        "What is the capital of Peru?",
        "Write a short note to Sam saying hi",
    ]


def test_semicolons_that_come_to_another_count_part_no_list() -> None:
    assert texts("Three things: the sum of 1, 2 and 3; who wrote Hamlet.") == [
        "The sum of 1, 2 and 3",
        "Who wrote Hamlet",
    ]


def test_a_sum_after_a_claim_opened_by_then_also_is_its_own_part() -> None:
    pieces = split_tasks(
        "Check this claim: the Moon is about 38,000 km from the Earth. Then also tell me what 15% of 480 is."
    )
    assert [p.text for p in pieces] == [
        "Check this claim: the Moon is about 38,000 km from the Earth.",
        "Tell me what 15% of 480 is",
    ]
    assert not pieces[1].needs_previous
