"""A later part that writes to "him" or "her" writes to the one person an earlier part named ("Review this function
from Matteo and then write him a kind note"): each part is read alone, so the name is said in it."""

import pytest

from patterns.recipients import written_to_named


@pytest.mark.parametrize(
    ("text", "earlier", "said"),
    [
        (
            "Write him a kind note saying what he should fix",
            "Review this function from Matteo",
            "Write a kind note to Matteo saying what he should fix",
        ),
        (
            "then write him a kind email explaining what needs fixing.",
            "Please review this code our volunteer Marc wrote for the ticket report",
            "then write a kind email to Marc explaining what needs fixing.",
        ),
        ("write her a short thank-you message", "Check Ana's script", "write a short thank-you message to Ana"),
        ("Write him a kind note", "Review this function from Matteo and Luca", None),  # not one person
        ("Write him a kind note", "Review this function from Matteo, Luca's friend", None),
        ("Write him a kind note", "Review this function", None),  # no one named
        ("Write a kind note about it", "Review this function from Matteo", None),  # no pronoun to say
        ("Write him a kind note", "Review this function from Monday", None),  # a day, not a person
    ],
)
def test_the_person_written_to_is_the_one_named_before(text: str, earlier: str, said: str | None):
    assert written_to_named(text, earlier) == said


def test_a_pipeline_stage_writes_to_the_person_the_stage_before_named():
    from patterns.pipeline import stage_instructions

    code = "```python\nimport os\n```"
    request = f"Review this function from Matteo and then write him a kind note saying what he should fix:\n{code}"
    review, note = stage_instructions(request, 2)
    assert "Matteo" in review and note == "Write a kind note to Matteo saying what he should fix"
