"""A conversation as JSON, so a task waiting for the user's answer can continue where it stopped.

The A2A host keeps the conversation of a run that asked the user something (``ask_user``) in the task's stored
status message and reads it back when the answer arrives. ``load`` trusts nothing: a value that is not the
shape ``dump`` writes, or one larger than ``MAX_CHARS``, gives ``None`` and the host falls back to replaying the
request with the answer.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from agents.json_values import json_array
from agents.models.base import Message, ToolCall, ToolResult

MAX_CHARS = 256_000
MAX_MESSAGES = 200


def dump(messages: Sequence[Message]) -> list[dict[str, Any]] | None:
    """The conversation as JSON values, or ``None`` when it is too large to keep."""
    out = [
        {
            "role": m.role,
            "text": m.text,
            "toolCalls": [{"id": c.id, "name": c.name, "arguments": c.arguments} for c in m.tool_calls],
            "toolResults": [
                {"callId": r.call_id, "name": r.name, "text": r.text, "isError": r.is_error} for r in m.tool_results
            ],
        }
        for m in messages
    ]
    if len(out) > MAX_MESSAGES or len(json.dumps(out, default=str)) > MAX_CHARS:
        return None
    return json.loads(json.dumps(out, default=str))


def load(value: Any) -> list[Message] | None:
    """The conversation ``dump`` wrote, or ``None`` for anything else."""
    items = json_array(value)
    if not items or len(items) > MAX_MESSAGES:
        return None
    try:
        if len(json.dumps(items)) > MAX_CHARS:
            return None
        messages = [_message(item) for item in items]
    except (TypeError, ValueError, KeyError, AttributeError):
        return None
    return messages if messages[0].role == "user" else None


def _message(item: dict[str, Any]) -> Message:
    role = item["role"]
    if role not in ("user", "assistant", "tool"):
        raise ValueError(role)
    call_items: list[Any] = item.get("toolCalls") or []
    result_items: list[Any] = item.get("toolResults") or []
    calls = tuple(ToolCall(str(c["id"]), str(c["name"]), dict(c["arguments"])) for c in call_items)
    results = tuple(
        ToolResult(str(r["callId"]), str(r["name"]), str(r["text"]), is_error=bool(r.get("isError")))
        for r in result_items
    )
    return Message(role, str(item.get("text") or ""), calls, results)
