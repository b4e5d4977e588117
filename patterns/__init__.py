"""Orchestration patterns over any Worker, local or remote, and the ranking they share.

Transport-free: nothing here imports a web framework or a protocol server. Adapters (the A2A client worker,
the orchestrator agent) build on these names.

Every name is imported on first use (``patterns.Router`` or ``from patterns import Router``), not with the package:
a command that needs one constant (``PATTERN_NAMES`` for ``accord --help``) does not pay for numpy and the rankers.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from patterns.base import PATTERN_NAMES, Pattern, PatternName
    from patterns.breaker import CircuitBreaker
    from patterns.budget import Budget, BudgetTracker, Price
    from patterns.clauses import split_material, with_material
    from patterns.context import (
        MAX_DEPTH,
        RunContextFilter,
        TraceParent,
        check_depth,
        current_run_id,
        hops,
        next_hop,
    )
    from patterns.deciding import Choice, Decider, RankingDecider
    from patterns.errors import (
        BudgetExceeded,
        CircuitOpen,
        MaxDepthExceeded,
        PatternError,
        PlanError,
        TransportError,
    )
    from patterns.evaluator import (
        EvaluatorOptimizer,
        Verdict,
        choose_judge,
        has_judging_skill,
        has_revising_skill,
        judge_message,
        read_verdict,
        revise_message,
        without_loop_instruction,
    )
    from patterns.fanout import FanOut, majority_reached
    from patterns.guarded import Guarded, RetryPolicy
    from patterns.handoff import handed_on
    from patterns.pipeline import Pipeline, pass_output
    from patterns.planning import ClausePlanner, Piece, Plan, Planner, Task, split_tasks
    from patterns.records import RunRecord
    from patterns.router import Router
    from patterns.run import OnError, Run, StepFailed
    from patterns.store import InMemoryRunStore, RunStore
    from patterns.supervisor import Supervisor
    from patterns.worker import (
        BaseWorker,
        Event,
        FunctionWorker,
        Progress,
        Request,
        Result,
        Skill,
        Step,
        StepFinished,
        StepStarted,
        Usage,
        Worker,
        final_result,
    )

_SOURCES: dict[str, tuple[str, ...]] = {
    "patterns.base": ("PATTERN_NAMES", "Pattern", "PatternName"),
    "patterns.breaker": ("CircuitBreaker",),
    "patterns.budget": ("Budget", "BudgetTracker", "Price"),
    "patterns.clauses": ("split_material", "with_material"),
    "patterns.context": (
        "MAX_DEPTH",
        "RunContextFilter",
        "TraceParent",
        "check_depth",
        "current_run_id",
        "hops",
        "next_hop",
    ),
    "patterns.deciding": ("Choice", "Decider", "RankingDecider"),
    "patterns.errors": (
        "BudgetExceeded",
        "CircuitOpen",
        "MaxDepthExceeded",
        "PatternError",
        "PlanError",
        "TransportError",
    ),
    "patterns.evaluator": (
        "EvaluatorOptimizer",
        "Verdict",
        "choose_judge",
        "has_judging_skill",
        "has_revising_skill",
        "judge_message",
        "read_verdict",
        "revise_message",
        "without_loop_instruction",
    ),
    "patterns.fanout": ("FanOut", "majority_reached"),
    "patterns.guarded": ("Guarded", "RetryPolicy"),
    "patterns.handoff": ("handed_on",),
    "patterns.pipeline": ("Pipeline", "pass_output"),
    "patterns.planning": ("ClausePlanner", "Piece", "Plan", "Planner", "Task", "split_tasks"),
    "patterns.records": ("RunRecord",),
    "patterns.router": ("Router",),
    "patterns.run": ("OnError", "Run", "StepFailed"),
    "patterns.store": ("InMemoryRunStore", "RunStore"),
    "patterns.supervisor": ("Supervisor",),
    "patterns.worker": (
        "BaseWorker",
        "Event",
        "FunctionWorker",
        "Progress",
        "Request",
        "Result",
        "Skill",
        "Step",
        "StepFinished",
        "StepStarted",
        "Usage",
        "Worker",
        "final_result",
    ),
}
"""Each submodule and the names it gives the package."""
_SOURCE_OF = {name: module for module, names in _SOURCES.items() for name in names}


def __getattr__(name: str) -> object:
    """Import a name's submodule on first use and keep the name here, so the next use is a plain lookup."""
    module = _SOURCE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'patterns' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "MAX_DEPTH",
    "BaseWorker",
    "Budget",
    "BudgetExceeded",
    "BudgetTracker",
    "Choice",
    "CircuitBreaker",
    "CircuitOpen",
    "ClausePlanner",
    "Decider",
    "EvaluatorOptimizer",
    "Event",
    "FanOut",
    "FunctionWorker",
    "Guarded",
    "InMemoryRunStore",
    "MaxDepthExceeded",
    "OnError",
    "PATTERN_NAMES",
    "Pattern",
    "PatternName",
    "PatternError",
    "Piece",
    "Pipeline",
    "Plan",
    "PlanError",
    "Planner",
    "Price",
    "Progress",
    "RankingDecider",
    "Request",
    "Result",
    "RetryPolicy",
    "Router",
    "Run",
    "RunContextFilter",
    "RunRecord",
    "RunStore",
    "Skill",
    "Step",
    "StepFailed",
    "StepFinished",
    "StepStarted",
    "Supervisor",
    "Task",
    "TraceParent",
    "TransportError",
    "Usage",
    "Verdict",
    "Worker",
    "check_depth",
    "choose_judge",
    "current_run_id",
    "final_result",
    "handed_on",
    "has_judging_skill",
    "has_revising_skill",
    "hops",
    "judge_message",
    "majority_reached",
    "next_hop",
    "pass_output",
    "read_verdict",
    "revise_message",
    "split_material",
    "split_tasks",
    "with_material",
    "without_loop_instruction",
]
