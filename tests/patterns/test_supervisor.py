import asyncio
from collections.abc import Sequence

import pytest

from patterns import ClausePlanner, InMemoryRunStore, Plan, Request, Result, Router, Supervisor, Task, Worker
from tests.patterns.scripted import Scripted
from tests.patterns.test_router import FixedDecider

pytestmark = pytest.mark.anyio


class FixedPlanner:
    def __init__(self, *tasks: Task) -> None:
        self.tasks = list(tasks)
        self.calls = 0

    async def plan(self, request: Request, workers: Sequence[Worker]) -> Plan:
        self.calls += 1
        return Plan(list(self.tasks))


class Meeting:
    """A meeting point for ``expected`` calls: each waits (at most 5 s) until all have arrived, so only calls that
    are in flight at the same time get through; calls made one after another time out and fail."""

    def __init__(self, expected: int) -> None:
        self.expected = expected
        self.arrived = 0
        self.everyone = asyncio.Event()

    async def join(self) -> None:
        self.arrived += 1
        if self.arrived == self.expected:
            self.everyone.set()
        await asyncio.wait_for(self.everyone.wait(), 5)


class Gate(Scripted):
    """Answers only once every worker of its ``meeting`` has been called."""

    def __init__(self, name: str, meeting: Meeting) -> None:
        super().__init__(name)
        self.meeting = meeting

    async def send(self, request: Request) -> Result:
        await self.meeting.join()
        return await super().send(request)


async def test_independent_tasks_run_concurrently() -> None:
    meeting = Meeting(2)
    planner = FixedPlanner(Task("1", "a", "x"), Task("2", "b", "y"))
    result = await Supervisor([Gate("x", meeting), Gate("y", meeting)], planner=planner).send(Request("a and b"))
    assert result.ok and meeting.everyone.is_set()
    assert "## a\nx done" in result.text and "## b\ny done" in result.text


async def test_dependent_tasks_run_in_order_and_receive_structured_results() -> None:
    researcher = Scripted("researcher", Result(text="facts", data={"sources": 3}))
    writer = Scripted("writer", lambda r: f"post using {r.data['inputs'][0]['data'][0]['sources']} sources")
    planner = FixedPlanner(Task("1", "research", "researcher"), Task("2", "write", "writer", ("1",)))
    result = await Supervisor([researcher, writer], planner=planner).send(Request("research then write"))
    assert result.ok and "post using 3 sources" in result.text
    assert writer.requests[0].text == "write:\n\nfacts"  # the earlier output is the step's material
    assert [d["worker"] for d in result.data] == ["researcher", "writer"]
    assert [s.id for s in result.steps] == ["task-1", "task-2"]
    assert result.data[1]["depends_on"] == ["1"]


async def test_independent_parts_each_get_exactly_their_own_text() -> None:
    meeting = Meeting(3)
    team = [Gate("calculator", meeting), Gate("fact_checker", meeting), Gate("writer", meeting)]
    decider = KeywordDecider({"%": "calculator", "napoleon": "fact_checker", "tagline": "writer"})
    request = "What's 15% of 2,400; was Napoleon really short? write a tagline for a flower shop"
    result = await Supervisor(team, planner=ClausePlanner(decider)).send(Request(request))
    assert result.ok and meeting.everyone.is_set()  # all three at once
    received = [w.requests[0].text for w in team]
    assert received == ["What's 15% of 2,400", "Was Napoleon really short?", "Write a tagline for a flower shop"]
    assert all(w.requests[0].data["inputs"] == [] for w in team)


async def test_the_run_record_keeps_each_steps_input_and_dependencies() -> None:
    store = InMemoryRunStore()
    planner = FixedPlanner(Task("1", "add it up", "x"), Task("2", "say it", "y", ("1",)), Task("3", "other", "y"))
    result = await Supervisor([Scripted("x", "42"), Scripted("y")], planner=planner, store=store).send(Request("go"))
    steps = (await store.get(result.run_id)).to_dict()["steps"]
    by_id = {s["id"]: (s["input"], s["depends_on"]) for s in steps}
    assert by_id == {"task-1": ("add it up", []), "task-2": ("say it:\n\n42", ["task-1"]), "task-3": ("other", [])}


