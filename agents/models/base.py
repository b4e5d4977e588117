"""The model contract: a conversation and tool schemas in, one turn out.

Every backend (``LocalModel``, ``ClaudeModel``, the ``ScriptedModel`` tests use) implements ``Model.respond``.
The runtime owns the loop — it runs the tool calls a turn asks for, appends their results and asks again — so a
backend only ever answers "what next?".
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from patterns.worker import Usage  # the one Usage: what any call consumed, a model's turn or an agent's answer

TextSink = Callable[[str], Awaitable[None]]
"""Receives text as the model produces it (streaming backends call it per chunk)."""


@dataclass(frozen=True, slots=True)
class ToolSpec:
    """A tool as the model sees it: what MCP's ``tools/list`` said."""

    name: str
    description: str
    input_schema: dict[str, Any]
    output_schema: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class ToolCall:
    id: str
    name: str
    arguments: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ToolResult:
    """What a tool returned: text for people and models, structured data when the tool declared an output schema.

    An error is either the tool refusing its input with a reason (``is_error``), or a ``fault``: the call never
    reached a decision (the tool crashed, its server was unreachable, no such tool).
    """

    call_id: str
    name: str
    text: str
    data: dict[str, Any] | None = None
    is_error: bool = False
    fault: bool = False


@dataclass(frozen=True, slots=True)
class CallOptions:
    """Limits and choices for one model call, decided by the caller (the runtime, a planner).

    ``max_tokens`` caps the reply (the runtime passes what the budget has left); ``timeout_s`` bounds the call
    (the time left before the task's deadline); ``tool_choice`` names a tool the model must call (structured
    output). ``None`` leaves the backend's default.
    """

    max_tokens: int | None = None
    timeout_s: float | None = None
    tool_choice: str | None = None


@dataclass(frozen=True, slots=True)
class Message:
    """One entry of the conversation. Assistant messages may carry tool calls; tool messages carry results."""

    role: Literal["user", "assistant", "tool"]
    text: str = ""
    tool_calls: tuple[ToolCall, ...] = ()
    tool_results: tuple[ToolResult, ...] = ()

    @classmethod
    def user(cls, text: str) -> Message:
        return cls("user", text)


@dataclass(frozen=True, slots=True)
class Turn:
    """The model's answer to one ``respond`` call.

    A turn with ``tool_calls`` asks the runtime to run them and call again. A turn without is final: ``text`` is
    the answer; ``needs_input`` means the answer is a question for the user (the task becomes input-required);
    ``rejected`` means the model declines honestly because it cannot account for the whole request (the task
    becomes rejected, ``text`` says what it can do instead); ``error`` means something went wrong while doing it
    (the task fails with that message).

    ``stop`` says why the model stopped, in the same words for every backend: ``end`` (a final answer),
    ``tool_use``, ``max_tokens`` (cut off: ``text`` is partial and a backend never returns a tool call from
    such a turn, since its input may be truncated) or ``refusal`` (``rejected`` is then set too).
    """

    text: str = ""
    tool_calls: tuple[ToolCall, ...] = ()
    usage: Usage = field(default_factory=Usage)
    needs_input: bool = False
    error: str | None = None
    rejected: bool = False
    stop: Literal["end", "tool_use", "max_tokens", "refusal"] = "end"


class Model(Protocol):
    """A backend. ``name`` is the model's name (it keys the price table).

    A backend that can be told to call a tool it did not list as a real tool (``ask_user``, which the runtime
    answers by asking the caller) sets ``asks_user = True``; one that streams its text as it is generated sets
    ``streams_text = True``. The offline model does neither.
    """

    name: str

    async def respond(
        self,
        instructions: str,
        messages: Sequence[Message],
        tools: Sequence[ToolSpec],
        on_text: TextSink | None = None,
        *,
        options: CallOptions | None = None,
    ) -> Turn:
        """The next turn of the conversation. Raises ``ModelError`` when the backend fails."""
        ...


def last_user_text(messages: Sequence[Message]) -> str:
    return next((m.text for m in reversed(messages) if m.role == "user"), "")


def results_since_user(messages: Sequence[Message]) -> list[ToolResult]:
    """Tool results that arrived after the latest user message, in order."""
    results: list[ToolResult] = []
    for message in reversed(messages):
        if message.role == "user":
            break
        results[:0] = message.tool_results
    return results
