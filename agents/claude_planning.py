"""Routing and planning with Claude: ``agents.planning``'s model decider and planner over an ``anthropic`` client.

Kept for code that builds them from a client; new code passes the orchestrator its ``Model``
(``Orchestrator(model=select_model(...))``), which routes and plans through ``agents.planning`` with whatever
backend the settings chose, counting every call in the run.
"""

from __future__ import annotations

import anthropic

from agents.models.claude import ClaudeModel
from agents.planning import DEPENDS_ON, NOBODY, PLANNING, TASK_TEXT, ModelDecider, ModelPlanner, catalog, plan_tool
from patterns import Decider, Planner

__all__ = ["DEPENDS_ON", "NOBODY", "PLANNING", "TASK_TEXT", "ClaudeDecider", "ClaudePlanner", "catalog", "plan_tool"]


class ClaudeDecider(ModelDecider):
    def __init__(self, client: anthropic.AsyncAnthropic, model: str, fallback: Decider) -> None:
        super().__init__(ClaudeModel(model, client=client), fallback)


class ClaudePlanner(ModelPlanner):
    def __init__(self, client: anthropic.AsyncAnthropic, model: str, fallback: Planner) -> None:
        super().__init__(ClaudeModel(model, client=client), fallback)
