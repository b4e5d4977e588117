"""What the planner keeps together: the second stretch of a working day said with "then again from ...", a short
remark with its subject left out ("Got work outside.") after the question it explains, and what to say on
a call ("Phone the supplier and tell her ..."); a message to write after the call is still a part of its own.
And "Will it rain ... on Saturday?" asks whether something will hold, a question about the world."""

from __future__ import annotations

import pytest

from patterns import RankingDecider, Request
from patterns.clauses import split_tasks
from patterns.planning import ClausePlanner
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.anyio


def texts(request: str) -> list[str]:
    return [p.text for p in split_tasks(request)]


async def test_a_second_stretch_of_work_stays_with_its_sum(decider: RankingDecider) -> None:
    text = (
        "On Monday I dug the garden from 8:15 until 11:45, then we had soup, then again from 13:10 until 16:40. "
        "How many hours and minutes did I work in all?"
    )
    assert texts(text) == [text]
    plan = await ClausePlanner(decider).plan(Request(text), specialists())
    assert [t.worker for t in plan.tasks] == ["calculator"]


def test_a_remark_with_its_subject_left_out_stays_with_its_question() -> None:
    parts = texts("Will it be windy in Wellington on Friday? Got work outside. And what is 12 chairs at $9 each?")
    assert len(parts) == 2
    assert parts[0].endswith("Got work outside")


def test_what_to_say_on_a_call_is_no_part_of_its_own() -> None:
    assert texts("Phone the supplier in Lagos and tell her the fabric arrived damaged.") == [
        "Phone the supplier in Lagos and tell her the fabric arrived damaged"
    ]
    assert len(texts("Ring my brother and tell him the car is ready, and what is 20% of 350?")) == 2


def test_a_message_to_write_after_a_call_is_still_asked() -> None:
    parts = texts("Call the plumber about the leak, then write a note to the tenants saying the water is off today.")
    assert len(parts) == 2


async def test_whether_it_will_rain_on_a_day_is_asked_of_the_world(decider: RankingDecider) -> None:
    plan = await ClausePlanner(decider).plan(Request("Will it rain in Oslo on Saturday?"), specialists())
    assert [t.worker for t in plan.tasks] == ["researcher"]
    plan = await ClausePlanner(decider).plan(Request("Will you write me a poem about rain?"), specialists())
    assert [t.worker for t in plan.tasks] == ["writer"]


async def test_same_time_announces_and_a_place_on_a_scale_is_looked_up(decider: RankingDecider) -> None:
    text = "Same time. Which mineral is number 10 on the Mohs hardness scale? And what is 18 chairs at $45 each?"
    assert texts(text)[0] == "Which mineral is number 10 on the Mohs hardness scale?"
    plan = await ClausePlanner(decider).plan(Request(text), specialists())
    assert [t.worker for t in plan.tasks] == ["researcher", "calculator"]


async def test_a_sum_headed_by_what_it_comes_to_is_the_calculators(decider: RankingDecider) -> None:
    text = (
        "Figure the export price: 30 boxes of 25 mangoes at $0.80 per mango. Then write a short email to the buyer "
        "in Doha with the total."
    )
    plan = await ClausePlanner(decider).plan(Request(text), specialists())
    assert [t.worker for t in plan.tasks] == ["calculator", "writer"]


def test_an_ordered_count_of_questions_announces_them_but_a_topic_is_kept() -> None:
    assert texts("Kindly answer two things: what is 18% of 4,500? And which river flows through Cairo?") == [
        "What is 18% of 4,500?",
        "Which river flows through Cairo?",
    ]
    assert len(texts("Tell me two things about Lisbon: its population and its river.")) == 1


def test_the_points_of_an_advertisement_are_its_material() -> None:
    parts = texts(
        "Write a small advertisement for the local paper, maximum 40 words. Handmade oak chairs, 95 euro each, "
        "orders from 4 chairs, phone 0871 234 567."
    )
    assert len(parts) == 1 and "oak chairs" in parts[0]


def test_a_remark_before_a_question_announced_with_and_stays_with_the_first() -> None:
    parts = texts("Is it true that coffee stunts growth? My mother says no coffee for the kids. And what is 8 x 12?")
    assert parts == ["Is it true that coffee stunts growth? My mother says no coffee for the kids", "What is 8 x 12?"]
