"""ClaudeModel: Claude through the ``anthropic`` SDK's async Messages API, with tools, streaming and caching.

One ``respond`` is one model turn, and the runtime runs the tools between turns. Inside a turn this backend
does what the SDK's own tool runner does with each ``stop_reason``:

- ``end_turn`` / ``stop_sequence``: a final answer; ``tool_use``: the tool calls to run;
- ``max_tokens``: the reply was cut off. Its text comes back as partial (``stop="max_tokens"``) and any tool
  call in it is dropped, never run: its input may be truncated JSON. The runtime continues or fails;
- ``refusal``: Claude declined; the turn is ``rejected`` with the reason, so the task ends rejected;
- ``pause_turn``: the API paused a long turn; it is resumed by sending the paused content back, up to
  ``MAX_PAUSES`` times;
- ``model_context_window_exceeded``: the turn fails, saying the conversation no longer fits.

Prompt caching: the stable prefix (the tool list and the system prompt, which holds the agent's instructions or a
planner's agent catalogue) and the conversation so far carry ``cache_control``, so the next turn of the same
conversation reads them from the cache instead of paying for them again. Usage reports cache reads and writes.

Errors: each SDK failure becomes a ``ModelError`` whose ``kind`` and message say what happened (bad key, rate
limited, overloaded, server error, malformed reply, timed out, unreachable). The SDK retries only what it
documents as retryable (connection errors, 408, 409, 429, 5xx and 529) before that. Each call's timeout comes
from ``CallOptions.timeout_s`` (the time left before the task's deadline), not the SDK's 600 s default.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, cast

import anthropic
import pydantic

from agents.errors import ModelError, ModelFailure
from agents.json_values import json_object
from agents.models.base import CallOptions, Message, TextSink, ToolCall, ToolSpec, Turn, Usage

DEFAULT_CLAUDE_MODEL = "claude-sonnet-5-5"
DEFAULT_TIMEOUT_S = 60.0
MAX_PAUSES = 3
CACHE = {"type": "ephemeral"}


class ClaudeModel:
    """Claude as an accord ``Model``. With ``on_text`` the turn is streamed and its text reaches the sink as it
    arrives; without, one request returns the whole message. ``cache=False`` sends no ``cache_control``.
    """

    asks_user = True
    streams_text = True

    def __init__(
        self,
        model: str = DEFAULT_CLAUDE_MODEL,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        max_tokens: int = 4096,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        max_retries: int = 2,
        client: anthropic.AsyncAnthropic | None = None,
        cache: bool = True,
    ) -> None:
        self.name = model
        self.max_tokens = max_tokens
        self.timeout_s = timeout_s
        self.cache = cache
        self.client = client or anthropic.AsyncAnthropic(
            api_key=api_key,
            base_url=base_url,
            timeout=anthropic.Timeout(timeout_s, connect=min(5.0, timeout_s)),
            max_retries=max_retries,
        )

    async def respond(
        self,
        instructions: str,
        messages: Sequence[Message],
        tools: Sequence[ToolSpec],
        on_text: TextSink | None = None,
        *,
        options: CallOptions | None = None,
    ) -> Turn:
        options = options or CallOptions()
        params = self._params(instructions, messages, tools, options)
        timeout = options.timeout_s or self.timeout_s
        usage = Usage()
        texts: list[str] = []
        for _ in range(MAX_PAUSES + 1):
            reply = await self._call(params, on_text, timeout)
            usage += claude_usage(reply.usage)
            texts.append("".join(block.text for block in reply.content if block.type == "text"))
            if reply.stop_reason != "pause_turn":
                return _turn(reply, "".join(texts), usage)
            # resumed by sending the paused turn back as it was; the API carries on from where it stopped
            params["messages"] = [*params["messages"], {"role": "assistant", "content": reply.to_param()["content"]}]
        return Turn(
            "".join(texts), usage=usage, error=f"Claude paused its turn {MAX_PAUSES + 1} times without finishing"
        )

    def _params(
        self, instructions: str, messages: Sequence[Message], tools: Sequence[ToolSpec], options: CallOptions
    ) -> dict[str, Any]:
        params: dict[str, Any] = {
            "model": self.name,
            "max_tokens": max(1, options.max_tokens or self.max_tokens),
            "messages": to_claude_messages(messages),
        }
        if instructions.strip():
            system: dict[str, Any] = {"type": "text", "text": instructions.strip()}
            params["system"] = [{**system, "cache_control": CACHE} if self.cache else system]
        if tools:
            specs = [
                {"name": t.name, "description": t.description or t.name, "input_schema": _schema(t)} for t in tools
            ]
            if self.cache:
                specs[-1] = {**specs[-1], "cache_control": CACHE}
            params["tools"] = specs
        if options.tool_choice:
            params["tool_choice"] = {"type": "tool", "name": options.tool_choice}
        if self.cache and params["messages"]:
            _mark_last_block(params["messages"][-1])
        return params

    async def _call(self, params: dict[str, Any], on_text: TextSink | None, timeout: float) -> anthropic.types.Message:
        try:
            if on_text is None:
                # ``params`` leaves the SDK's overloads undecided; without ``stream`` the reply is a Message
                return cast("anthropic.types.Message", await self.client.messages.create(**params, timeout=timeout))
            async with self.client.messages.stream(**params, timeout=timeout) as stream:
                async for chunk in stream.text_stream:
                    await on_text(chunk)
                try:
                    return await stream.get_final_message()
                except AssertionError:  # the SDK's way of saying the stream held no message at all
                    raise ModelError(
                        "Claude's reply was malformed (a stream without a message)", "malformed_reply"
                    ) from None
        except anthropic.APIError as exc:
            raise claude_error(exc, timeout) from None
        except (json.JSONDecodeError, pydantic.ValidationError):
            raise ModelError(
                "Claude's reply was malformed (not the JSON the API promises)", "malformed_reply"
            ) from None
        except TypeError as exc:  # the SDK's "Could not resolve authentication method": no key at all
            if "authentication" not in str(exc).lower():
                raise
            raise ModelError("no Claude API key: set ANTHROPIC_API_KEY", "bad_key") from None

    async def aclose(self) -> None:
        await self.client.close()


def _turn(reply: Any, text: str, usage: Usage) -> Turn:
    stop = reply.stop_reason
    if stop == "max_tokens":  # any tool call in a cut-off reply may have truncated input: never run it
        return Turn(text, usage=usage, stop="max_tokens")
    if stop == "refusal":
        reason = text.strip() or "Claude declined to answer this request"
        return Turn(reason, usage=usage, rejected=True, stop="refusal")
    if stop == "model_context_window_exceeded":
        return Turn(text, usage=usage, error="the conversation no longer fits in the model's context window")
    calls = tuple(ToolCall(b.id, b.name, dict(b.input or {})) for b in reply.content if b.type == "tool_use")
    return Turn(text, calls, usage, stop="tool_use" if calls else "end")


def claude_usage(usage: Any) -> Usage:
    return Usage(
        usage.input_tokens or 0,
        usage.output_tokens or 0,
        cache_read_tokens=getattr(usage, "cache_read_input_tokens", None) or 0,
        cache_write_tokens=getattr(usage, "cache_creation_input_tokens", None) or 0,
    )


# What each API error type means for the person reading it (the error event of a stream has no HTTP status).
_KINDS: dict[str, tuple[ModelFailure, str]] = {
    "authentication_error": ("bad_key", "Claude rejected the API key; check ANTHROPIC_API_KEY"),
    "permission_error": ("bad_key", "the API key may not use this model or feature"),
    "rate_limit_error": ("rate_limited", "Claude is rate limiting this key; wait a moment or lower the load"),
    "overloaded_error": ("overloaded", "Claude is overloaded right now; try again shortly"),
    "api_error": ("server_error", "Claude's API had a server error; try again shortly"),
    "timeout_error": ("timed_out", "Claude's API timed out"),
    "not_found_error": ("bad_request", "Claude does not know this model or endpoint"),
    "invalid_request_error": ("bad_request", "Claude refused the request as invalid"),
    "request_too_large": ("bad_request", "the request is too large for Claude's API"),
}
_STATUS_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    408: "timeout_error",
    413: "request_too_large",
    429: "rate_limit_error",
    529: "overloaded_error",
}


def claude_error(exc: anthropic.APIError, timeout: float) -> ModelError:
    """The ``ModelError`` for an SDK failure: what happened, in words a user can act on."""
    if isinstance(exc, anthropic.APITimeoutError):
        return ModelError(f"Claude did not answer within {timeout:g} s", "timed_out")
    if isinstance(exc, anthropic.APIConnectionError):
        return ModelError("cannot reach the Claude API; check the network or ANTHROPIC_BASE_URL", "unreachable")
    if isinstance(exc, anthropic.APIResponseValidationError):
        return ModelError("Claude's reply was malformed (not the shape the API promises)", "malformed_reply")
    status = getattr(exc, "status_code", 0)
    error = json_object((json_object(exc.body) or {}).get("error")) or {}
    kind = str(error.get("type") or _STATUS_TYPES.get(status) or ("api_error" if status >= 500 else ""))
    failure, words = _KINDS.get(kind, ("server_error", "Claude's API answered with an error"))
    where = f"HTTP {status}" if status and status != 200 else "during the stream"
    message = " ".join(str(error.get("message") or "").split())[:200]
    return ModelError(f"{words} ({where}{': ' + message if message else ''})", failure)


def to_claude_messages(messages: Sequence[Message]) -> list[dict[str, Any]]:
    """accord's conversation in the Messages API's shape: tool results travel in a user turn."""
    converted: list[dict[str, Any]] = []
    for message in messages:
        if message.role == "user":
            converted.append({"role": "user", "content": [{"type": "text", "text": message.text}]})
        elif message.role == "assistant":
            blocks: list[dict[str, Any]] = [{"type": "text", "text": message.text}] if message.text else []
            blocks += [
                {"type": "tool_use", "id": c.id, "name": c.name, "input": c.arguments} for c in message.tool_calls
            ]
            converted.append({"role": "assistant", "content": blocks or [{"type": "text", "text": "…"}]})
        else:
            results = [
                {"type": "tool_result", "tool_use_id": r.call_id, "content": r.text, "is_error": r.is_error}
                for r in message.tool_results
            ]
            converted.append({"role": "user", "content": results})
    return converted


def _mark_last_block(message: dict[str, Any]) -> None:
    # The conversation so far becomes a cache prefix: the next turn sends it unchanged and reads it from the cache.
    content = message["content"]
    if content:
        content[-1] = {**content[-1], "cache_control": CACHE}


def _schema(tool: ToolSpec) -> dict[str, Any]:
    schema = dict(tool.input_schema or {})
    schema.setdefault("type", "object")
    schema.setdefault("properties", {})
    return schema
