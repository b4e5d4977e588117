"""Routing and planning with a model: structured output through one forced tool call.

``ModelDecider`` asks the model which agent fits a request and how sure it is; ``ModelPlanner`` asks it for a
JSON plan of sub-tasks, each assigned to an agent, with dependencies — the same graph the offline planner makes:
independent parts with no dependencies, a dependency only where the request asks for an earlier result. Both
work with any ``Model`` (Claude, an OpenAI-compatible server), describe the agents from their cards, force the
answer through a tool whose input schema is the structure wanted (``CallOptions.tool_choice``), and validate
what comes back (an unknown agent, a dependency that is not on an earlier task). The agent catalogue is part of
the system prompt, the stable prefix a backend caches.

Every call is counted by an ``OwnCalls`` meter (the orchestrator keeps one per run, so its own calls are in the
run's usage) and held to the orchestration's budget: it is not made once the budget is spent, its reply is
capped at the tokens left, and its timeout is the time left (at most ``CALL_TIMEOUT_S``). Any failure — the
budget, the API, the network, an invalid answer — falls back to the offline decider or planner, so
orchestration never stops because a model could not answer.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from agents.errors import AccordError
from agents.models.base import CallOptions, Message, Model, ToolSpec, Usage
from agents.models.pricing import PRICES, PriceTable
from patterns import BudgetExceeded, Choice, Decider, Plan, PlanError, Planner, Request, Worker
from patterns import Usage as RunUsage
from patterns.budget import active_tracker

log = logging.getLogger(__name__)

NOBODY = "none"
CALL_TIMEOUT_S = 30.0
MAX_ANSWER_TOKENS = 1024
MIN_ANSWER_TOKENS = 64


def catalog(workers: Sequence[Worker]) -> str:
    """The agents as the model sees them: name, description and skills with examples."""
    lines: list[str] = []
    for worker in workers:
        lines.append(f"- {worker.name}: {worker.description}")
        for skill in worker.skills:
            examples = f" (e.g. {'; '.join(skill.examples[:3])})" if skill.examples else ""
            lines.append(f"    * {skill.name}: {skill.description}{examples}")
    return "\n".join(lines)


@dataclass(slots=True)
class OwnCalls:
    """The model calls an orchestration makes itself: their usage and estimated cost, charged to its budget."""

    model: str
    prices: PriceTable = PRICES
    usage: Usage = field(default_factory=Usage)
    calls: int = 0

    @property
    def cost(self) -> float | None:
        return self.prices.cost(self.model, self.usage)

    def options(self, tool: str) -> CallOptions:
        """The next call's limits from the orchestration's budget; raises ``BudgetExceeded`` when it is spent."""
        tracker = active_tracker()
        tokens, seconds = MAX_ANSWER_TOKENS, CALL_TIMEOUT_S
        if tracker is not None:
            tracker.check()
            left = tracker.remaining_tokens()
            if left is not None:
                tokens = min(tokens, left)
            cost = tracker.remaining_cost()
            affordable = self.prices.max_output_tokens(self.model, cost) if cost is not None else None
            if affordable is not None:
                tokens = min(tokens, affordable)
            time_left = tracker.remaining_time()
            if time_left is not None:
                seconds = min(seconds, time_left)
        if tokens < MIN_ANSWER_TOKENS or seconds <= 0:
            raise BudgetExceeded("the orchestration's budget has no room for another model call")
        return CallOptions(max_tokens=tokens, timeout_s=seconds, tool_choice=tool)

    def charge(self, usage: Usage) -> None:
        before = self.cost
        self.usage += usage
        self.calls += 1
        after = self.cost
        tracker = active_tracker()
        if tracker is not None:
            spent = None if after is None else after - (before or 0.0)
            tracker.charge_model(self.as_run_usage(usage, spent, calls=0))

    def total(self) -> RunUsage:
        """Everything counted so far, as a run's usage (no agent calls)."""
        return self.as_run_usage(self.usage, self.cost, calls=0)

    @staticmethod
    def as_run_usage(usage: Usage, cost: float | None, calls: int) -> RunUsage:
        return RunUsage(
            usage.input_tokens,
            usage.output_tokens,
            calls,
            cost,
            usage.cache_read_tokens,
            usage.cache_write_tokens,
        )


class _Structured:
    def __init__(self, model: Model, meter: OwnCalls | None = None) -> None:
        self.model = model
        self.meter = meter or OwnCalls(model.name)

    async def ask(self, system: str, prompt: str, tool: dict[str, Any]) -> dict[str, Any]:
        spec = ToolSpec(tool["name"], tool["description"], tool["input_schema"])
        options = self.meter.options(tool["name"])
        turn = await self.model.respond(system, [Message.user(prompt)], [spec], options=options)
        self.meter.charge(turn.usage)
        for call in turn.tool_calls:
            if call.name == tool["name"]:
                return dict(call.arguments)
        raise ValueError(f"{self.model.name} answered without the structured result ({turn.stop})")


