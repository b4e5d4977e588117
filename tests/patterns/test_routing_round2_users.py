"""Round 2 of issue 9: close calls between two specialists, instructions before unmarked material, and relative
clauses that are no tasks of their own, in the words users write them."""

import pytest

from patterns import RankingDecider, split_tasks
from patterns.reading import recast_head, routing_text
from tests.patterns.test_routing_users import specialists

NOTICE = (
    "The town pool will close for repairs from 3 to 17 March. During the closure, swimming lessons move to the "
    "Northside leisure centre. Members will get two weeks added to their membership."
)


@pytest.mark.parametrize(
    ("request_text", "agent"),
    [
        ("Write a short bio for Tomas Novak, a baker from Brno who has run his own shop for 15 years.", "writer"),
        ("Write a recap email for the team about Friday's offsite: we went to the brewery, Lena won.", "writer"),
        ("Make this sentence clearer: The meeting which was planned by the team has been moved to Thursday.", "writer"),
        (f"Can you boil this down to two sentences? {NOTICE}", "summarizer"),
        (f"What are the main takeaways from this notice? {NOTICE}", "summarizer"),
    ],
)
def test_a_close_call_goes_to_the_worker_the_verb_names(decider: RankingDecider, request_text: str, agent: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == agent


def test_a_question_pointing_at_the_text_after_it_is_routed_without_that_text() -> None:
    assert routing_text(f"Can you boil this down to two sentences? {NOTICE}") == (
        "Can you boil this down to two sentences?"
    )
    # a statement first is no instruction: it is read whole
    assert routing_text("This bridge opened in 1890. It is the oldest in town. Everyone crosses it.").startswith(
        "This bridge opened in 1890. It is"
    )


def test_making_a_given_text_some_way_reads_as_rewriting_it() -> None:
    assert recast_head("Please make this email shorter and friendlier") == "Rewrite this email shorter and friendlier"
    assert recast_head("Make me a sandwich") is None


def test_a_relative_clause_after_a_name_stays_with_its_task() -> None:
    request = "Write a welcome note for Amir, who starts on Monday, and work out 15% of 240."
    assert [p.text for p in split_tasks(request)] == [
        "Write a welcome note for Amir, who starts on Monday",
        "Work out 15% of 240",
    ]


def test_a_question_after_a_comma_is_still_a_part_of_its_own() -> None:
    assert [p.text for p in split_tasks("What is 25% of 640, who wrote Hamlet?")] == [
        "What is 25% of 640",
        "Who wrote Hamlet?",
    ]


def test_an_adverb_between_and_and_the_verb_still_starts_a_new_part() -> None:
    request = "Tell me when the Eiffel Tower was finished, and separately work out 15% of 240."
    parts = [p.text for p in split_tasks(request)]
    assert parts == ["Tell me when the Eiffel Tower was finished", "Work out 15% of 240"]
