"""Routing and planning with Claude: structured output through one forced tool call.

``ClaudeDecider`` asks Claude which agent fits a request and how sure it is; ``ClaudePlanner`` asks it for a
JSON plan of sub-tasks, each assigned to an agent, with dependencies — the same graph the offline planner makes:
independent parts with no dependencies, a dependency only where the request asks for an earlier result. Both
describe the agents from their cards, force the answer through a tool whose input schema is the structure wanted
(``tool_choice``), and validate what comes back (an unknown agent, a dependency that is not on an earlier task).
Any failure — the API, the network, an invalid answer — falls back to the offline decider or planner, so
orchestration never stops because Claude could not answer.
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


DEPENDS_ON = (
    "Ids of earlier tasks whose results this task needs as its input. Use it only when the request asks for "
    'it: explicit sequencing ("then", "after that", "finally") or a reference to a result ("based on '
    'that", "use the result", "with the answer", "summarize the findings"). A pronoun alone ("is it '
    'true that...") is not such a reference. Leave it empty for independent parts: they run at the same time '
    "and each receives only its own text. A task that depends on others receives their outputs as its material."
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


class ClaudePlanner(_Structured):
    def __init__(self, client: anthropic.AsyncAnthropic, model: str, fallback: Planner) -> None:
        super().__init__(client, model)
        self.fallback = fallback

    async def plan(self, request: Request, workers: Sequence[Worker]) -> Plan:
        names = [w.name for w in workers]
        try:
            answer = await self.ask(
                PLANNING, f"Agents:\n{catalog(workers)}\n\nRequest:\n{request.text}", plan_tool(names)
            )
            return Plan.from_dict(answer, names)  # validated: known agents, dependencies on earlier tasks only
        except (anthropic.AnthropicError, PlanError, ValueError, KeyError, TypeError, AttributeError) as exc:
            log.warning("planning with Claude failed (%s); planning offline", exc)
            return await self.fallback.plan(request, workers)
