"""A question that offers options, then the same question put shortly ("... or the personal loan? Which is the
smarter move?"), is one question: the short one asks for the pick among the options before it, and is no part of
its own; a short question with words of its own ("Which is the oldest river?") still is."""

import pytest

from patterns import split_tasks
from patterns.choices import asks_the_choice_again


@pytest.mark.parametrize(
    "request_text",
    [
        "Should I take the 0% credit card or the personal loan? Which is the smarter move?",
        "Should I pay off my car loan early or put the money into an index fund instead? Which is smarter?",
        "Is it better to rent or buy a flat in Leeds? What would you do?",
        "Train or coach to Glasgow? Which one should I pick?",
        "Do we repaint the fence or replace it this summer? Which makes more sense?",
    ],
)
def test_a_choice_asked_again_is_one_question(request_text: str) -> None:
    (piece,) = split_tasks(request_text)
    assert piece.text == request_text


@pytest.mark.parametrize(
    "request_text",
    [
        "Should I fly or drive to Paris? What is the capital of France?",
        "Is the Nile or the Amazon longer? Which is the oldest river?",
        "Which is better value, 2 L for $3.49 or 1.5 L for $2.79? Which is cheaper per litre?",
    ],
)
def test_a_short_question_with_words_of_its_own_is_a_part(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 2


def test_without_options_before_it_a_short_question_asks_anew() -> None:
    assert not asks_the_choice_again("Which is better?", "What is the best laptop for students?")


@pytest.mark.parametrize(
    "request_text",
    [
        "Is it smarter to pay off my car loan early or put the money in an index fund? Just tell me which.",
        "Should I overpay my mortgage or put the spare money into an index fund? Just tell me which is better.",
        "Should I rent or buy? Tell me which makes more sense.",
        "Bus or train to Leeds? Just let me know which one.",
        "Do we lease the van or buy it outright? Please tell me which is the smarter move.",
        "ok so fixed or tracker mortgage? just tell me which",
    ],
)
def test_the_pick_asked_for_as_an_order_is_one_question(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1


@pytest.mark.parametrize(
    "request_text",
    [
        "Is tea or coffee better for you? Tell me which has more caffeine.",
        "Is the bus or the train cheaper? Just tell me the prices of both.",
    ],
)
def test_an_order_with_words_of_its_own_after_a_choice_is_a_part(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 2
