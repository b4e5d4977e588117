"""A number that counts the pieces of text asked for ("give me three keywords") is no figure to work on: the clause
still works on the text it ends with, while a clause with a sum of its own gives the text up."""

from patterns import split_tasks

TEXT = "The bakery reopens on Saturday. There is a new sourdough range. The first customers get a free loaf."


def test_a_count_of_keywords_keeps_the_text() -> None:
    assert [p.text for p in split_tasks(f"Summarise this and give me three keywords: {TEXT}")] == [
        f"Summarise this: {TEXT}",
        f"Give me three keywords: {TEXT}",
    ]


def test_a_sum_of_its_own_gives_the_text_up() -> None:
    assert [p.text for p in split_tasks(f"Summarise this and also work out 15% of 80: {TEXT}")] == [
        f"Summarise this: {TEXT}",
        "Work out 15% of 80",
    ]
