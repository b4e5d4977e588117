"""Routing and planning with Claude: structured output through one forced tool call.

``ClaudeDecider`` asks Claude which agent fits a request and how sure it is; ``ClaudePlanner`` asks it for a
JSON plan of sub-tasks, each assigned to an agent, with dependencies. Both describe the agents from their cards,
force the answer through a tool whose input schema is the structure wanted (``tool_choice``), and validate what
comes back (an unknown agent, a forward dependency). Any failure — the API, the network, an invalid answer —
falls back to the offline decider or planner, so orchestration never stops because Claude could not answer.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import anthropic

from patterns import Choice, Decider, Plan, PlanError, Planner, Request, Worker

log = logging.getLogger(__name__)

NOBODY = "none"


def catalog(workers: Sequence[Worker]) -> str:
    """The agents as Claude sees them: name, description and skills with examples."""
    lines = []
    for worker in workers:
        lines.append(f"- {worker.name}: {worker.description}")
        for skill in worker.skills:
            examples = f" (e.g. {'; '.join(skill.examples[:3])})" if skill.examples else ""
            lines.append(f"    * {skill.name}: {skill.description}{examples}")
    return "\n".join(lines)


class _Structured:
    def __init__(self, client: anthropic.AsyncAnthropic, model: str) -> None:
        self.client, self.model = client, model

    async def ask(self, system: str, prompt: str, tool: dict[str, Any]) -> dict[str, Any]:
        reply = await self.client.messages.create(
            model=self.model,
            max_tokens=1024,
            system=system,
            messages=[{"role": "user", "content": prompt}],
            tools=[tool],
            tool_choice={"type": "tool", "name": tool["name"]},
        )
        for block in reply.content:
            if block.type == "tool_use" and block.name == tool["name"]:
                return dict(block.input)
        raise ValueError("Claude answered without the structured result")


class ClaudeDecider(_Structured):
    def __init__(self, client: anthropic.AsyncAnthropic, model: str, fallback: Decider) -> None:
        super().__init__(client, model)
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
                "You route requests to agents. Choose by the agents' descriptions and skills.",
                f"Agents:\n{catalog(workers)}\n\nRequest:\n{request.text}",
                tool,
            )
            agent, confidence = str(answer["agent"]), float(answer["confidence"])
            if agent == NOBODY:
                return []
            if agent not in names:
                raise ValueError(f"Claude chose an unknown agent {agent!r}")
        except (anthropic.AnthropicError, ValueError, KeyError, TypeError) as exc:
            log.warning("routing with Claude failed (%s); ranking offline", exc)
            return await self.fallback.rank(request, workers)
        choice = Choice(agent, max(0.0, min(1.0, confidence)), str(answer.get("reason", "")))
        rest = [c for c in await self.fallback.rank(request, workers) if c.worker != agent]
        return [choice, *rest]  # the others, offline-ranked, stay available as fallbacks


class ClaudePlanner(_Structured):
    def __init__(self, client: anthropic.AsyncAnthropic, model: str, fallback: Planner) -> None:
        super().__init__(client, model)
        self.fallback = fallback

    async def plan(self, request: Request, workers: Sequence[Worker]) -> Plan:
        names = [w.name for w in workers]
        tool = {
            "name": "make_plan",
            "description": "Split the request into sub-tasks in order, each for one agent.",
            "input_schema": {
                "type": "object",
                "properties": {
                    "tasks": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "id": {"type": "string"},
                                "text": {"type": "string", "description": "The sub-task, self-contained"},
                                "worker": {"type": "string", "enum": names},
                                "depends_on": {"type": "array", "items": {"type": "string"}},
                            },
                            "required": ["id", "text", "worker"],
                        },
                    }
                },
                "required": ["tasks"],
            },
        }
        try:
            answer = await self.ask(
                "You plan work for a team of agents. Independent sub-tasks have no dependencies, so they run "
                "at the same time; a sub-task that needs another's result depends on it.",
                f"Agents:\n{catalog(workers)}\n\nRequest:\n{request.text}",
                tool,
            )
            plan = Plan.from_dict(answer, names)
            if not plan.tasks:
                raise PlanError("the plan has no tasks")
            return plan
        except (anthropic.AnthropicError, PlanError, ValueError, KeyError, TypeError, AttributeError) as exc:
            log.warning("planning with Claude failed (%s); planning offline", exc)
            return await self.fallback.plan(request, workers)
