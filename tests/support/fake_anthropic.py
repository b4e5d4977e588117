"""A local stand-in for Anthropic's Messages API, so the real ``anthropic`` SDK can be tested offline.

It answers ``POST /v1/messages`` as JSON or, when the body asks to stream, as server-sent events in the API's
wire order. Its default "model": with tools and no tool result yet it asks for the first tool whose name appears
in the request (or the first tool), with ``arguments`` chosen by the test; once a tool result arrives it answers
"Final answer: <result>". A test can instead pass ``script``: one entry per request (the last repeats), each a
reply ``{"content": [...], "stop_reason": ..., "usage": {...}}`` (``usage`` overrides the counted figures), a
function of the request body returning one (or ``None`` for the default), or a fault:
``{"status": 429}`` (an API error), ``{"hang": True}`` (no answer until released), ``{"malformed": True}`` (a 200
with broken JSON) or ``{"stream_error": "overloaded_error"}`` (an error event in the middle of a stream).

It keeps a prompt cache the way the API does: a request's blocks up to each ``cache_control`` mark are written
to the cache, and a later request whose blocks start with a cached prefix reads it (reported in ``usage`` as
``cache_read_input_tokens``; writes as ``cache_creation_input_tokens``). A block "costs" a quarter of its JSON
length in tokens. Every request body and its headers are kept in ``app.state.requests``.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

_ERROR_TYPES = {401: "authentication_error", 429: "rate_limit_error", 500: "api_error", 529: "overloaded_error"}

Reply = dict[str, Any] | Callable[[dict[str, Any]], dict[str, Any]]


def create_app(
    arguments: dict[str, Any] | None = None,
    status: int = 200,
    script: list[Reply] | None = None,
    hang_s: float = 10.0,
) -> Starlette:
    requests: list[dict[str, Any]] = []
    usages: list[dict[str, int]] = []
    cache: set[str] = set()
    release = anyio.Event()

    async def messages(request: Request):
        body = await request.json()
        requests.append({"body": body, "headers": dict(request.headers)})
        if status != 200:
            return _error(status)
        entry: Reply | None = None
        if script is not None:
            entry = script[min(len(requests), len(script)) - 1]
        if callable(entry):
            entry = entry(body)
        if entry is None:
            content, stop = _reply(body, arguments or {})
            entry = {"content": content, "stop_reason": stop}
        if "status" in entry:
            return _error(entry["status"])
        if entry.get("hang"):
            with anyio.move_on_after(hang_s):
                await release.wait()
            return _error(529)
        if entry.get("malformed"):
            return Response(
                b'{"id": "msg_1", "type": "message", "content": [{"type": "te', media_type="application/json"
            )
        message = {
            "id": f"msg_{uuid.uuid4().hex[:12]}",
            "type": "message",
            "role": "assistant",
            "model": body["model"],
            "content": entry["content"],
            "stop_reason": entry["stop_reason"],
            "stop_sequence": None,
            "usage": {**_input_usage(body, cache), "output_tokens": 7, **entry.get("usage", {})},
        }
        usages.append(message["usage"])
        if body.get("stream"):
            return StreamingResponse(_events(message, entry.get("stream_error")), media_type="text/event-stream")
        return JSONResponse(message)

    app = Starlette(routes=[Route("/v1/messages", messages, methods=["POST"])])
    app.state.requests = requests
    app.state.usages = usages  # the usage of every reply sent
    app.state.release = release
    return app


def text_reply(text: str, stop_reason: str = "end_turn") -> dict[str, Any]:
    return {"content": [{"type": "text", "text": text}], "stop_reason": stop_reason}


def tool_reply(name: str, arguments: dict[str, Any], stop_reason: str = "tool_use", text: str = "") -> dict[str, Any]:
    call = {"type": "tool_use", "id": f"toolu_{uuid.uuid4().hex[:8]}", "name": name, "input": arguments}
    return {"content": [*([{"type": "text", "text": text}] if text else []), call], "stop_reason": stop_reason}


def _error(status: int) -> JSONResponse:
    kind = _ERROR_TYPES.get(status, "api_error" if status >= 500 else "invalid_request_error")
    return JSONResponse({"type": "error", "error": {"type": kind, "message": f"fake {kind}"}}, status)


def _reply(body: dict[str, Any], arguments: dict[str, Any]) -> tuple[list[dict[str, Any]], str]:
    last = body["messages"][-1]
    blocks = last["content"] if isinstance(last["content"], list) else [{"type": "text", "text": last["content"]}]
    results = [b for b in blocks if b.get("type") == "tool_result"]
    if results:
        return [{"type": "text", "text": f"Final answer: {results[0]['content']}"}], "end_turn"
    said = " ".join(b.get("text", "") for b in blocks)
    tools = body.get("tools") or []
    if not tools:
        return [{"type": "text", "text": f"Echo: {said}"}], "end_turn"
    tool = next((t for t in tools if t["name"].lower() in said.lower()), tools[0])
    call = {"type": "tool_use", "id": f"toolu_{uuid.uuid4().hex[:8]}", "name": tool["name"], "input": arguments}
    return [{"type": "text", "text": "Let me use a tool."}, call], "tool_use"


def _input_usage(body: dict[str, Any], cache: set[str]) -> dict[str, int]:
    """Input tokens split into cache reads, cache writes and the rest, as the API reports them."""
    items: list[tuple[Any, bool]] = [(t, "cache_control" in t) for t in body.get("tools") or []]
    system = body.get("system") or []
    items += [(b, "cache_control" in b) for b in ([{"text": system}] if isinstance(system, str) else system)]
    for message in body["messages"]:
        content = message["content"]
        for block in [{"type": "text", "text": content}] if isinstance(content, str) else content:
            items.append(({"role": message["role"], **block}, "cache_control" in block))
    digest, keys, sizes = hashlib.sha256(), [], []
    for item, _ in items:
        plain = {k: v for k, v in item.items() if k != "cache_control"}
        digest.update(json.dumps(plain, sort_keys=True).encode())
        keys.append(digest.hexdigest())
        sizes.append(max(1, len(json.dumps(plain)) // 4) + (sizes[-1] if sizes else 0))
    read_at = max((i for i, key in enumerate(keys) if key in cache), default=-1)
    marks = [i for i, (_, marked) in enumerate(items) if marked and i > read_at]
    read = sizes[read_at] if read_at >= 0 else 0
    written = (sizes[marks[-1]] - read) if marks else 0
    cache.update(keys[i] for i in marks)
    total = sizes[-1] if sizes else 0
    return {
        "input_tokens": total - read - written,
        "cache_read_input_tokens": read,
        "cache_creation_input_tokens": written,
    }


def _frame(event: str, data: dict[str, Any]) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n".encode()


async def _events(message: dict[str, Any], stream_error: str | None = None):
    start = {**message, "content": [], "stop_reason": None, "usage": {**message["usage"], "output_tokens": 1}}
    yield _frame("message_start", {"type": "message_start", "message": start})
    for index, block in enumerate(message["content"]):
        if block["type"] == "text":
            yield _frame(
                "content_block_start",
                {"type": "content_block_start", "index": index, "content_block": {"type": "text", "text": ""}},
            )
            words = block["text"].split(" ")
            for i, word in enumerate(words):
                delta = {"type": "text_delta", "text": word + (" " if i < len(words) - 1 else "")}
                yield _frame("content_block_delta", {"type": "content_block_delta", "index": index, "delta": delta})
                await anyio.sleep(0.002)  # a real stream arrives over time; tests see chunks before the end
                if stream_error and i == 0:
                    error = {"type": stream_error, "message": f"fake {stream_error}"}
                    yield _frame("error", {"type": "error", "error": error})
                    return
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


class SlowAnswers:
    """A fake model slow to give its final answer (the turn after a tool result): the agent is busy meanwhile."""

    def __init__(self, app: Any, delay_s: float) -> None:
        self.app = app
        self.delay_s = delay_s

    async def __call__(self, scope, receive, send) -> None:  # type: ignore[no-untyped-def]
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        chunks, more = [], True
        while more:
            message = await receive()
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if b"tool_result" in body:
            await anyio.sleep(self.delay_s)
        replayed = False

        async def replay() -> dict:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
