"""Orchestration patterns over any Worker, local or remote, and the ranking they share.

Transport-free: nothing here imports a web framework or a protocol server. Adapters (the A2A client worker,
the orchestrator agent) build on these names.
"""

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
    judge_message,
    read_verdict,
    revise_message,
)
from patterns.fanout import FanOut, majority_reached
from patterns.guarded import Guarded, RetryPolicy
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
    "has_judging_skill",
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
]
