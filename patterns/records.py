"""RunRecord: what an orchestration keeps — its pattern, plan, every step, the outcome and the totals.

``to_dict`` is the public JSON shape (the orchestrator's data part, ``accord orchestrate --json``,
``accord runs``): ``{"run_id", "pattern", "status", "output", "steps": [...], "usage"}`` plus ``worker``,
``input``, ``plan``, ``error``, ``data``, ``owner``, ``created_at`` and ``updated_at``. ``usage`` counts every
model call of the run: the steps' and the orchestration's own (routing, planning), which ``own_usage`` shows
apart. ``owner`` names the
caller the run belongs to (``""``: no authenticated caller, and records written before runs kept one). Each step
in ``steps`` carries ``depends_on``: the ids of the earlier steps whose results its input carried (``[]`` for an
independent step, and for records written before steps kept it). ``answered_by`` names the steps whose outputs
the answer is made of (a router's reroute that answered, not the step that declined; a supervisor's finished
tasks; a pipeline's last stage); ``[]`` when no step's output is in the answer, and in records written before.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from patterns.worker import Request, Step, Usage

# "cancelled": a run whose task was cancelled before it finished (what run observers see; never stored as such)
RunStatus = Literal["running", "completed", "partial", "failed", "input-required", "rejected", "cancelled"]


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass(slots=True)
class RunRecord:
    """One orchestration. ``status`` is ``running`` until it finishes; a stored running record can resume."""

    run_id: str
    pattern: str
    worker: str = ""
    input: str = ""
    request: dict[str, Any] = field(default_factory=dict[str, Any])
    status: RunStatus = "running"
    output: str = ""
    data: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])
    plan: Any = None
    steps: list[Step] = field(default_factory=list[Step])
    # step id -> the step ids it depended on (kept beside the steps, written into each step's JSON)
    depends_on: dict[str, list[str]] = field(default_factory=dict[str, list[str]])
    usage: Usage = field(default_factory=Usage)
    # ids of the steps whose outputs make up ``output`` (see the module docstring)
    answered_by: list[str] = field(default_factory=list[str])
    # the part of ``usage`` the orchestration's own model calls (routing, planning) took: not any step's
    own_usage: Usage = field(default_factory=Usage)
    error: str | None = None
    owner: str = ""
    created_at: str = field(default_factory=now_iso)
    updated_at: str = field(default_factory=now_iso)

    def finished_steps(self) -> dict[str, Step]:
        """Completed steps by key: what a resumed run may reuse instead of calling the worker again."""
        return {s.key: s for s in self.steps if s.key and s.status == "completed"}

    def to_request(self) -> Request:
        """The request this run was started with (to resume it)."""
        r = self.request
        return Request(r.get("text", self.input), r.get("data"), dict(r.get("metadata") or {}))

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "pattern": self.pattern,
            "worker": self.worker,
            "status": self.status,
            "input": self.input,
            "request": self.request,
            "output": self.output,
            "data": self.data,
            "plan": self.plan,
            "steps": [{**s.to_dict(), "depends_on": self.depends_on.get(s.id, [])} for s in self.steps],
            "answered_by": list(self.answered_by),
            "usage": self.usage.to_dict(),
            "own_usage": self.own_usage.to_dict(),
            "error": self.error,
            "owner": self.owner,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RunRecord:
        steps: list[Mapping[str, Any]] = list(data.get("steps") or [])
        answered: list[Any] = list(data.get("answered_by") or [])
        return cls(
            run_id=data["run_id"],
            pattern=data.get("pattern", ""),
            worker=data.get("worker", ""),
            input=data.get("input", ""),
            request=dict(data.get("request") or {}),
            status=data.get("status", "running"),
            output=data.get("output", ""),
            data=list(data.get("data") or []),
            plan=data.get("plan"),
            steps=[Step.from_dict(s) for s in steps],
            depends_on={str(s["id"]): [str(d) for d in s["depends_on"]] for s in steps if s.get("depends_on")},
            answered_by=[str(s) for s in answered],
            usage=Usage.from_dict(data.get("usage") or {}),
            own_usage=Usage.from_dict(data.get("own_usage") or {}),
            error=data.get("error"),
            owner=str(data.get("owner") or ""),
            created_at=data.get("created_at") or now_iso(),
            updated_at=data.get("updated_at") or now_iso(),
        )
