"""Layout: a sentence that only says how the answer before it is laid out ("Give them as bullet points.", "Keep it
to two sentences.") is no job of its own, and the text after it is still what the question before it points at."""

import pytest

from patterns import RankingDecider, split_tasks
from patterns.layout import lays_out_the_answer
from tests.patterns.test_routing_users import specialists

# -- "...? Give them as bullet points. <text>" --------------------------------------------------------------


@pytest.mark.parametrize(
    "request_text",
    [
        "What are the 3 key points of this recall notice? Give them as bullet points. Brightway Foods is recalling "
        "its 400g Chunky Vegetable Soup with a best before date of 12/2026. Some tins may contain small pieces of "
        "plastic. Customers should not eat the product. No other Brightway products are affected.",
        "What are the main points of this memo? List them as bullets. From Monday the office opens at 8am. Parking "
        "permits must be renewed by Friday. The canteen will close for refurbishment in June.",
        "What are the key takeaways from this email? Put them in a numbered list. The project deadline has moved to "
        "14 March. Anna is now leading the design work. Budget requests must go through finance.",
        "What does this notice say? Keep it to two sentences. The pool will close on 3 May for repairs. Swimming "
        "lessons move to the sports hall. Members get a month free.",
        "Summarize this notice. Max 50 words. The pool will close on 3 May for repairs. Swimming lessons move to the "
        "sports hall. Members get a month free.",
    ],
)
def test_a_layout_of_the_answer_keeps_the_text_after_it_with_the_question(
    decider: RankingDecider, request_text: str
) -> None:
    (piece,) = split_tasks(request_text)
    instruction, _, material = piece.text.partition(":\n\n")
    assert piece.instruction == instruction
    assert request_text.startswith(f"{instruction}.")  # the question and its layout, then the whole text
    assert request_text.endswith(material)
    assert len(material) > len(request_text) / 2
    assert decider.rank_now(piece.text, specialists())[0].worker == "summarizer"


@pytest.mark.parametrize(
    "sentence",
    ["Give them as bullet points.", "Keep it to two sentences.", "As a numbered list, please.", "Use bullet points."],
)
def test_a_sentence_that_only_lays_out_the_answer_is_a_layout(sentence: str) -> None:
    assert lays_out_the_answer(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Put them in a table for my manager and email it",
        "Give them to my manager",
        "Give me a list of 5 hotels in Rome",
        "Write a haiku in three lines",
        "List the capitals of Europe",
    ],
)
def test_a_sentence_that_asks_for_more_than_a_layout_is_a_job(sentence: str) -> None:
    assert not lays_out_the_answer(sentence)


def test_a_new_job_after_a_question_on_a_text_is_still_a_part() -> None:
    pieces = split_tasks(
        "What are the main points of this memo? Also, what is 12% of 250? From Monday the office opens at 8am."
    )
    assert len(pieces) >= 2
