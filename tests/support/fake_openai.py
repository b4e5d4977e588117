"""A local stand-in for an OpenAI-compatible chat-completions server (what Ollama, vLLM, llama.cpp and LM Studio
serve), so the real ``openai`` client can be tested offline.

It answers ``POST /v1/chat/completions`` as JSON or, with ``stream: true``, as server-sent ``data:`` chunks
ending with ``data: [DONE]`` (and a usage chunk when ``stream_options.include_usage`` asks for one). Its default
"model" mirrors ``fake_anthropic``: with tools and no tool result yet it calls the first tool named in the
request (or the first tool) with ``arguments``; after a tool result it answers "Final answer: <result>". A
``script`` gives one entry per request: ``{"content", "tool_calls": [{"name", "arguments"}], "finish_reason"}``,
a function of the body returning one, or a fault (``{"status": 429}``, ``{"hang": True}``, ``{"malformed":
True}``). Prompt tokens already seen as the prefix of an earlier request are reported as cached. Every request
is kept in ``app.state.requests``.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

Reply = dict[str, Any] | Callable[[dict[str, Any]], dict[str, Any]]


def create_app(
    arguments: dict[str, Any] | None = None, script: list[Reply] | None = None, hang_s: float = 10.0
) -> Starlette:
    requests: list[dict[str, Any]] = []
    release = anyio.Event()
    seen: list[str] = []

    async def completions(request: Request):
        body = await request.json()
        requests.append({"body": body, "headers": dict(request.headers)})
        entry: Reply | None = script[min(len(requests), len(script)) - 1] if script else None
        if callable(entry):
            entry = entry(body)
        entry = entry or _reply(body, arguments or {})
        if "status" in entry:
            return JSONResponse({"error": {"message": "fake error", "type": "fake"}}, entry["status"])
        if entry.get("hang"):
            with anyio.move_on_after(hang_s):
                await release.wait()
            return JSONResponse({"error": {"message": "released"}}, 503)
        if entry.get("malformed"):
            return Response(b'{"id": "chatcmpl-1", "choices": [{"mess', media_type="application/json")
        usage = _usage(body, seen, entry.get("completion_tokens", 7))
        calls = [
            {
                "id": f"call_{uuid.uuid4().hex[:8]}",
                "type": "function",
                "function": {**c, "arguments": json.dumps(c["arguments"])},
            }
            for c in entry.get("tool_calls", [])
        ]
        finish = entry.get("finish_reason") or ("tool_calls" if calls else "stop")
        if body.get("stream"):
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            chunks = _chunks(body["model"], entry.get("content") or "", calls, finish, usage if include_usage else None)
            return StreamingResponse(chunks, media_type="text/event-stream")
        message: dict[str, Any] = {"role": "assistant", "content": entry.get("content")}
        if calls:
            message["tool_calls"] = calls
        return JSONResponse(
            {
                "id": f"chatcmpl-{uuid.uuid4().hex[:8]}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body["model"],
                "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                "usage": usage,
            }
        )

    app = Starlette(routes=[Route("/v1/chat/completions", completions, methods=["POST"])])
    app.state.requests = requests
    app.state.release = release
    return app


def _reply(body: dict[str, Any], arguments: dict[str, Any]) -> dict[str, Any]:
    last = body["messages"][-1]
    if last["role"] == "tool":
        return {"content": f"Final answer: {last['content']}"}
    tools = body.get("tools") or []
    if not tools:
        return {"content": f"Echo: {last['content']}"}
    said = str(last.get("content") or "").lower()
    tool = next((t for t in tools if t["function"]["name"].lower() in said), tools[0])
    return {"content": "Let me use a tool.", "tool_calls": [{"name": tool["function"]["name"], "arguments": arguments}]}


def _usage(body: dict[str, Any], seen: list[str], completion: int) -> dict[str, Any]:
    # a prompt "costs" a quarter of its JSON; what an earlier prompt already started with counts as cached
    encoded = [json.dumps(m, sort_keys=True) for m in body["messages"]]
    total = sum(max(1, len(e) // 4) for e in encoded)
    cached, prefix = 0, ""
    for e in encoded[:-1]:
        prefix += e
        if any(s.startswith(prefix) for s in seen):
            cached += max(1, len(e) // 4)
    seen.append("".join(encoded))
    return {
        "prompt_tokens": total,
        "completion_tokens": completion,
        "total_tokens": total + completion,
        "prompt_tokens_details": {"cached_tokens": cached},
    }


def _data(payload: dict[str, Any]) -> bytes:
    return f"data: {json.dumps(payload)}\n\n".encode()


async def _chunks(model: str, content: str, calls: list[dict[str, Any]], finish: str, usage: dict[str, Any] | None):
    base = {"id": "chatcmpl-stream", "object": "chat.completion.chunk", "created": int(time.time()), "model": model}
    yield _data(
        {**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]}
    )
    words = content.split(" ") if content else []
    for i, word in enumerate(words):
        piece = word + (" " if i < len(words) - 1 else "")
        yield _data({**base, "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]})
        await anyio.sleep(0.002)
    for index, call in enumerate(calls):
        arguments = call["function"]["arguments"]
        half = len(arguments) // 2
        first = {"index": index, "id": call["id"], "type": "function", "function": {"name": call["function"]["name"]}}
        first["function"]["arguments"] = arguments[:half]
        yield _data({**base, "choices": [{"index": 0, "delta": {"tool_calls": [first]}, "finish_reason": None}]})
        rest = {"index": index, "function": {"arguments": arguments[half:]}}
        yield _data({**base, "choices": [{"index": 0, "delta": {"tool_calls": [rest]}, "finish_reason": None}]})
    yield _data({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]})
    if usage is not None:
        yield _data({**base, "choices": [], "usage": usage})
    yield b"data: [DONE]\n\n"
