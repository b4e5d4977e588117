"""OpenAICompatibleModel: any local model server that speaks the OpenAI chat-completions API.

Ollama, vLLM, llama.cpp's server and LM Studio all serve ``POST /v1/chat/completions``; this backend talks to
them through the official ``openai`` client (the optional extra ``accord[openai]``, imported only when such a
model is chosen). A spec or ``ACCORD_MODEL`` names the model as ``openai-compatible:NAME`` (``NAME`` as the
server knows it, e.g. ``qwen2.5:7b``) and ``ACCORD_OPENAI_BASE_URL`` says where the server is (default: Ollama's
``http://127.0.0.1:11434/v1``); ``ACCORD_OPENAI_API_KEY`` is sent when the server wants one.

It keeps the contract ``ClaudeModel`` keeps: tool calling, streaming text to ``on_text``, usage (with the
server's cached prompt tokens as cache reads), the same stop words (``finish_reason`` ``length`` is
``max_tokens`` and its tool calls are never run; ``content_filter`` is a refusal) and the same ``ModelError``
kinds for the same failures. Retries are the client's own (connection errors, 408, 409, 429, 5xx).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from types import ModuleType
from typing import Any

from agents.errors import ConfigurationError, ModelError
from agents.json_values import json_object
from agents.models.base import CallOptions, Message, TextSink, ToolCall, ToolSpec, Turn, Usage

PREFIX = "openai-compatible:"
DEFAULT_BASE_URL = "http://127.0.0.1:11434/v1"
DEFAULT_TIMEOUT_S = 120.0

Reply = tuple[str, list[dict[str, str]], str | None, Any]
"""A reply as the SDK gave it, streamed or not: its text, tool calls, finish reason and usage."""


def import_openai() -> ModuleType:
    try:
        import openai
    except ImportError:
        raise ConfigurationError(
            'the openai-compatible backend needs the openai package: pip install "accord[openai]"'
        ) from None
    return openai


class OpenAICompatibleModel:
    """A model served by an OpenAI-compatible server. ``name`` keeps the ``openai-compatible:`` prefix."""

    asks_user = True
    streams_text = True

    def __init__(
        self,
        model: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        api_key: str | None = None,
        max_tokens: int = 4096,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        max_retries: int = 2,
        client: Any = None,
    ) -> None:
        self.sdk = import_openai()
        self.model = model.removeprefix(PREFIX)
        if not self.model:
            raise ConfigurationError(f'name the model after the prefix, e.g. "{PREFIX}qwen2.5:7b"')
        self.name = PREFIX + self.model
        self.base_url = base_url
        self.max_tokens = max_tokens
        self.timeout_s = timeout_s
        self.client = client or self.sdk.AsyncOpenAI(
            base_url=base_url,
            api_key=api_key or "not-needed",  # local servers ignore it, but the client insists on one
            timeout=timeout_s,
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
        params: dict[str, Any] = {
            "model": self.model,
            "messages": to_openai_messages(instructions, messages),
            "max_tokens": max(1, options.max_tokens or self.max_tokens),
        }
        if tools:
            params["tools"] = [
                {
                    "type": "function",
                    "function": {"name": t.name, "description": t.description or t.name, "parameters": _schema(t)},
                }
                for t in tools
            ]
        if options.tool_choice:
            params["tool_choice"] = {"type": "function", "function": {"name": options.tool_choice}}
        timeout = options.timeout_s or self.timeout_s
        try:
            if on_text is None:
                reply = await self.client.chat.completions.create(**params, timeout=timeout)
                return _turn(*_from_reply(reply))
            return _turn(*await self._stream(params, on_text, timeout))
        except self.sdk.APIError as exc:
            raise self._error(exc, timeout) from None
        except (json.JSONDecodeError, ValueError) as exc:
            if isinstance(exc, ModelError):
                raise
            raise ModelError("the model server's reply was malformed (not valid JSON)", "malformed_reply") from None

    async def _stream(self, params: dict[str, Any], on_text: TextSink, timeout: float) -> Reply:
        stream = await self.client.chat.completions.create(
            **params, stream=True, stream_options={"include_usage": True}, timeout=timeout
        )
        texts: list[str] = []
        calls: dict[int, dict[str, str]] = {}
        finish: str | None = None
        usage: Any = None
        async for chunk in stream:
            if chunk.usage is not None:
                usage = chunk.usage
            choices: list[Any] = chunk.choices or []
            for choice in choices:
                delta = choice.delta
                if delta is not None and delta.content:
                    texts.append(delta.content)
                    await on_text(delta.content)
                deltas: list[Any] = (delta.tool_calls if delta is not None else None) or []
                for call in deltas:
                    slot = calls.setdefault(call.index, {"id": "", "name": "", "arguments": ""})
                    slot["id"] = call.id or slot["id"]
                    if call.function is not None:
                        slot["name"] = call.function.name or slot["name"]
                        slot["arguments"] += call.function.arguments or ""
                finish = choice.finish_reason or finish
        if finish is None:  # every server ends a reply with a finish reason; without one it was cut short
            raise ModelError(
                "the model server's reply was malformed: its stream ended before the reply was finished",
                "malformed_reply",
            )
        return "".join(texts), [calls[i] for i in sorted(calls)], finish, usage

    def _error(self, exc: Any, timeout: float) -> ModelError:
        sdk = self.sdk
        where = f"the model server at {self.base_url}"
        if isinstance(exc, sdk.APITimeoutError):
            return ModelError(f"{where} did not answer within {timeout:g} s", "timed_out")
        if isinstance(exc, sdk.APIConnectionError):
            return ModelError(f"cannot reach {where}; is it running? (ACCORD_OPENAI_BASE_URL)", "unreachable")
        if isinstance(exc, sdk.APIResponseValidationError):
            return ModelError(f"{where} sent a malformed reply", "malformed_reply")
        status = getattr(exc, "status_code", None)
        if status in (401, 403):
            return ModelError(f"{where} rejected the API key (HTTP {status}); check ACCORD_OPENAI_API_KEY", "bad_key")
        if status == 429:
            return ModelError(f"{where} is rate limiting requests (HTTP 429); try again shortly", "rate_limited")
        if status in (503, 529):
            return ModelError(f"{where} is overloaded (HTTP {status}); try again shortly", "overloaded")
        if status == 404:
            return ModelError(f"{where} does not serve the model {self.model!r} (HTTP 404)", "bad_request")
        if status is not None and status >= 500:
            return ModelError(f"{where} had a server error (HTTP {status})", "server_error")
        if status is not None:
            return ModelError(f"{where} refused the request as invalid (HTTP {status})", "bad_request")
        return ModelError(f"{where} reported an error during the stream", "server_error")

    async def aclose(self) -> None:
        await self.client.close()


def _from_reply(reply: Any) -> Reply:
    if not reply.choices:
        raise ModelError("the model server answered with no choices", "malformed_reply")
    choice = reply.choices[0]
    tool_calls: list[Any] = choice.message.tool_calls or []
    calls: list[dict[str, str]] = [
        {"id": c.id, "name": c.function.name, "arguments": c.function.arguments or ""}
        for c in tool_calls
        if getattr(c, "function", None) is not None
    ]
    return choice.message.content or "", calls, choice.finish_reason, reply.usage


def _turn(text: str, calls: list[dict[str, str]], finish: str | None, usage: Any) -> Turn:
    used = openai_usage(usage)
    if finish == "length":  # cut off: a tool call's arguments may be truncated, so none is run
        return Turn(text, usage=used, stop="max_tokens")
    if finish == "content_filter":
        return Turn(
            text.strip() or "the model declined to answer this request", usage=used, rejected=True, stop="refusal"
        )
    parsed: list[ToolCall] = []
    for i, call in enumerate(calls):
        try:
            arguments = json_object(json.loads(call["arguments"] or "{}"))
        except json.JSONDecodeError:
            raise ModelError(f"the model's call to {call['name']} had malformed arguments", "malformed_reply") from None
        if arguments is None:
            raise ModelError(f"the model's call to {call['name']} had malformed arguments", "malformed_reply")
        parsed.append(ToolCall(call["id"] or f"call_{i}", call["name"], arguments))
    # some servers (Ollama among them) say "stop" even when the turn calls tools
    return Turn(text, tuple(parsed), used, stop="tool_use" if parsed else "end")


def openai_usage(usage: Any) -> Usage:
    if usage is None:
        return Usage()
    details = getattr(usage, "prompt_tokens_details", None)
    cached = (getattr(details, "cached_tokens", None) or 0) if details is not None else 0
    return Usage((usage.prompt_tokens or 0) - cached, usage.completion_tokens or 0, cache_read_tokens=cached)


def to_openai_messages(instructions: str, messages: Sequence[Message]) -> list[dict[str, Any]]:
    """accord's conversation as chat messages: the instructions first, one ``tool`` message per result."""
    converted: list[dict[str, Any]] = (
        [{"role": "system", "content": instructions.strip()}] if instructions.strip() else []
    )
    for message in messages:
        if message.role == "user":
            converted.append({"role": "user", "content": message.text})
        elif message.role == "assistant":
            entry: dict[str, Any] = {"role": "assistant", "content": message.text or None}
            if message.tool_calls:
                entry["tool_calls"] = [
                    {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": json.dumps(c.arguments)}}
                    for c in message.tool_calls
                ]
            converted.append(entry)
        else:
            converted += [{"role": "tool", "tool_call_id": r.call_id, "content": r.text} for r in message.tool_results]
    return converted


def _schema(tool: ToolSpec) -> dict[str, Any]:
    schema = dict(tool.input_schema or {})
    schema.setdefault("type", "object")
    schema.setdefault("properties", {})
    return schema
