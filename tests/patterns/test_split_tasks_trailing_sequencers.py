"""A sequencer that ends its sentence ("a sore arm for a day or two afterwards.", "What will I get after that?")
tells when, inside the text or the question; it orders no next part, so the sentence after it is no step that
needs a result."""

import pytest

from patterns import RankingDecider, split_tasks
from tests.patterns.test_routing_users import specialists


@pytest.mark.parametrize(
    "request_text",
    [
        "Could you shorten this patient leaflet into a quick summary? The flu vaccine is offered free to adults over "
        "65. Some people have a sore arm or feel tired for a day or two afterwards. It takes about two weeks for the "
        "vaccine to work. You need to have it every year.",
        "Can you boil this down for me? The gym reopens on Monday after the refit. Members must rebook classes "
        "afterwards. The sauna stays closed until June. Lockers now take a 1 pound coin.",
        "Give me the gist of this notice. The road will close at 8pm. Buses will divert via the ring road after that. "
        "Residents can still drive to their homes. The works last two weeks.",
        "Summarise this letter please. The school trip is on Friday. Pupils return by coach and are collected then. "
        "Packed lunches are needed. The cost is 12 pounds.",
    ],
)
def test_a_sequencer_ending_a_sentence_of_the_text_leaves_the_text_whole(
    decider: RankingDecider, request_text: str
) -> None:
    (piece,) = split_tasks(request_text)
    assert piece.text.endswith(request_text[-30:])
    assert decider.rank_now(request_text, specialists())[0].worker == "summarizer"


def test_a_question_ending_in_after_that_is_one_sum(decider: RankingDecider) -> None:
    request_text = (
        "My pension is £1,840 a month and it goes up by 3.1% in April. What will I get each month after that?"
    )
    (piece,) = split_tasks(request_text)
    assert decider.rank_now(piece.text, specialists())[0].worker == "calculator"


@pytest.mark.parametrize(
    "request_text",
    [
        "Summarize this report, then write a tweet about it: The council approved a new cycle lane on King Street.",
        "Work out 15% of 80 and then double it. After that, write a caption about the result.",
    ],
)
def test_a_sequencer_that_opens_a_part_still_orders_it(request_text: str) -> None:
    pieces = split_tasks(request_text)
    assert len(pieces) >= 2
    assert pieces[-1].needs_previous
