"""Round 36: a check of the user's own working ("Is my answer right?") takes the statement after it as what to
check, one part; near-misses that ask a job of their own after it stay two parts."""

import pytest

from patterns import split_tasks


@pytest.mark.parametrize(
    "request_text",
    [
        "Is my answer right? A 15% tip on £60 is £9.",
        "Is my maths right? 7 packs of 6 cans is 42 cans",
        "Can you check my maths? 35 x 12 = 420",
        "Are my sums correct? 3 tickets at £14 is £42.",
        "Could you check my working? 20% off £85 leaves £68.",
        "Is our calculation right? 12 boxes of 24 eggs is 288 eggs.",
        "Check my answer please. 15% of 240 is 36.",
    ],
)
def test_the_working_is_the_checks_material(request_text: str) -> None:
    parts = split_tasks(request_text)
    assert len(parts) == 1
    assert "\n\n" in parts[0].text  # the statement is handed over as the material


@pytest.mark.parametrize(
    "request_text",
    [
        "Is my answer right? Also write a poem about cats.",
        "Is my answer right? What is 12 times 8?",
        "Check my maths please. Then email the total to Sam.",
        "What is my answer worth? Write a tweet about my maths exam.",
    ],
)
def test_a_job_after_the_check_is_still_a_part(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 2
