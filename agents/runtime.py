"""The agent runtime: a spec, a model and a toolbox, running the tool loop within the spec's limits.

``Agent`` is an async context manager that opens the agent's MCP tool servers once, serves any number of runs
(concurrently: each run keeps its own conversation), and closes every tool server, and the model's client, when
it exits. A run is an
call that reports progress to a callback as it happens and returns how it ended:

    async with Agent(spec, model) as agent:
        outcome = await agent.run("What is 17% of 2,340?", on_event=forward)   # ToolCalled, ToolReturned, ...

A run never raises for a failure of the model, a tool or a limit: those become a failed ``Outcome`` with a
message fit for the caller. Cancelling the run cancels its tool calls.

Limits hold before each model call as well as after it. The run's deadline (the spec's ``timeout_s``, or less
when the caller's ``RunLimits`` say so) gives each call its timeout: the time left. The token budget and the
budget in dollars cap the reply's ``max_tokens`` at what is left, and a call whose input alone would already go
past either budget is not made: the run fails first, saying so. Each stop reason is handled: a reply cut off at
``max_tokens`` is continued (at most ``MAX_CONTINUATIONS`` times) unless the budget was what cut it, and its tool
calls are never run; a refusal ends the run ``rejected``.

Asking the user: a model that can (``asks_user``) is offered the ``ask_user`` tool. Calling it ends the run
``input-required`` with the question, and the outcome keeps the conversation; ``run(answer, history=...)``
continues it with the user's answer as that tool call's result.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from agents import telemetry
from agents.errors import AccordError, LimitExceeded
from agents.models.base import CallOptions, Message, Model, ToolCall, ToolResult, ToolSpec, Turn, Usage
from agents.models.pricing import PRICES, PriceTable
from agents.spec import AgentSpec
from agents.toolbox import Toolbox, tool_env

log = logging.getLogger(__name__)

ASK_USER = ToolSpec(
    name="ask_user",
    description=(
        "Ask the user for something the request needs and no tool can supply: a missing value, a choice between "
        "readings of an ambiguous request. The task pauses until the user answers; the answer comes back as "
        "this tool's result. Use it only when you cannot do the task well without the answer."
    ),
    input_schema={
        "type": "object",
        "properties": {"question": {"type": "string", "description": "One clear question for the user."}},
        "required": ["question"],
    },
)
MAX_CONTINUATIONS = 2
MIN_REPLY_TOKENS = 16
CONTINUE = "Your reply was cut off. Continue exactly where it stopped, without repeating anything."


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
class RunLimits:
    """Limits a caller sets on one run, on top of the spec's: what its own budget has left for this agent."""

    max_tokens: int | None = None
    max_cost_usd: float | None = None
    deadline_s: float | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """How a run ended. ``data`` holds the structured content of the tool results the answer rests on.

    ``usage`` and ``cost_usd`` (``None`` when the model's price is unknown) count every model call of the run,
    a failed run's too. An ``input-required`` outcome from ``ask_user`` keeps the ``conversation`` to continue.
    """

    status: Literal["completed", "failed", "input-required", "rejected"]
    text: str
    data: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])
    usage: Usage = field(default_factory=Usage)
    error: str | None = None
    cost_usd: float | None = None
    conversation: tuple[Message, ...] = ()


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
        prices: PriceTable = PRICES,
    ) -> None:
        self.spec = spec
        self.model = telemetry.traced_model(model, agent=spec.name)
        self.prices = prices
        self.toolbox = Toolbox(
            spec.tool_servers,
            agent=spec.name,
            local_servers=local_servers,
            env=tool_env(data_dir) if data_dir else None,
            call_timeout_s=spec.limits.timeout_s,
        )

    async def __aenter__(self) -> Agent:
        await self.toolbox.__aenter__()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        try:
            await self.toolbox.__aexit__(*exc_info)
        finally:
            close = getattr(self.model, "aclose", None)
            if close is not None:
                await close()

    async def run(
        self,
        text: str,
        *,
        on_event: EventSink | None = None,
        stream_text: bool = False,
        limits: RunLimits | None = None,
        history: Sequence[Message] = (),
    ) -> Outcome:
        """Run one request and return its outcome; progress goes to ``on_event`` as it happens.

        With ``stream_text`` the model's text also arrives as ``TextDelta`` events while it is produced.
        ``history`` continues an earlier conversation (an ``input-required`` outcome's), ``text`` being the
        user's answer.
        """
        limits = limits or RunLimits()
        seconds = min(t for t in (self.spec.limits.timeout_s, limits.deadline_s) if t is not None)
        loop = _Loop(self, on_event or _ignore, stream_text, limits, time.monotonic() + seconds)
        try:
            # asyncio's own timer: anyio's cancel scope cost a hop three times as much CPU to enter and leave
            async with asyncio.timeout(seconds):
                return await loop.run(text, history)
        except TimeoutError:
            return loop.failed(f"the agent did not finish within {seconds:g} s")
        except AccordError as exc:
            return loop.failed(str(exc))
        except Exception:
            log.exception("agent %s failed", self.spec.name)
            return loop.failed("the agent hit an internal error; the details are in its log")


