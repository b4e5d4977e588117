"""The answer benchmark's scoring: a single request is judged by the step that answered; phrases match whole."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from patterns import Plan, Request, Result, Supervisor, Task, Worker
from tests.benchmarks.scoring import (
    Item,
    Part,
    answering_agents,
    called_agents,
    has_phrase,
    score_part,
    score_route,
    score_run,
)
from tests.patterns.scripted import Scripted


def record(*steps: tuple[str, str, str], answered_by: list[str] | None = None) -> dict:
    shaped = [{"id": i, "agent": a, "status": s} for i, a, s in steps]
    return {"steps": shaped, **({"answered_by": answered_by} if answered_by is not None else {})}


ITEM = Item("t-1", "Is it true that the tower opened in 1889?", "router", (Part("fact_checker"),))


def test_a_reroute_is_judged_by_the_step_that_answered_not_the_one_that_declined() -> None:
    run = record(
        ("route", "researcher", "rejected"), ("reroute-1", "fact_checker", "completed"), answered_by=["reroute-1"]
    )
    assert called_agents(run) == ("researcher", "fact_checker")
    assert answering_agents(run) == ("fact_checker",)
    assert score_route(ITEM, answering_agents(run)) == "right"
    assert score_route(ITEM, called_agents(run)) == "wrong"  # what the scorer did before


def test_a_misroute_that_answered_is_still_a_misroute_and_old_records_use_every_step() -> None:
    declined_twice = record(
        ("route", "researcher", "rejected"), ("reroute-1", "fact_checker", "rejected"), answered_by=["route"]
    )
    assert score_route(ITEM, answering_agents(declined_twice)) == "wrong"
    old = record(("route", "fact_checker", "completed"))
    assert answering_agents(old) == ("fact_checker",) and score_route(ITEM, answering_agents(old)) == "right"


def test_a_figure_matches_after_a_letter_but_never_inside_a_longer_figure() -> None:
    assert has_phrase("We deploy v2.3 tonight.", "2.3") and has_phrase("Room Q15 is free", "15")
    assert not has_phrase("It costs 12.3 pounds", "2.3") and not has_phrase("Version 2.35", "2.3")
    assert not has_phrase("1,200 people", "200") and not has_phrase("a cat", "a ca")
    assert has_phrase("Meet at 9 tomorrow", "9") and not has_phrase("the catalogue", "cat")


def test_a_figure_may_run_into_its_unit_or_its_own_decimals_but_never_into_another_digit() -> None:
    assert has_phrase("The AGM is at 7.30pm in the hall.", "7.30") and has_phrase("It weighs 5kg.", "5")
    assert has_phrase("Everest is 8,848.86 metres", "8,848") and has_phrase("about 384,000 km away", "384")
    assert not has_phrase("It starts at 7.30.", "7.3") and not has_phrase("150 people", "15")
    assert has_phrase("It costs £35.", "35") and not has_phrase("a cattle grid", "cat")


def test_a_step_skipped_after_its_input_was_declined_is_a_decline_never_a_right_answer_where_one_is_due() -> None:
    chained = Item(
        "t-2",
        "Translate my CV into French and then tell me which jobs I should apply for.",
        "supervisor",
        (Part("writer", expect="decline"), Part("researcher", expect="decline", after=(0,))),
    )
    run = {
        "status": "rejected",
        "steps": [
            {"id": "1", "agent": "writer", "status": "rejected", "output": "Translation needs a model."},
            {"id": "2", "agent": "researcher", "status": "skipped", "output": ""},
        ],
    }
    assert score_run(chained, "completed", run, "writer: Translation needs a model.")[0] == "right"
    must_answer = Part("researcher")
    assert score_part(must_answer, chained.request, "skipped", "")[0] == "declined"


async def _looked_up_then_declined() -> tuple[dict[str, Any], str, str]:
    """A supervisor run of "look up X, then write Y" whose writing was declined: the record, state and text."""

    class Planned:
        async def plan(self, request: Request, workers: Sequence[Worker]) -> Plan:
            return Plan([Task("1", "Look up when the Eiffel Tower opened", "researcher"),
                         Task("2", "Write a limerick about it", "writer", ("1",))])  # fmt: skip

    no = Result(text="I can't write verse offline.", status="rejected", error="I can't write verse offline.")
    team = [Scripted("researcher", "The Eiffel Tower opened in 1889."), Scripted("writer", no)]
    result = await Supervisor(team, planner=Planned()).send(Request("Look up X, then write Y"))
    assert result.record is not None
    return result.record.to_dict(), result.status, result.text


@pytest.mark.anyio
async def test_a_run_showing_a_finished_lookup_beside_its_declined_writer_is_scored_part_by_part() -> None:
    record_, state, text = await _looked_up_then_declined()
    assert state == "partial" and "opened in 1889" in text and "Not finished:" in text
    request = "Look up when the Eiffel Tower opened, then write a limerick about it."
    lookup = Part("researcher", check={"number": 1889})
    declined_due = Item("t-3", request, "supervisor", (lookup, Part("writer", expect="decline", after=(0,))))
    assert score_run(declined_due, "completed", record_, text)[0] == "right"
    answer_due = Item("t-4", request, "supervisor", (lookup, Part("writer", after=(0,))))
    assert score_run(answer_due, "completed", record_, text)[0] == "declined"
    # the lookup shown in the answer is no decline where the lookup itself had to be declined
    lookup_declined = Item("t-5", request, "supervisor", (Part("researcher", expect="decline"), Part("writer")))
    assert score_run(lookup_declined, "completed", record_, text)[0] == "wrong"
