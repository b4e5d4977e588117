"""What the user says after a question of how it came up stays with the question: one job, one step."""

from patterns import split_tasks
from patterns.remarks import without_remark


def test_who_asked_the_question_is_no_part_of_its_own() -> None:
    request = "What causes the blue colour of the sky? A workshop student asked me and I mumbled something."
    assert [p.text for p in split_tasks(request)] == [request.removesuffix(".")]


def test_a_habit_under_a_label_is_no_part_of_its_own() -> None:
    request = "What's 15% of £240? Force of habit - I always double-check the till."
    assert len(split_tasks(request)) == 1
    assert without_remark(request) == "What's 15% of £240?"


def test_a_part_set_apart_after_the_occasion_is_still_its_own() -> None:
    pieces = split_tasks("How tall is the Eiffel Tower? My friends asked me. Also, what is 12 times 9?")
    assert [p.text for p in pieces] == ["How tall is the Eiffel Tower? My friends asked me", "What is 12 times 9?"]
