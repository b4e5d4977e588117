"""ClaudeModel: Claude through the ``anthropic`` SDK's async Messages API, with tools and streaming."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import anthropic

from agents.errors import ModelError
from agents.models.base import Message, TextSink, ToolCall, ToolSpec, Turn, Usage

DEFAULT_CLAUDE_MODEL = "claude-sonnet-5-5"


class ClaudeModel:
    """One Messages API call per turn; the runtime runs the tools between turns.

    With ``on_text`` the turn is streamed and text reaches the sink as it arrives; without, one request returns
    the whole message. Either way token usage comes back in the turn. SDK errors become ``ModelError`` with a
    message fit for a person; the SDK's own retries (429, 5xx, connection errors) apply first.
    """

    def __init__(
        self,
        model: str = DEFAULT_CLAUDE_MODEL,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        max_tokens: int = 4096,
        timeout_s: float = 120.0,
        max_retries: int = 2,
        client: anthropic.AsyncAnthropic | None = None,
    ) -> None:
        self.name = model
        self.max_tokens = max_tokens
        self.client = client or anthropic.AsyncAnthropic(
            api_key=api_key, base_url=base_url, timeout=timeout_s, max_retries=max_retries
        )

    async def respond(
        self,
        instructions: str,
        messages: Sequence[Message],
        tools: Sequence[ToolSpec],
        on_text: TextSink | None = None,
    ) -> Turn:
        params: dict[str, Any] = {
            "model": self.name,
            "max_tokens": self.max_tokens,
            "messages": to_claude_messages(messages),
        }
        if instructions.strip():
            params["system"] = instructions.strip()
        if tools:
            params["tools"] = [
                {"name": t.name, "description": t.description or t.name, "input_schema": _object_schema(t)}
                for t in tools
            ]
        try:
            if on_text is None:
                reply = await self.client.messages.create(**params)
            else:
                async with self.client.messages.stream(**params) as stream:
                    async for chunk in stream.text_stream:
                        await on_text(chunk)
                    reply = await stream.get_final_message()
        except anthropic.APIStatusError as exc:
            raise ModelError(f"Claude refused the request (HTTP {exc.status_code}): {_message(exc)}") from None
        except anthropic.APITimeoutError:
            raise ModelError("Claude did not answer in time") from None
        except anthropic.APIConnectionError:
            raise ModelError("cannot reach the Claude API; check the network or ANTHROPIC_BASE_URL") from None
        text = "".join(block.text for block in reply.content if block.type == "text")
        calls = tuple(
            ToolCall(block.id, block.name, dict(block.input)) for block in reply.content if block.type == "tool_use"
        )
        usage = Usage(reply.usage.input_tokens, reply.usage.output_tokens)
        return Turn(text=text, tool_calls=calls, usage=usage)

    async def aclose(self) -> None:
        await self.client.close()


def to_claude_messages(messages: Sequence[Message]) -> list[dict[str, Any]]:
    """accord's conversation in the Messages API's shape: tool results travel in a user turn."""
    converted: list[dict[str, Any]] = []
    for message in messages:
        if message.role == "user":
            converted.append({"role": "user", "content": message.text})
        elif message.role == "assistant":
            blocks: list[dict[str, Any]] = [{"type": "text", "text": message.text}] if message.text else []
            blocks += [
                {"type": "tool_use", "id": c.id, "name": c.name, "input": c.arguments} for c in message.tool_calls
            ]
            converted.append({"role": "assistant", "content": blocks})
        else:
            converted.append(
                {
                    "role": "user",
                    "content": [
                        {
                            "type": "tool_result",
                            "tool_use_id": r.call_id,
                            "content": r.text,
                            "is_error": r.is_error,
                        }
                        for r in message.tool_results
                    ],
                }
            )
    return converted


def _object_schema(tool: ToolSpec) -> dict[str, Any]:
    schema = dict(tool.input_schema or {})
    schema.setdefault("type", "object")
    schema.setdefault("properties", {})
    return schema


def _message(exc: anthropic.APIStatusError) -> str:
    body = exc.body if isinstance(exc.body, dict) else {}
    error = body.get("error") if isinstance(body.get("error"), dict) else {}
    return str(error.get("message") or exc.message)
