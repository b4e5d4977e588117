"""A local stand-in for Anthropic's Messages API, so the real ``anthropic`` SDK can be tested offline.

It answers ``POST /v1/messages`` as JSON or, when the body asks to stream, as server-sent events in the API's
wire order. Its "model" is a script: with tools and no tool result yet it asks for the first tool whose name
appears in the request (or the first tool), with ``arguments`` chosen by the test; once a tool result arrives it
answers "Final answer: <result>". Every request body is kept in ``app.state.requests``.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, StreamingResponse
from starlette.routing import Route


def create_app(arguments: dict[str, Any] | None = None, status: int = 200) -> Starlette:
    requests: list[dict[str, Any]] = []

    async def messages(request: Request):
        body = await request.json()
        requests.append({"body": body, "headers": dict(request.headers)})
        if status != 200:
            return JSONResponse({"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}, status)
        content, stop = _reply(body, arguments or {})
        message = {
            "id": f"msg_{uuid.uuid4().hex[:12]}",
            "type": "message",
            "role": "assistant",
            "model": body["model"],
            "content": content,
            "stop_reason": stop,
            "stop_sequence": None,
            "usage": {"input_tokens": 11 * len(body["messages"]), "output_tokens": 7},
        }
        if body.get("stream"):
            return StreamingResponse(_events(message), media_type="text/event-stream")
        return JSONResponse(message)

    app = Starlette(routes=[Route("/v1/messages", messages, methods=["POST"])])
    app.state.requests = requests
    return app


def _reply(body: dict[str, Any], arguments: dict[str, Any]) -> tuple[list[dict[str, Any]], str]:
    last = body["messages"][-1]
    if isinstance(last["content"], list):
        results = [b for b in last["content"] if b.get("type") == "tool_result"]
        if results:
            return [{"type": "text", "text": f"Final answer: {results[0]['content']}"}], "end_turn"
    tools = body.get("tools") or []
    if not tools:
        return [{"type": "text", "text": f"Echo: {last['content']}"}], "end_turn"
    text = str(last["content"]).lower()
    tool = next((t for t in tools if t["name"].lower() in text), tools[0])
    call = {"type": "tool_use", "id": f"toolu_{uuid.uuid4().hex[:8]}", "name": tool["name"], "input": arguments}
    return [{"type": "text", "text": "Let me use a tool."}, call], "tool_use"


def _frame(event: str, data: dict[str, Any]) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n".encode()


async def _events(message: dict[str, Any]):
    start = {**message, "content": [], "stop_reason": None, "usage": {**message["usage"], "output_tokens": 1}}
    yield _frame("message_start", {"type": "message_start", "message": start})
    for index, block in enumerate(message["content"]):
        if block["type"] == "text":
            yield _frame(
                "content_block_start",
                {"type": "content_block_start", "index": index, "content_block": {"type": "text", "text": ""}},
            )
            for word in block["text"].split(" "):
                delta = {"type": "text_delta", "text": word + " "}
                yield _frame("content_block_delta", {"type": "content_block_delta", "index": index, "delta": delta})
        else:
            yield _frame(
                "content_block_start",
                {"type": "content_block_start", "index": index, "content_block": {**block, "input": {}}},
            )
            delta = {"type": "input_json_delta", "partial_json": json.dumps(block["input"])}
            yield _frame("content_block_delta", {"type": "content_block_delta", "index": index, "delta": delta})
        yield _frame("content_block_stop", {"type": "content_block_stop", "index": index})
    yield _frame(
        "message_delta",
        {
            "type": "message_delta",
            "delta": {"stop_reason": message["stop_reason"], "stop_sequence": None},
            "usage": {"output_tokens": message["usage"]["output_tokens"]},
        },
    )
    yield _frame("message_stop", {"type": "message_stop"})
