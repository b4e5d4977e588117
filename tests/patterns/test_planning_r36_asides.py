"""Round 36: a short aside of the user's own after a question (their day, their mood, a sigh) kept with the
question; and near-misses whose sentence holds a claim or a job of its own, which stay parts."""

import pytest

from patterns import split_tasks
from patterns.occasions import tells_how_it_came_up


@pytest.mark.parametrize(
    "request_text",
    [
        "What's the total of 19.99, 4.50 and 12.25? The till broke, typical.",
        "What's 1,250 grams in kilograms? The recipe's American and confusing me",
        "How much is 15% of £80? My calculator's died on me.",
        "What is 240 divided by 6? Long week, honestly.",
        "Who wrote Pride and Prejudice? My brain's gone blank.",
        "What's 3.5% of €12,400? Our spreadsheet crashed, classic.",
        "How many ounces in a pound? I'm baking with my gran's old recipe.",
    ],
)
def test_an_aside_of_the_users_own_stays_with_the_question(request_text: str) -> None:
    assert [p.text for p in split_tasks(request_text)] == [request_text.removesuffix(".")]


@pytest.mark.parametrize(
    "request_text",
    [
        "What's the capital of Australia? The Great Wall is visible from space.",  # may be a claim to check
        "What is 12 times 8? Also I need a poem about cats.",
        "What is 12 times 8? Then check whether the Eiffel Tower is 330 metres tall.",
        "What is 12 times 8? Is it true that the Great Wall is visible from space?",
        "What is 12 times 8? Write me a haiku about my cat.",
        "How far is it to Leeds? Our office moved there, so write a welcome note for the team.",
        "Is the bus or the train cheaper? Just tell me the prices of both.",
        "What's 20% of £50? Ok so now give me 30% of it too.",
    ],
)
def test_a_sentence_with_a_claim_or_job_of_its_own_is_still_a_part(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "I think the Great Wall is visible from space",  # passes on a claim
        "I heard Marlowe wrote Hamlet",
        "My answer was wrong",
        "The Eiffel Tower is in Paris",
        "Please check my sums",
        "I need a summary of it",
        "We were charged 12 pounds, typical",  # a figure
        "I spent the whole afternoon fighting the printer in the office again today",  # long
    ],
)
def test_not_an_aside(sentence: str) -> None:
    assert not tells_how_it_came_up(sentence)