async def test_a_partial_answer_names_every_unfinished_step_and_why() -> None:
    planner = FixedPlanner(
        Task("1", "sum", "calc"),
        Task("2", "check the claim", "checker"),
        Task("3", "summarize", "summarizer"),
        Task("4", "tweet the summary", "writer", ("3",)),
        Task("5", "review", "reviewer"),
    )
    team = [
        Scripted("calc", "12"),
        Scripted(
            "checker",
            Result(text="I can't verify that offline.", status="rejected", error="I can't verify that offline."),
        ),
        Scripted("summarizer", Result(text="Summarize what? Send the text after a colon.", status="input-required")),
        Scripted("writer"),
        Scripted("reviewer", RuntimeError("boom")),
    ]
    result = await Supervisor(team, planner=planner).send(Request("five things"))
    assert result.status == "partial" and result.text.startswith("## sum\n12\n\nNot finished:\n")
    unfinished = result.text.split("Not finished:\n")[1].splitlines()
    assert unfinished == [
        '- task-2 (checker) "check the claim": rejected — I can\'t verify that offline.',
        '- task-3 (summarizer) "summarize": input-required — Summarize what? Send the text after a colon.',
        '- task-4 (writer) "tweet the summary": skipped — it needs task 3, which did not complete (input-required)',
        '- task-5 (reviewer) "review": failed — RuntimeError: boom',
    ]
    assert [d["status"] for d in result.data] == ["completed", "rejected", "input-required", "skipped", "failed"]
    assert team[3].calls == 0


async def test_a_run_where_every_part_declined_is_rejected() -> None:
    no = Result(text="I can't do that offline.", status="rejected", error="I can't do that offline.")
    planner = FixedPlanner(Task("1", "a", "x"), Task("2", "b", "y", ("1",)))
    result = await Supervisor([Scripted("x", no), Scripted("y")], planner=planner).send(Request("a then b"))
    assert result.status == "rejected" and "I can't do that offline." in result.error


async def test_a_step_that_fed_a_declined_step_is_still_given_and_the_declined_one_named() -> None:
    no = Result(text="I can't translate offline.", status="rejected", error="I can't translate offline.")
    planner = FixedPlanner(Task("1", "summarize this", "summarizer"), Task("2", "translate the summary", "x", ("1",)))
    team = [Scripted("summarizer", "the summary"), Scripted("x", no)]
    result = await Supervisor(team, planner=planner).send(Request("summarize this, then translate the summary"))
    assert result.status == "partial" and result.text.startswith("## summarize this\nthe summary\n\nNot finished:\n")
    unfinished = result.text.split("Not finished:\n")[1].splitlines()
    assert len(unfinished) == 1 and unfinished[0].startswith('- task-2 (x) "translate the summary')
    assert unfinished[0].endswith(": rejected — I can't translate offline.")
    assert [s.status for s in result.steps] == ["completed", "rejected"]


async def test_a_fed_step_stays_in_the_answer_beside_another_finished_part() -> None:
    no = Result(text="I can't translate offline.", status="rejected", error="I can't translate offline.")
    planner = FixedPlanner(
        Task("1", "summarize", "summarizer"), Task("2", "translate it", "x", ("1",)), Task("3", "sum", "calc")
    )
    team = [Scripted("summarizer", "the summary"), Scripted("x", no), Scripted("calc", "12")]
    result = await Supervisor(team, planner=planner).send(Request("three things"))
    assert result.status == "partial"
    assert result.text.startswith("## summarize\nthe summary\n\n## sum\n12\n\nNot finished:\n")


async def test_a_run_where_nothing_finished_and_the_dependent_was_skipped_is_declined() -> None:
    no = Result(text="Look up what? Name the topic.", status="input-required")
    planner = FixedPlanner(Task("1", "look it up", "researcher"), Task("2", "write a post on it", "writer", ("1",)))
    team = [Scripted("researcher", no), Scripted("writer")]
    result = await Supervisor(team, planner=planner).send(Request("look it up, then write a post on it"))
    assert result.status == "input-required" and "Look up what? Name the topic." in result.text
    assert team[1].calls == 0


async def test_a_failed_task_skips_its_dependents_and_keeps_the_others() -> None:
    planner = FixedPlanner(Task("1", "a", "bad"), Task("2", "b", "writer", ("1",)), Task("3", "c", "good"))
    workers = [Scripted("bad", RuntimeError("down")), Scripted("writer"), Scripted("good")]
    result = await Supervisor(workers, planner=planner).send(Request("x"))
    assert result.status == "partial"
    statuses = {s.id: s.status for s in result.steps}
    assert statuses == {"task-1": "failed", "task-2": "skipped", "task-3": "completed"}
    assert "RuntimeError: down" in result.error and workers[1].calls == 0


