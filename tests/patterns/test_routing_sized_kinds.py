"""A text asked for by its name with its length after it ("LinkedIn post in exactly two sentences: <facts>",
"Thank-you note for my neighbour, 50 words max: ...") is still a text to write, the writer's: the length is no
part of the name, and the facts after the colon are what the text says, not a text to shorten."""

import pytest

from patterns import RankingDecider, split_tasks
from patterns.jobs import names_kind_alone
from tests.patterns.test_routing_users import specialists


@pytest.mark.parametrize(
    "request_text",
    [
        "LinkedIn post in exactly two sentences: I've passed my final ACCA exams after three years of evening study.",
        "Short LinkedIn post, two sentences max: I've just finished my nursing degree after four years of night study.",
        "Thank-you note for my neighbour, 50 words max: she watered my plants for the whole fortnight we were away.",
        "Birthday card message (under 30 words): my brother Sam turns 40 on Saturday and loves fishing.",
    ],
)
def test_a_named_text_with_its_length_is_the_writers(decider: RankingDecider, request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1
    assert decider.rank_now(request_text, specialists())[0].worker == "writer"


@pytest.mark.parametrize(
    "phrase",
    ["Summary in two sentences", "Key points in under 50 words", "The report, 200 words max", "My essay in 500 words"],
)
def test_a_length_after_a_name_that_is_no_text_to_write_names_none(phrase: str) -> None:
    assert not names_kind_alone(phrase)


def test_a_summary_asked_with_its_length_is_still_the_summarizers(decider: RankingDecider) -> None:
    request_text = (
        "Summary in two sentences please: The council approved a new cycle lane on King Street. Work starts in May "
        "and takes six weeks. Parking on the street will be suspended while the work is done."
    )
    assert decider.rank_now(request_text, specialists())[0].worker == "summarizer"
