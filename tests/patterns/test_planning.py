import pytest

from patterns import ClausePlanner, Plan, PlanError, Request, split_tasks
from tests.patterns.test_router import FixedDecider


def texts(request: str) -> list[str]:
    return [p.text for p in split_tasks(request)]


def test_a_single_instruction_is_one_task() -> None:
    assert texts("Write a haiku about autumn leaves and falling rain.") == [
        "Write a haiku about autumn leaves and falling rain"
    ]


def test_splits_on_then_semicolons_and_sentences() -> None:
    assert texts("Translate the memo, then email it to Sam; also post a note. Finally tidy up.") == [
        "Translate the memo",
        "Email it to Sam",
        "Post a note",
        "Tidy up",
    ]


def test_then_and_numbered_items_are_sequenced() -> None:
    pieces = split_tasks("1. gather the logs 2. find the error 3. write a report")
    assert [p.text for p in pieces] == ["Gather the logs", "Find the error", "Write a report"]
    assert [p.sequenced for p in pieces] == [False, True, True]


def test_and_followed_by_a_new_instruction_splits_but_a_noun_list_does_not() -> None:
    assert texts("Buy apples and pears") == ["Buy apples and pears"]
    assert texts("Check the figures, compute the total, and draft a memo") == [
        "Check the figures",
        "Compute the total",
        "Draft a memo",
    ]


def test_numbers_inside_a_sentence_are_not_list_items() -> None:
    assert texts("Add 3 to 80. Also list the primes below 10.") == ["Add 3 to 80", "List the primes below 10"]


def test_bulleted_lists_drop_their_introduction() -> None:
    assert texts("Please do this:\n- proofread the draft\n- send it to Ann") == [
        "Proofread the draft",
        "Send it to Ann",
    ]


@pytest.mark.anyio
async def test_clause_planner_assigns_workers_and_links_back_references() -> None:
    plan = await ClausePlanner(FixedDecider("w")).plan(Request("Find the data. Then chart it."), [])
    assert [t.text for t in plan.tasks] == ["Find the data; chart it"]  # one worker: one merged step


def test_plan_from_json_is_validated() -> None:
    good = {"tasks": [{"id": "a", "text": "x", "worker": "w"}, {"id": "b", "text": "y", "depends_on": ["a"]}]}
    assert Plan.from_dict(good, ["w"]).tasks[1].depends_on == ("a",)
    with pytest.raises(PlanError):
        Plan.from_dict({"tasks": [{"id": "a", "text": "x", "worker": "nobody"}]}, ["w"])
    with pytest.raises(PlanError):
        Plan.from_dict({"tasks": [{"id": "a", "text": "x", "depends_on": ["b"]}, {"id": "b", "text": "y"}]})
    with pytest.raises(PlanError):
        Plan.from_dict({"tasks": []})
