"""Supervisor (orchestrator-workers): plan sub-tasks, hand each to a worker, assemble the answer.

The plan is a graph. Sub-tasks run as soon as the tasks they depend on have finished, so independent ones run
concurrently and dependent ones in order. An independent task receives exactly its own text. A dependent task
receives the answers it depends on as its material, after a colon ("Summarize the findings:\n\n<findings>";
"Draft a note to Jo saying this amount is her bonus:\n\n126"): each earlier step's stated answer, not its
working (``patterns.handoff``), and the whole results as structured data (``request.data["inputs"]``: each
input's task, worker, text and data), so structured results are passed forward, not flattened. A task whose
dependency did not complete is skipped, never run on nothing. Each step's record names its input and the steps
it depended on. The answer shows every step that finished, in plan order, including one whose result only fed a
step that then declined ("Look up X, then write Y" with the writing declined still gives what was looked up); the
run is then ``partial`` and its answer ends with the unfinished steps, each named with why ("Not finished:").
Only when no step finished and the parts asked for were declined is the run declined (``rejected``, or
``input-required``) with the declining step's words. A part no worker fits is declined too. An optional checker worker
reviews the assembled answer; a rejection makes the run ``partial`` with the checker's reason recorded.

On resume the stored plan is reused, so a planner that is not deterministic (Claude) cannot re-plan a
half-finished run into different steps.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any, Unpack

from patterns.base import Pattern, PatternOptions, merged_skills, unique_names
from patterns.echoes import unless_echo
from patterns.handoff import handed_on, step_text
from patterns.made_texts import makes_text_from_points
from patterns.planning import ClausePlanner, Plan, Planner, Task
from patterns.run import Run
from patterns.worker import Progress, Request, Result, Skill, Worker

_REJECTED = ("valid", "ok", "passed", "approved")
MAX_TASKS = 8
"""Most sub-tasks one request is planned into: people ask for two or three things at once. A request that splits
into more is declined, not sent on as a call to a worker per part (a pasted list of asks would be dozens)."""


class Supervisor(Pattern):
    """Plans with ``planner`` (offline: ``ClausePlanner``), runs the plan over ``workers``, checks, assembles.

    ``fallback`` takes the sub-tasks no worker fits; without one they are recorded as failed steps.
    """

    pattern = "supervisor"

    def __init__(
        self,
        workers: Sequence[Worker],
        *,
        planner: Planner | None = None,
        checker: Worker | None = None,
        fallback: Worker | None = None,
        name: str = "supervisor",
        description: str | None = None,
        skills: Sequence[Skill] | None = None,
        **options: Unpack[PatternOptions],
    ) -> None:
        if not workers:
            raise ValueError("a supervisor needs at least one worker")
        self.workers = unique_names(workers)
        super().__init__(
            name=name,
            description=description or f"Splits a task into sub-tasks for: {', '.join(self.workers)}.",
            skills=merged_skills(workers) if skills is None else skills,
            **options,
        )
        self.planner = planner or ClausePlanner()
        self.checker = checker
        self.fallback = fallback

    async def run(self, run: Run, request: Request) -> Result:
        if run.stored_plan:
            plan = Plan.from_dict(run.stored_plan, list(self.workers))
        else:
            plan = await self.planner.plan(request, list(self.workers.values()))
            plan = Plan.from_dict(plan.to_dict(), list(self.workers))  # one validation for every planner
            if len(plan.tasks) > MAX_TASKS:
                why = f"the request asks for {len(plan.tasks)} things at once; send at most {MAX_TASKS} in one request"
                return Result(text=f"Declined: {why}.", status="rejected", error=why, worker=self.name)
        await run.set_plan(plan.to_dict())
        summary = "; ".join(f"{t.id}. {t.worker or '?'}: {t.text}" for t in plan.tasks)
        run.emit(Progress(f"plan: {summary}", self.name, run.run_id))

        results: dict[str, Result] = {}
        states: dict[str, str] = {}  # how each task ended: a result's status, or "skipped"
        finished = {t.id: asyncio.Event() for t in plan.tasks}

        async def perform(task: Task) -> None:
            try:
                for dependency in task.depends_on:
                    await finished[dependency].wait()
                results[task.id] = await self._perform(run, request, task, results, states)
                states.setdefault(task.id, results[task.id].status)
            finally:
                finished[task.id].set()

        async with asyncio.TaskGroup() as group:
            for task in plan.tasks:
                group.create_task(perform(task))

        shown = _shown(plan, results)
        answer = _assemble(plan, results, states, shown)
        run.answered_by(*(_position(t.id) for t in plan.tasks if t.id in shown))
        if self.checker is not None:
            await self._check(run, request, answer, self.checker)
        return answer

    async def _perform(
        self, run: Run, request: Request, task: Task, results: dict[str, Result], states: dict[str, str]
    ) -> Result:
        position = _position(task.id)
        depends_on = [_position(d) for d in task.depends_on]
        unfinished = [d for d in task.depends_on if not results[d].ok]
        if unfinished:
            why = ", ".join(f"task {d}, which did not complete ({states[d]})" for d in unfinished)
            error = f"it needs {why}"
            await run.record_unrun(task.worker or "", task.text, position, error, depends_on=depends_on)
            states[task.id] = "skipped"
            return Result.failure(error, worker=task.worker or "")
        worker = self.workers.get(task.worker or "") or self.fallback
        if worker is None:  # an honest decline: nothing here does this part
            error = f"no agent here can do sub-task {task.id}: {task.text!r}"
            await run.record_unrun("", task.text, position, error, status="rejected", depends_on=depends_on)
            return Result(text=error, status="rejected", error=error)
        inputs = [_input(d, results[d]) for d in task.depends_on]
        answers = [handed_on(results[d], task.text) for d in task.depends_on]
        text = step_text(task.text, worker, answers, request.text) if inputs else task.text
        data = {"task": task.text, "inputs": inputs}
        outgoing = request.replace(text=text, data=data)
        # a part whose worker only hands back what it was given (or the request) is not done, whatever its status;
        # a text made from the points it was handed may carry them word for word
        made = makes_text_from_points(worker, task.text)
        return await run.call(
            worker,
            outgoing,
            position=position,
            depends_on=depends_on,
            vet=lambda result: unless_echo(result, text, request.text, made_from_points=made),
        )

    async def _check(self, run: Run, request: Request, answer: Result, checker: Worker) -> None:
        check = Request(
            f"Check this answer to the task.\n\nTask: {request.text}\n\nAnswer:\n{answer.text}",
            data={"task": request.text, "answer": answer.text, "parts": answer.data},
            metadata=request.metadata,
        )
        verdict = await run.call(checker, check, position="check")
        rejected = any(d.get(k) is False for d in verdict.data for k in _REJECTED)
        if verdict.ok and rejected:
            run.fail(f"checker {verdict.worker or 'checker'} rejected the answer: {verdict.text}")
        answer.data.append({"check": {"status": verdict.status, "text": verdict.text, "rejected": rejected}})


def _answered(result: Result) -> bool:
    """Whether a task finished, wholly or in part."""
    return result.ok or result.status == "partial"


def _shown(plan: Plan, results: dict[str, Result]) -> set[str]:
    """The tasks whose outputs the answer shows: every task that finished, wholly or in part. One whose result
    only fed a step that did not finish is shown too: what it found is still an answer to what the user asked
    ("look up X, then write Y": X), and the unfinished step is named, with why, after it."""
    return {t.id for t in plan.tasks if _answered(results[t.id])}


def _position(task_id: str) -> str:
    return f"task-{task_id}"


def _input(task_id: str, result: Result) -> dict[str, Any]:
    return {"task_id": task_id, "worker": result.worker, "text": result.text, "data": result.data}


def _dependents(plan: Plan) -> dict[str, list[str]]:
    """Each task's id and the tasks that take its output; a task nobody takes from is one the user asked for."""
    dependents: dict[str, list[str]] = {t.id: [] for t in plan.tasks}
    for task in plan.tasks:
        for dependency in task.depends_on:
            dependents[dependency].append(task.id)
    return dependents