async def test_on_error_fail_stops_the_run() -> None:
    planner = FixedPlanner(Task("1", "a", "bad"), Task("2", "b", "good", ("1",)))
    workers = [Scripted("bad", RuntimeError("down")), Scripted("good")]
    result = await Supervisor(workers, planner=planner, on_error="fail").send(Request("x"))
    assert result.status == "failed" and "down" in result.error and workers[1].calls == 0


async def test_checker_rejection_makes_the_run_partial() -> None:
    checker = Scripted("checker", Result(text="wrong total", data={"valid": False}))
    sup = Supervisor([Scripted("x")], planner=FixedPlanner(Task("1", "a", "x")), checker=checker)
    result = await sup.send(Request("a"))
    assert result.status == "partial" and "wrong total" in result.error
    assert "x done" in checker.requests[0].text


async def test_a_supervisor_of_routers_is_hierarchical() -> None:
    math_team = Router([Scripted("calculator")], decider=FixedDecider("calculator"), name="math-team")
    words_team = Router([Scripted("writer")], decider=FixedDecider("writer"), name="words-team")
    planner = FixedPlanner(Task("1", "sum it", "math-team"), Task("2", "write it up", "words-team", ("1",)))
    result = await Supervisor([math_team, words_team], planner=planner).send(Request("sum then write"))
    assert result.ok and "calculator done" in result.text and "writer done" in result.text
    assert [s.agent for s in result.steps] == ["math-team", "words-team"]
    assert [s.agent for s in result.steps[0].steps] == ["calculator"]  # the nested router's own steps
    assert result.usage.calls == 2


async def test_the_offline_planner_splits_and_routes() -> None:
    calc, writer = Scripted("calculator"), Scripted("writer")
    decider = KeywordDecider({"calculate": "calculator", "write": "writer"})
    sup = Supervisor([calc, writer], planner=None, name="s")
    sup.planner.decider = decider
    result = await sup.send(Request("Calculate 2+2, then write a poem about it."))
    assert result.ok and (calc.calls, writer.calls) == (1, 1)
    assert [t["worker"] for t in (await _plan(sup, "Calculate 2+2, then write a poem about it."))] == [
        "calculator",
        "writer",
    ]


async def _plan(sup: Supervisor, text: str) -> list[dict]:
    return (await sup.planner.plan(Request(text), list(sup.workers.values()))).to_dict()["tasks"]


class KeywordDecider:
    def __init__(self, words: dict[str, str]) -> None:
        self.words = words

    async def rank(self, request: Request, workers: Sequence[Worker]):
        from patterns import Choice

        hits = [Choice(w, 1.0) for word, w in self.words.items() if word in request.text.lower()]
        return hits or [Choice(workers[0].name, 0.5)]


async def test_a_request_planned_into_more_tasks_than_the_cap_is_declined_before_any_call() -> None:
    from patterns.supervisor import MAX_TASKS

    worker = Scripted("x")
    many = FixedPlanner(*(Task(str(i), f"task {i}", "x") for i in range(1, MAX_TASKS + 2)))
    result = await Supervisor([worker], planner=many).send(Request("a long list of asks"))
    assert result.status == "rejected"
    assert f"asks for {MAX_TASKS + 1} things at once" in result.text
    assert worker.calls == 0
    enough = FixedPlanner(*(Task(str(i), f"task {i}", "x") for i in range(1, MAX_TASKS + 1)))
    assert (await Supervisor([worker], planner=enough).send(Request("eight asks"))).ok


async def test_a_pasted_list_of_asks_is_declined_by_the_clause_planner_too() -> None:
    calculator, writer = Scripted("calculator"), Scripted("writer")
    text = "Two things pls. What is 2+2? Write a note to Sam. " * 10
    result = await Supervisor([calculator, writer], planner=ClausePlanner()).send(Request(text))
    assert result.status == "rejected" and "things at once" in result.text
    assert calculator.calls == 0 and writer.calls == 0


async def test_a_long_run_of_asks_is_not_read_into_steps_but_declined_whole() -> None:
    from patterns.planning import MOST_PIECES

    calculator, writer = Scripted("calculator"), Scripted("writer")
    text = "whats it actually saying? " * (MOST_PIECES + 2) + ": text"
    plan = await ClausePlanner().plan(Request(text), [calculator, writer])
    assert len(plan.tasks) > MOST_PIECES and all(t.worker is None and not t.depends_on for t in plan.tasks)
    result = await Supervisor([calculator, writer], planner=ClausePlanner()).send(Request(text))
    assert result.status == "rejected" and "things at once" in result.text
    assert calculator.calls == 0 and writer.calls == 0
