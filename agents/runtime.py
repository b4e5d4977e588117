"""The agent runtime: a spec, a model and a toolbox, running the tool loop within the spec's limits.

``Agent`` is an async context manager that opens the agent's MCP tool servers once, serves any number of runs
(concurrently: each run keeps its own conversation), and closes every tool server when it exits. A run is an
call that reports progress to a callback as it happens and returns how it ended:

    async with Agent(spec, model) as agent:
        outcome = await agent.run("What is 17% of 2,340?", on_event=forward)   # ToolCalled, ToolReturned, ...

A run never raises for a failure of the model, a tool or a limit: those become a failed ``Outcome`` with a
message fit for the caller. Cancelling the run cancels its tool calls.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import anyio

from agents.errors import AccordError, LimitExceeded
from agents.models.base import Message, Model, ToolCall, ToolResult, Turn, Usage
from agents.spec import AgentSpec
from agents.toolbox import Toolbox, tool_env

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Status:
    text: str


@dataclass(frozen=True, slots=True)
class ToolCalled:
    call: ToolCall


@dataclass(frozen=True, slots=True)
class ToolReturned:
    result: ToolResult


@dataclass(frozen=True, slots=True)
class TextDelta:
    text: str


@dataclass(frozen=True, slots=True)
class UsageReport:
    usage: Usage
    model: str


@dataclass(frozen=True, slots=True)
class Outcome:
    """How a run ended. ``data`` holds the structured content of the tool results the answer rests on."""

    status: Literal["completed", "failed", "input-required", "rejected"]
    text: str
    data: list[dict[str, Any]] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    error: str | None = None


Event = Status | ToolCalled | ToolReturned | TextDelta | UsageReport
EventSink = Callable[[Event], Awaitable[None]]


class Agent:
    """One agent: its spec, its model, its tools."""

    def __init__(
        self,
        spec: AgentSpec,
        model: Model,
        *,
        data_dir: Path | None = None,
        local_servers: Mapping[str, Any] | None = None,
    ) -> None:
        self.spec = spec
        self.model = model
        self.toolbox = Toolbox(
            spec.tool_servers,
            local_servers=local_servers,
            env=tool_env(data_dir) if data_dir else None,
            call_timeout_s=spec.limits.timeout_s,
        )

    async def __aenter__(self) -> Agent:
        await self.toolbox.__aenter__()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.toolbox.__aexit__(*exc_info)

    async def run(self, text: str, *, on_event: EventSink | None = None, stream_text: bool = False) -> Outcome:
        """Run one request and return its outcome; progress goes to ``on_event`` as it happens.

        With ``stream_text`` the model's text also arrives as ``TextDelta`` events while it is produced.
        """
        loop = _Loop(self, on_event or _ignore, stream_text)
        try:
            with anyio.fail_after(self.spec.limits.timeout_s):
                return await loop.run(text)
        except TimeoutError:
            return loop.failed(f"the agent did not finish within {self.spec.limits.timeout_s:g} s")
        except AccordError as exc:
            return loop.failed(str(exc))
        except Exception:
            log.exception("agent %s failed", self.spec.name)
            return loop.failed("the agent hit an internal error; the details are in its log")


async def _ignore(event: Event) -> None:
    return None


class _Loop:
    """One run's state: the conversation, the usage so far, and the tool results the answer will rest on."""

    def __init__(self, agent: Agent, send: EventSink, stream_text: bool) -> None:
        self.agent, self.send, self.stream_text = agent, send, stream_text
        self.usage = Usage()
        self.results: list[ToolResult] = []

    def failed(self, message: str) -> Outcome:
        return Outcome("failed", message, usage=self.usage, error=message)

    async def run(self, text: str) -> Outcome:
        spec, model, toolbox = self.agent.spec, self.agent.model, self.agent.toolbox
        messages: list[Message] = [Message.user(text)]
        on_text = self._text_sink if self.stream_text else None
        for _ in range(spec.limits.max_turns):
            started = time.perf_counter()
            turn: Turn = await model.respond(spec.instructions, messages, toolbox.tools, on_text)
            self.usage += turn.usage
            await self.send(UsageReport(turn.usage, model.name))
            log.debug("turn of %s took %.1f ms", spec.name, (time.perf_counter() - started) * 1000)
            if self.usage.total > spec.limits.token_budget:
                raise LimitExceeded(
                    f"the run used {self.usage.total} tokens, over its budget of {spec.limits.token_budget}"
                )
            if not turn.tool_calls:
                return self._final(turn)
            messages.append(Message("assistant", turn.text, tool_calls=turn.tool_calls))
            results = []
            for call in turn.tool_calls:
                await self.send(ToolCalled(call))
                result = await toolbox.call(call)
                await self.send(ToolReturned(result))
                results.append(result)
            self.results += results
            messages.append(Message("tool", tool_results=tuple(results)))
        raise LimitExceeded(f"the agent stopped after {spec.limits.max_turns} turns without a final answer")

    def _final(self, turn: Turn) -> Outcome:
        if turn.error:
            return self.failed(turn.error)
        if turn.rejected:
            return Outcome("rejected", turn.text, usage=self.usage, error=turn.text)
        data = [r.data for r in self.results if r.data is not None and not r.is_error]
        status = "input-required" if turn.needs_input else "completed"
        return Outcome(status, turn.text, data, self.usage)

    async def _text_sink(self, chunk: str) -> None:
        await self.send(TextDelta(chunk))
