"""Round 36: lists of things parted by semicolons, with figures listed inside an item, in other leads, counts and
kinds of item; "then also" after colon material in other words; and near-misses: semicolons that do not come to
the count, commas alone, a text's facts parted by semicolons, and "then" on the result before."""

import pytest

from patterns import split_tasks


def texts(request: str) -> list[str]:
    return [p.text for p in split_tasks(request)]


@pytest.mark.parametrize(
    ("request_text", "first"),
    [
        (
            "I need three things: the average of 14, 18, 22 and 30; a review of this code ```python\nimport sys\n```; "
            "and a one-line announcement that the office is closed on Monday 26 May.",
            "What is the average of 14, 18, 22 and 30?",
        ),
        (
            "Can you do three things for me: work out the mean of 4, 8, 15 and 16; check whether Everest is the "
            "tallest mountain; and write a tweet about our bake sale on Saturday.",
            "Work out the mean of 4, 8, 15 and 16",
        ),
        (
            "Three quick questions: the median of 3, 9, 4, 7 and 5; the capital of Canada; and who painted the Mona "
            "Lisa?",
            "What is the median of 3, 9, 4, 7 and 5?",
        ),
        (
            "I've got two things: the total of $1,200, $850 and $430; and a short email to Priya saying the budget "
            "is approved.",
            "What is the total of $1,200, $850 and $430?",
        ),
        (
            "Four things: the sum of 2, 4 and 6; 12 times 9; the capital of Peru; and a haiku about rain.",
            "What is the sum of 2, 4 and 6?",
        ),
        (
            "Two jobs: add up €12.50, €8 and €3.20; then write a note to Sam telling him the total.",
            "Add up €12.50, €8 and €3.20",
        ),
        (
            "Two things please: the mean of 3, 7, 9 and 11; and who wrote Hamlet.",
            "What is the mean of 3, 7, 9 and 11?",
        ),
    ],
)
def test_an_item_parted_by_semicolons_keeps_its_commas(request_text: str, first: str) -> None:
    pieces = texts(request_text)
    assert pieces[0] == first
    assert len(pieces) == len(request_text.split("; "))


@pytest.mark.parametrize(
    "request_text",
    [
        "Check this claim: the Moon is about 38,000 km from the Earth. Then also tell me what 15% of 480 is.",
        "Check this claim: the Moon is about 38,000 km from the Earth. Then also work out 15% of 480.",
        "Fact-check this: Everest is 8,849 m tall. Then also tell me what 12 times 7 is.",
        "Summarize this: The meeting moved to Tuesday. Bring your laptop. Then also tell me what 15% of 480 is.",
        "Is this true: bats are blind. And then also, what's 20% of £65?",
        "Check this claim: the Great Wall is visible from space. Then also convert 26 miles to km.",
    ],
)
def test_a_part_opened_by_then_also_after_material_is_a_job_of_its_own(request_text: str) -> None:
    pieces = split_tasks(request_text)
    assert len(pieces) == 2 and not pieces[1].needs_previous


@pytest.mark.parametrize(
    ("request_text", "parts"),
    [
        ("Three things: 12% of 80, 15% of 60, and 7 times 9.", 3),  # commas alone still part the items
        ("Write a note: the car park shuts at 6; bring a coat; and lunch is provided.", 1),  # a text's facts
        ("Two things: what is 9 squared; name a rhyme for orange", 2),
    ],
)
def test_other_lists_are_read_as_before(request_text: str, parts: int) -> None:
    assert len(split_tasks(request_text)) == parts


def test_then_also_on_the_result_before_still_uses_it() -> None:
    pieces = split_tasks("Summarize this: The meeting moved to Tuesday. Bring your laptop. Then also tweet it.")
    assert [p.text for p in pieces][-1] == "Tweet it" and pieces[-1].needs_previous