def _assemble(plan: Plan, results: dict[str, Result], states: dict[str, str], shown: set[str]) -> Result:
    """One section per task the answer shows; the unfinished ones are named, with why, in the run's closing list.

    When it shows none and what was asked for was declined (rejected, or a question back), the run ends that way,
    with the declining step's words; a failure among them leaves the run to end as the steps say.
    """
    parts: list[dict[str, Any]] = []
    sections: list[str] = []
    for task in plan.tasks:
        result = results[task.id]
        if task.id in shown:
            sections.append(f"## {task.text}\n{result.text}")
        parts.append(
            {
                "task_id": task.id,
                "task": task.text,
                "worker": task.worker,
                "depends_on": list(task.depends_on),
                "status": states[task.id],
                "output": result.text,
                "data": result.data,
            }
        )
    asked = [task_id for task_id, consumers in _dependents(plan).items() if not consumers]
    declines = [results[t] for t in asked if states[t] in ("rejected", "input-required")]
    if not shown and declines and all(states[t] in ("rejected", "input-required", "skipped") for t in asked):
        status = "input-required" if any(d.status == "input-required" for d in declines) else "rejected"
        return Result(text=declines[0].text, data=parts, status=status, worker=declines[0].worker)
    text = results[plan.tasks[0].id].text if len(plan.tasks) == 1 else "\n\n".join(sections)
    return Result(text=text, data=parts)
