"""The next of a timetable ("when's the next train to Leeds", "the next bus from Victoria") is counted from now: a
question about the world as it is, the researcher's, however it is asked; and "when's", "where's", "how's" open a
question as "when is" does."""

import pytest

from patterns import RankingDecider
from patterns.forms import question_form
from patterns.live import asks_about_now
from tests.patterns.test_routing_users import specialists


@pytest.mark.parametrize(
    "request_text",
    [
        "when's the next train from Manchester Piccadilly to Leeds",
        "What time is the next bus from Victoria to Brighton?",
        "When is the next ferry to the Isle of Wight",
        "when does the next flight to Dublin leave from Stansted?",
        "where's the nearest open pharmacy right now",
    ],
)
def test_the_next_departure_is_asked_of_the_world(decider: RankingDecider, request_text: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == "researcher"


@pytest.mark.parametrize("question", ["when's the next train", "where's the station", "how's the weather in Rome"])
def test_a_contracted_question_word_opens_a_question(question: str) -> None:
    assert question_form(question) == "open"


@pytest.mark.parametrize(
    ("request_text", "worker"),
    [
        ("Write a notice about the next bus to the airport", "writer"),
        ("What is the next prime after 97?", "calculator"),
    ],
)
def test_a_next_that_is_no_departure_or_that_is_written_about_is_not_live(
    decider: RankingDecider, request_text: str, worker: str
) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == worker


def test_the_next_step_of_a_recipe_is_not_asked_of_now() -> None:
    assert not asks_about_now("What is the next step after boiling the pasta?")