async def _ignore(event: Event) -> None:
    return None


class _Loop:
    """One run's state: the conversation, the usage so far, and the tool results the answer will rest on."""

    def __init__(self, agent: Agent, send: EventSink, stream_text: bool, limits: RunLimits, deadline: float) -> None:
        self.agent, self.send, self.stream_text = agent, send, stream_text
        self.model = agent.model
        self.deadline = deadline
        spec_limits = agent.spec.limits
        self.token_budget = min(t for t in (spec_limits.token_budget, limits.max_tokens) if t is not None)
        costs = [c for c in (spec_limits.max_cost_usd, limits.max_cost_usd) if c is not None]
        self.cost_budget = min(costs) if costs else None
        self.usage = Usage()
        self.results: list[ToolResult] = []

    @property
    def cost(self) -> float | None:
        return self.agent.prices.cost(self.model.name, self.usage)

    def failed(self, message: str) -> Outcome:
        return Outcome("failed", message, usage=self.usage, error=message, cost_usd=self.cost)

    def tools(self) -> list[ToolSpec]:
        tools = list(self.agent.toolbox.tools)
        if getattr(self.model, "asks_user", False) and all(t.name != ASK_USER.name for t in tools):
            tools.append(ASK_USER)
        return tools

    async def run(self, text: str, history: Sequence[Message]) -> Outcome:
        spec, toolbox = self.agent.spec, self.agent.toolbox
        messages = _continued(history, text) if history else [Message.user(text)]
        tools = self.tools()
        on_text = self._text_sink if self.stream_text else None
        partial: list[str] = []  # a reply cut off at max_tokens, continued over the next turns
        for _ in range(spec.limits.max_turns):
            options = self._options(spec.instructions, messages, tools)
            started = time.perf_counter()
            turn: Turn = await self.model.respond(spec.instructions, messages, tools, on_text, options=options)
            self.usage += turn.usage
            await self.send(UsageReport(turn.usage, self.model.name))
            log.debug("turn of %s took %.1f ms", spec.name, (time.perf_counter() - started) * 1000)
            self._check_after()
            if turn.stop == "max_tokens":
                messages += self._continuation(turn, options, partial)
                continue
            if partial and not turn.tool_calls:
                turn = Turn("".join([*partial, turn.text]), usage=turn.usage, stop=turn.stop)
            partial.clear()
            if not turn.tool_calls:
                return self._final(turn)
            messages.append(Message("assistant", turn.text, tool_calls=turn.tool_calls))
            results: list[ToolResult] = []
            question: ToolCall | None = None
            for call in turn.tool_calls:
                if call.name == ASK_USER.name and ASK_USER in tools:
                    question = call
                    continue
                await self.send(ToolCalled(call))
                result = await toolbox.call(call)
                await self.send(ToolReturned(result))
                results.append(result)
            self.results += results
            messages.append(Message("tool", tool_results=tuple(results)))
            if question is not None:
                return self._ask(question, messages)
        raise LimitExceeded(f"the agent stopped after {spec.limits.max_turns} turns without a final answer")

    def _options(self, instructions: str, messages: Sequence[Message], tools: Sequence[ToolSpec]) -> CallOptions:
        """This call's timeout and reply cap: what the deadline and the budgets have left. Raises when nothing is."""
        left_s = self.deadline - time.monotonic()
        if left_s <= 0:
            raise LimitExceeded("the run's deadline passed before the next model call")
        needed = estimate_tokens(instructions, messages, tools)
        tokens_left = self.token_budget - self.usage.total_tokens - needed
        if tokens_left < MIN_REPLY_TOKENS:
            raise LimitExceeded(
                f"the next model call would go over its budget of {self.token_budget} tokens: "
                f"{self.usage.total_tokens} used, about {needed + MIN_REPLY_TOKENS} more needed"
            )
        cap = tokens_left
        if self.cost_budget is not None:
            cap = min(cap, self._affordable(needed))
        default = getattr(self.model, "max_tokens", None)
        return CallOptions(max_tokens=min(cap, default) if isinstance(default, int) else cap, timeout_s=left_s)

    def _affordable(self, input_tokens: int) -> int:
        """Reply tokens the dollar budget still buys after the next call's input, or raise when it buys too few."""
        assert self.cost_budget is not None
        prices, name = self.agent.prices, self.model.name
        price = prices.price(name)
        if price is None:
            raise LimitExceeded(f"cannot keep to a budget in dollars: no price is known for the model {name!r}")
        spent = self.cost or 0.0
        input_cost = prices.cost(name, Usage(input_tokens))
        left = self.cost_budget - spent - (input_cost or 0.0)
        reply = prices.max_output_tokens(name, left)
        if reply is not None and reply < MIN_REPLY_TOKENS:
            raise LimitExceeded(
                f"the next model call would go over the budget of ${self.cost_budget:g}: "
                f"${spent:.4f} spent, about ${(input_cost or 0.0):.4f} more for its input alone"
            )
        return reply if reply is not None else self.token_budget

    def _check_after(self) -> None:
        if self.usage.total_tokens > self.token_budget:
            raise LimitExceeded(
                f"the run used {self.usage.total_tokens} tokens, over its budget of {self.token_budget}"
            )
        cost = self.cost
        if self.cost_budget is not None and cost is not None and cost > self.cost_budget:
            raise LimitExceeded(f"the run cost ${cost:.4f}, over its budget of ${self.cost_budget:g}")

    def _continuation(self, turn: Turn, options: CallOptions, partial: list[str]) -> list[Message]:
        default = getattr(self.model, "max_tokens", None)
        if isinstance(default, int) and options.max_tokens is not None and options.max_tokens < default:
            raise LimitExceeded(
                f"the reply was cut off at {options.max_tokens} tokens: that is all the run's budget had left"
            )
        if len(partial) >= MAX_CONTINUATIONS:
            raise LimitExceeded(
                f"the reply was cut off at the model's maximum length {len(partial) + 1} times; "
                "ask for a shorter answer or raise the model's max_tokens"
            )
        partial.append(turn.text)
        # any tool call in the cut-off reply was dropped by the backend: its input may be truncated
        return [Message("assistant", turn.text or "…"), Message.user(CONTINUE)]

    def _final(self, turn: Turn) -> Outcome:
        if turn.error:
            return self.failed(turn.error)
        if turn.rejected:
            return Outcome("rejected", turn.text, usage=self.usage, error=turn.text, cost_usd=self.cost)
        data = [r.data for r in self.results if r.data is not None and not r.is_error]
        status = "input-required" if turn.needs_input else "completed"
        return Outcome(status, turn.text, data, self.usage, cost_usd=self.cost)

    def _ask(self, call: ToolCall, messages: list[Message]) -> Outcome:
        question = str(call.arguments.get("question") or "").strip() or "Could you tell me more about the request?"
        return Outcome("input-required", question, usage=self.usage, cost_usd=self.cost, conversation=tuple(messages))

    async def _text_sink(self, chunk: str) -> None:
        await self.send(TextDelta(chunk))


