"""The evaluator's own loop asked in plain words ("and keep making it better until the reviewer is happy") is no
part of what to write: the generator gets the task and its facts, even when the facts come after the loop."""

import pytest

from patterns.evaluator import without_loop_instruction


@pytest.mark.parametrize(
    ("request_text", "task"),
    [
        (
            "write a short notice for the clubhouse board asking members to pay fees by 30 april, and keep making it "
            "better until the reviewer is happy. fees are $85 seniors and $40 juniors",
            "write a short notice for the clubhouse board asking members to pay fees by 30 april. fees are $85 "
            "seniors and $40 juniors",
        ),
        ("Write a slogan for my bakery and keep making it better until it is catchy", "Write a slogan for my bakery"),
    ],
)
def test_the_loop_is_taken_out_of_the_task(request_text: str, task: str) -> None:
    assert without_loop_instruction(request_text).rstrip(".") == task


def test_making_it_better_as_the_task_itself_stays() -> None:
    text = "Rewrite this paragraph making it better for children: The volcano erupted in 1883."
    assert without_loop_instruction(text) == text