_FAILURES = (AccordError, BudgetExceeded, PlanError, ValueError, KeyError, TypeError, AttributeError)


class ModelDecider(_Structured):
    def __init__(self, model: Model, fallback: Decider, meter: OwnCalls | None = None) -> None:
        super().__init__(model, meter)
        self.fallback = fallback

    async def rank(self, request: Request, workers: Sequence[Worker]) -> list[Choice]:
        names = [w.name for w in workers]
        tool = {
            "name": "choose_agent",
            "description": "Name the one agent best able to handle the request, or 'none' if no agent fits.",
            "input_schema": {
                "type": "object",
                "properties": {
                    "agent": {"type": "string", "enum": [*names, NOBODY]},
                    "confidence": {"type": "number", "minimum": 0, "maximum": 1},
                    "reason": {"type": "string"},
                },
                "required": ["agent", "confidence"],
            },
        }
        try:
            answer = await self.ask(
                f"You route requests to agents. Choose by the agents' descriptions and skills.\n\n"
                f"Agents:\n{catalog(workers)}",
                f"Request:\n{request.text}",
                tool,
            )
            agent, confidence = str(answer["agent"]), float(answer["confidence"])
            if agent == NOBODY:
                return []
            if agent not in names:
                raise ValueError(f"the model chose an unknown agent {agent!r}")
        except _FAILURES as exc:
            log.warning("routing with %s failed (%s); ranking offline", self.model.name, exc)
            return await self.fallback.rank(request, workers)
        choice = Choice(agent, max(0.0, min(1.0, confidence)), str(answer.get("reason", "")))
        rest = [c for c in await self.fallback.rank(request, workers) if c.worker != agent]
        return [choice, *rest]  # the others, offline-ranked, stay available as fallbacks


DEPENDS_ON = (
    "Ids of earlier tasks whose results this task needs as its input. Use it only when the request asks for "
    'it: explicit sequencing ("then", "after that", "finally") or a reference to a result ("based on '
    'that", "use the result", "with the answer", "summarize the findings"). A pronoun alone ("is it '
    'true that...") is not such a reference. Leave it empty for independent parts: they run at the same time '
    "and each receives only its own text. A task that depends on others receives their answers as its material "
    "(a calculation's result, not its working)."
)
TASK_TEXT = (
    "The sub-task in the user's words, self-contained, and only its own part of the request. Keep any material "
    "it works on (text after a colon, in quotes or in a ``` block) whole and verbatim in this text; never split "
    "material between tasks."
)
PLANNING = (
    "You plan work for a team of agents as a graph of sub-tasks. Each sub-task is one agent's part of the "
    "request. Independent parts have no dependencies, so they run at the same time and none sees another's "
    "output; a part depends on an earlier one only when the request asks for that result."
)


def plan_tool(names: Sequence[str]) -> dict[str, Any]:
    """The ``make_plan`` tool: its input schema is the plan (tasks with ids, text, worker and dependencies)."""
    return {
        "name": "make_plan",
        "description": "Split the request into sub-tasks in order, each for one agent, with their dependencies.",
        "input_schema": {
            "type": "object",
            "properties": {
                "tasks": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "id": {"type": "string"},
                            "text": {"type": "string", "description": TASK_TEXT},
                            "worker": {"type": "string", "enum": list(names)},
                            "depends_on": {"type": "array", "items": {"type": "string"}, "description": DEPENDS_ON},
                        },
                        "required": ["id", "text", "worker", "depends_on"],
                    },
                }
            },
            "required": ["tasks"],
        },
    }


class ModelPlanner(_Structured):
    def __init__(self, model: Model, fallback: Planner, meter: OwnCalls | None = None) -> None:
        super().__init__(model, meter)
        self.fallback = fallback

    async def plan(self, request: Request, workers: Sequence[Worker]) -> Plan:
        names = [w.name for w in workers]
        try:
            answer = await self.ask(
                f"{PLANNING}\n\nAgents:\n{catalog(workers)}", f"Request:\n{request.text}", plan_tool(names)
            )
            return Plan.from_dict(answer, names)  # validated: known agents, dependencies on earlier tasks only
        except _FAILURES as exc:
            log.warning("planning with %s failed (%s); planning offline", self.model.name, exc)
            return await self.fallback.plan(request, workers)
