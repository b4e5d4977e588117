from collections.abc import Sequence

import pytest

from patterns import Choice, RankingDecider, Request, Router, Worker
from patterns.ranking import Ranker
from tests.patterns.scripted import Scripted, skill

pytestmark = pytest.mark.anyio


class FixedDecider:
    """Always prefers ``worker`` with ``confidence``."""

    def __init__(self, worker: str, confidence: float = 0.9) -> None:
        self.worker, self.confidence = worker, confidence

    async def rank(self, request: Request, workers: Sequence[Worker]) -> list[Choice]:
        return [Choice(self.worker, self.confidence)] + [Choice(w.name, 0.0) for w in workers if w.name != self.worker]


def specialists() -> list[Scripted]:
    return [
        Scripted("calculator", skills=[skill("percentages", "percentages, discounts and tips", "What is 5% of 80?")]),
        Scripted("reviewer", skills=[skill("code-review", "review source code for bugs", "Review my Python code")]),
    ]


async def test_router_sends_to_the_worker_whose_skills_fit() -> None:
    calculator, reviewer = specialists()
    router = Router([calculator, reviewer], decider=RankingDecider(Ranker()))
    result = await router.send(Request("Review this python code for bugs"))
    assert result.ok and result.text == "reviewer done"
    assert (reviewer.calls, calculator.calls) == (1, 0)
    assert [s.agent for s in result.steps] == ["reviewer"]


async def test_router_says_no_agent_fits_below_the_threshold() -> None:
    workers = specialists()
    result = await Router(workers, decider=FixedDecider("calculator", 0.01), threshold=0.2).send(Request("hi"))
    assert result.status == "rejected" and "No suitable agent" in result.text and "calculator" in result.text
    assert sum(w.calls for w in workers) == 0


async def test_router_falls_back_when_no_skill_matches() -> None:
    fallback = Scripted("generalist")
    router = Router(specialists(), decider=RankingDecider(Ranker()), fallback=fallback, threshold=0.1)
    result = await router.send(Request("zzz qqq"))
    assert result.ok and result.text == "generalist done" and fallback.calls == 1


async def test_router_keeps_the_choices_in_its_run_record_plan() -> None:
    from patterns import InMemoryRunStore

    store = InMemoryRunStore()
    result = await Router(specialists(), decider=FixedDecider("reviewer"), store=store).send(Request("x"))
    record = await store.get(result.run_id)
    assert record.plan["choices"][0]["worker"] == "reviewer" and record.status == "completed"


async def test_a_failing_routed_worker_fails_the_route_with_its_error() -> None:
    broken = Scripted("w", RuntimeError("boom"))
    result = await Router([broken], decider=FixedDecider("w")).send(Request("x"))
    assert result.status == "failed" and "RuntimeError: boom" in result.error
    assert result.steps[0].status == "failed"


async def test_the_instruction_not_its_material_decides_who_acts() -> None:
    summarizer = Scripted("summarizer", skills=[skill("summary", "summarize a long text", "Condense this memo")])
    calculator, reviewer = specialists()
    router = Router([calculator, reviewer, summarizer], decider=RankingDecider(Ranker()))
    material = "The review found bugs in the python code. Reviewers asked for code review of every module."
    result = await router.send(Request(f"Summarize this memo for me: {material}"))
    assert result.ok and (summarizer.calls, reviewer.calls) == (1, 0)


class RankedDecider:
    """Ranks the workers in the given order with the given confidences."""

    def __init__(self, *ranked: tuple[str, float]) -> None:
        self.ranked = ranked

    async def rank(self, request: Request, workers: Sequence[Worker]) -> list[Choice]:
        return [Choice(name, confidence) for name, confidence in self.ranked]


async def test_a_declined_route_goes_to_the_next_close_candidate_and_the_record_shows_both() -> None:
    from patterns import InMemoryRunStore, Result

    researcher = Scripted("researcher", Result(text="nothing in my notes", status="rejected"), skills=[LOOKUP])
    checker = Scripted("fact_checker", "contradicted: it opened in 1889", skills=[VERIFY])
    store = InMemoryRunStore()
    router = Router(
        [researcher, checker], decider=RankedDecider(("researcher", 0.32), ("fact_checker", 0.25)), store=store
    )
    result = await router.send(Request("Is it true that the Eiffel Tower was finished in 1899?"))
    assert result.text.startswith("contradicted") and (researcher.calls, checker.calls) == (1, 1)
    record = await store.get(result.run_id)
    assert record is not None
    assert [(s.agent, s.status) for s in record.steps] == [("researcher", "rejected"), ("fact_checker", "completed")]
    assert record.status == "completed" and result.status == "completed"  # the decline was answered in its place
    assert "Not finished" not in result.text
    assert record.answered_by == ["reroute-1"] and record.to_dict()["answered_by"] == ["reroute-1"]


LOOKUP = skill("lookup", "finds background and history on a topic in the knowledge base", "What is the tide?")
VERIFY = skill("verify", "verifies whether a claim is true or false against sources", "Is it true that...?")
SUMMARY = skill("summary", "condenses a text you send into a short summary", "Summarize this memo")


async def test_a_close_runner_up_the_request_names_nothing_of_is_not_asked_to_complete_it() -> None:
    from patterns import InMemoryRunStore, Result

    researcher = Scripted("researcher", Result(text="nothing in my notes", status="rejected"), skills=[LOOKUP])
    summarizer = Scripted("summarizer", "What is the greenhouse effect", skills=[SUMMARY])
    store = InMemoryRunStore()
    decider = RankedDecider(("researcher", 0.37), ("summarizer", 0.30))  # close: within the reroute ratio
    result = await Router([researcher, summarizer], decider=decider, store=store).send(
        Request("What is the greenhouse effect?")
    )
    assert result.status == "rejected" and summarizer.calls == 0 and "nothing in my notes" in result.text
    record = await store.get(result.run_id)
    assert record is not None and record.answered_by == ["route"]


async def test_a_far_candidate_or_an_input_request_is_not_rerouted() -> None:
    from patterns import Result

    rejecting = Scripted("a", Result(text="beyond me offline", status="rejected"))
    far = Scripted("b", skills=[VERIFY])
    result = await Router([rejecting, far], decider=RankedDecider(("a", 0.5), ("b", 0.2))).send(
        Request("Is it true?")  # the request names what b does, but b ranks too far below a
    )
    assert result.status == "rejected" and far.calls == 0
    asking = Scripted("a", Result(text="Summarize what?", status="input-required"))
    close = Scripted("b")
    result = await Router([asking, close], decider=RankedDecider(("a", 0.5), ("b", 0.45))).send(Request("x"))
    assert result.status == "input-required" and close.calls == 0


async def test_when_no_close_candidate_completes_the_best_ones_answer_is_returned() -> None:
    from patterns import Result

    first = Scripted("a", Result(text="a cannot", status="rejected"))
    second = Scripted("b", Result(text="send me the text", status="input-required"), skills=[SUMMARY])
    third = Scripted("c", skills=[SUMMARY])
    decider = RankedDecider(("a", 0.5), ("b", 0.45), ("c", 0.44))
    result = await Router([first, second, third], decider=decider).send(Request("A short summary, please"))
    assert result.status == "rejected" and "a cannot" in result.text and second.calls == 1
    assert third.calls == 0  # at most max_reroutes (1) other candidates are asked
