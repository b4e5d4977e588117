"""What the gateway's tools return: closed models, so each tool's output schema names every field it may send."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from agents.json_values import json_array, json_object


def nullable_as_type_list(schema: dict[str, Any]) -> None:
    """Say ``X | None`` fields as ``"type": [X, "null"]``, not pydantic's ``anyOf`` of two schemas: the same
    values pass, and a client checking every answer against the output schema (the MCP SDK's does) tries one
    schema per field instead of two, which halved the validation of an ``ask_agent`` answer."""
    for field in (json_object(schema.get("properties")) or {}).values():
        field = json_object(field) or {}
        either = json_array(field.get("anyOf")) or []
        first = json_object(either[0]) if len(either) == 2 and either[1] == {"type": "null"} else None
        if first is not None and isinstance(first.get("type"), str) and "anyOf" not in first:
            del field["anyOf"]
            field.update(first)
            field["type"] = [first["type"], "null"]


class Closed(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra=nullable_as_type_list)


class SkillSummary(Closed):
    id: str | None = None
    name: str | None = None
    tags: list[str] = Field(default_factory=list)


class AgentSummary(Closed):
    name: str = Field(description="The agent's registry name: pass it to ask_agent")
    status: str = Field(description="up or down")
    url: str | None = Field(default=None, description="The agent's A2A endpoint")
    description: str = ""
    skills: list[SkillSummary] = Field(default_factory=list[SkillSummary])


class CallResult(Closed):
    """One agent call or run as it stands: finished, still working, or waiting for the caller's answer."""

    state: str = Field(
        description="completed; working (still running: call get_run with run_id); input-required (the agent "
        "asks 'question': answer with ask_agent, passing task_id and context_id)"
    )
    agent: str | None = Field(default=None, description="The agent that answered")
    text: str | None = Field(default=None, description="The answer's text")
    task_id: str | None = Field(default=None, description="The A2A task's id")
    context_id: str | None = Field(default=None, description="The A2A conversation's id")
    question: str | None = Field(default=None, description="What the agent needs to know, when input-required")
    run_id: str | None = Field(default=None, description="The run's id: pass it to get_run")
    run: dict[str, Any] | None = Field(default=None, description="The orchestration's run record (steps, usage)")
    data: list[Any] | None = Field(default=None, description="Structured data the agent returned")
    progress: list[str] | None = Field(default=None, description="The latest progress updates of a running call")
    note: str | None = Field(default=None, description="What to do next")
