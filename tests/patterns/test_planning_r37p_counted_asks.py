"""Round 37: counts of the pieces of text asked for, in users' words, and clauses whose numbers are figures."""

import pytest

from patterns.counted_asks import counts_what_it_makes


@pytest.mark.parametrize(
    "clause",
    [
        "give me three keywords",
        "Give me 5 keywords",
        "list two possible headlines",
        "pull out four key themes",
        "suggest 3 hashtags",
        "and a couple of bullet points",
        "give me the three main takeaways",
        "write 2 short titles",
    ],
)
def test_a_count_of_what_it_makes(clause: str) -> None:
    assert counts_what_it_makes(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "work out 15% of 80",
        "give me three keywords and 20% of 50",
        "what is 3 times 4",
        "tell me how many words are in 200 lines at 12 words each",
        "give me keywords",  # no number at all
        "add 5 to the total",
    ],
)
def test_not_only_a_count_of_what_it_makes(clause: str) -> None:
    assert not counts_what_it_makes(clause)
