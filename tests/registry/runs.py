"""Run records in memory, served to the registry app through its ``recent_runs`` / ``run_detail`` callables."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any


def iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="milliseconds")


def step(
    id: str, agent: str, start: float, ms: float, *, status: str = "completed", depends_on=(), **more: Any
) -> dict[str, Any]:
    return {
        "id": id,
        "agent": agent,
        "input": f"input of {id}",
        "output": f"output of {id}",
        "status": status,
        "latency_ms": ms,
        "tokens": 40,
        "error": None if status != "failed" else f"{agent} broke",
        "started_at": start,
        "attempts": 1,
        "depends_on": list(depends_on),
        "usage": {"input_tokens": 25, "output_tokens": 15, "calls": 1, "cost": None},
        **more,
    }


def supervised_run(run_id: str = "run-3steps", *, owner: str = "", status: str = "completed") -> dict[str, Any]:
    """A supervisor's run: two parallel parts, then a third using the first's result (the second retried once)."""
    t0 = time.time() - 30
    steps = [
        step("task-1", "calculator", t0 + 0.010, 120.0),
        step("task-2", "fact_checker", t0 + 0.012, 480.0, attempts=2),
        step("task-3", "writer", t0 + 0.140, 300.0, depends_on=["task-1"]),
    ]
    plan = {
        "tasks": [
            {"id": "1", "text": "what's 15% of 2,400", "worker": "calculator", "depends_on": []},
            {"id": "2", "text": "was Napoleon short?", "worker": "fact_checker", "depends_on": []},
            {"id": "3", "text": "a sales note using it", "worker": "writer", "depends_on": ["1"]},
        ]
    }
    return {
        "run_id": run_id,
        "pattern": "supervisor",
        "worker": "orchestrator",
        "status": status,
        "input": "what's 15% of 2,400; was Napoleon short? then a sales note using the figure",
        "output": "360. No. Buy now.",
        "plan": plan,
        "steps": steps,
        "usage": {"input_tokens": 75, "output_tokens": 45, "calls": 3, "cost": 0.0012},
        "error": None,
        "owner": owner,
        "created_at": iso(t0),
        "updated_at": iso(t0 + 0.5),
    }


class InMemoryRuns:
    def __init__(self, *records: dict[str, Any]) -> None:
        self.records = {r["run_id"]: r for r in records}
        self.broken = False

    async def recent(self) -> list[dict[str, Any]]:
        if self.broken:
            raise ConnectionError("the orchestrator is unreachable")
        return list(reversed(self.records.values()))

    async def detail(self, run_id: str) -> dict[str, Any] | None:
        if self.broken:
            raise ConnectionError("the orchestrator is unreachable")
        return self.records.get(run_id)
