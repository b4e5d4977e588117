"""Right or honest through the orchestrator, over real A2A: who may answer in a declining worker's place, what a
part of a request carries, and which step the run record says answered.

The specialists are accord's own offline agents; where the ranking would make a test depend on the encoder, the
orchestrator is given a fixed ranking, so the test holds what the router does with it.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from agents.a2a_client import state_name, task_text
from patterns import Choice, Request, Worker
from tests.orchestration.test_orchestrator_patterns import ask

pytestmark = pytest.mark.anyio


class Ranked:
    """A decider that ranks the named workers in the given order with the given confidences."""

    def __init__(self, *ranked: tuple[str, float]) -> None:
        self.ranked = ranked

    async def rank(self, request: Request, workers: Sequence[Worker]) -> list[Choice]:
        present = {w.name for w in workers}
        return [Choice(name, confidence) for name, confidence in self.ranked if name in present]


def agents_of(record: dict) -> list[str]:
    return [s["agent"] for s in record["steps"]]


async def test_a_close_runner_up_the_request_names_nothing_of_is_not_asked_after_a_decline(mesh):
    await mesh.specialist("researcher")
    await mesh.specialist("summarizer")
    # the summarizer ranks within the reroute ratio of the researcher, but the question names nothing it does
    url = await mesh.orchestrator_agent(decider=Ranked(("researcher", 0.37), ("summarizer", 0.30)))
    task, record = await ask(url, "What is the history of the Zorbulan sky lantern festival?")
    assert record["pattern"] == "router" and agents_of(record) == ["researcher"]
    assert record["steps"][0]["status"] == "rejected" and state_name(task) == "rejected"
    assert record["answered_by"] == ["route"]


async def test_a_runner_up_the_request_names_answers_in_a_declining_workers_place_and_the_record_says_so(mesh):
    await mesh.specialist("researcher")
    await mesh.specialist("fact_checker")
    url = await mesh.orchestrator_agent(decider=Ranked(("researcher", 0.33), ("fact_checker", 0.28)))
    task, record = await ask(url, "Is it true that the Zorbulan sky lantern festival began in 1802?")
    assert agents_of(record) == ["researcher", "fact_checker"]
    assert [s["status"] for s in record["steps"]][0] == "rejected"
    assert record["answered_by"] == ["reroute-1"]
    # nothing is known about it: the fact checker says so rather than giving a verdict
    assert "unverified" in task_text(task).lower()


async def test_a_statement_and_the_question_about_it_go_whole_to_one_worker(mesh):
    await mesh.specialist("calculator")
    await mesh.specialist("researcher")
    url = await mesh.orchestrator_agent()
    request = "I cycled 45 km in 1.5 hours. What was my average speed?"
    task, record = await ask(url, request)
    assert record["pattern"] == "router" and agents_of(record) == ["calculator"]
    assert record["steps"][0]["input"] == request


async def test_a_question_on_the_line_after_a_code_block_is_a_part_of_its_own(mesh):
    await mesh.specialist("calculator")
    await mesh.specialist("code_reviewer")
    url = await mesh.orchestrator_agent()
    code = "```python\nimport os\ndef run(cmd):\n    os.system('ls ' + cmd)\n```"
    task, record = await ask(url, f"Check this code for bugs:\n{code}\nAlso, what is 45 plus 78?")
    assert record["pattern"] == "supervisor"
    steps = {s["agent"]: s for s in record["steps"]}
    assert set(steps) == {"code_reviewer", "calculator"}
    assert steps["code_reviewer"]["input"] == f"Check this code for bugs:\n{code}"
    assert steps["calculator"]["input"] == "What is 45 plus 78?" and "123" in steps["calculator"]["output"]
    assert sorted(record["answered_by"]) == ["task-1", "task-2"]


async def test_what_the_books_say_is_looked_up_about_the_claim_not_about_books(mesh):
    await mesh.specialist("fact_checker")
    await mesh.specialist("researcher")
    url = await mesh.orchestrator_agent()
    claim = "My cousin says the Parthenon was built for the goddess Athena."
    task, record = await ask(url, f"{claim} Check this and also look what your books say.")
    inputs = {s["agent"]: s["input"] for s in record["steps"]}
    # the researcher's part is read alone, so it is sent the claim it is about
    assert "Parthenon" in inputs["researcher"] and "Parthenon" in inputs["fact_checker"]
    answer = task_text(task)
    assert "Athena" in answer and "Narnia" not in answer  # never a note that only mentions books


async def test_a_note_to_him_is_written_to_the_person_the_review_named(mesh):
    await mesh.specialist("code_reviewer")
    await mesh.specialist("writer")
    url = await mesh.orchestrator_agent()
    code = "```python\ndef read(path):\n    f = open(path)\n    return f.read()\n```"
    task, record = await ask(
        url, f"Review this function from Matteo and then write him a kind note saying what he should fix:\n{code}"
    )
    inputs = {s["agent"]: s["input"] for s in record["steps"]}
    # the writer's part is read alone, so it is sent whom the note is to
    assert "to Matteo" in inputs["writer"]
    assert "Hi Matteo" in task_text(task) and "[Name]" not in task_text(task)


async def test_code_pasted_without_a_fence_goes_to_the_code_reviewer_whole(mesh):
    await mesh.specialist("code_reviewer")
    await mesh.specialist("summarizer")
    url = await mesh.orchestrator_agent()
    code = "def last_bids(bids, n):\n    return [bids[i] for i in range(len(bids) - n, len(bids) + 1)]\n"
    task, record = await ask(url, f"review pls, this blows up every now and then\n\n{code}")
    assert agents_of(record) == ["code_reviewer"]
    assert "```" in record["steps"][0]["input"] and "IndexError" in task_text(task)