def _continued(history: Sequence[Message], answer: str) -> list[Message]:
    """The conversation with the user's ``answer``: as the result of a pending ``ask_user`` call, else a new turn."""
    messages = list(history)
    asked = messages[-2] if len(messages) >= 2 and messages[-1].role == "tool" else None
    pending = [c for c in asked.tool_calls if c.name == ASK_USER.name] if asked is not None else []
    answered: set[str] = {r.call_id for r in messages[-1].tool_results} if pending else set()
    pending = [c for c in pending if c.id not in answered]
    if not pending:
        return [*messages, Message.user(answer)]
    replies = tuple(ToolResult(c.id, c.name, answer) for c in pending)
    return [*messages[:-1], Message("tool", tool_results=(*messages[-1].tool_results, *replies))]


def estimate_tokens(instructions: str, messages: Sequence[Message], tools: Sequence[ToolSpec]) -> int:
    """A rough count of a call's input tokens (four characters a token), for budget checks before the call."""
    chars = len(instructions)
    for message in messages:
        chars += len(message.text)
        chars += sum(len(c.name) + len(json.dumps(c.arguments, default=str)) for c in message.tool_calls)
        chars += sum(len(r.text) for r in message.tool_results)
    chars += sum(_tool_chars(t) for t in tools)
    return chars // 4


_TOOL_CHARS: dict[int, tuple[ToolSpec, int]] = {}
"""The size of each tool as the model is shown it, by the tool's identity: the same tools go with every call of an
agent, and dumping their schemas again for every call cost more than the rest of the estimate."""


def _tool_chars(tool: ToolSpec) -> int:
    known = _TOOL_CHARS.get(id(tool))
    if known is not None and known[0] is tool:
        return known[1]
    if len(_TOOL_CHARS) >= 1024:  # tool lists that came and went (toolboxes reopened): start again
        _TOOL_CHARS.clear()
    chars = len(tool.name) + len(tool.description) + len(json.dumps(tool.input_schema, default=str))
    _TOOL_CHARS[id(tool)] = (tool, chars)
    return chars
