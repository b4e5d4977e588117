"""MediaTypes: the content types of the A2A bindings, on the way in and on the way out.

In: a request with a body (POST, PUT, PATCH) must be JSON (``application/json``, or any ``+json`` type such as
``application/a2a+json``). Anything else is answered 415 before the SDK reads it, so a ``text/plain`` body is never
parsed, let alone executed: JSON-RPC at the root gets HTTP 415 with the JSON-RPC error ``-32005`` (content type not
supported) in the body, every other path (HTTP+JSON under ``/rest``) gets 415 with the REST error shape. A request
with no ``Content-Type`` at all is let through: clients that omit it still send JSON, and the SDK judges the body.

Out: JSON answers are labelled ``application/json``, as HTTP+JSON clients expect, where the SDK says
``application/a2a+json``; streams and other answers pass untouched.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_TYPE_NOT_SUPPORTED = -32005
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
_RELABEL = {b"application/a2a+json": b"application/json"}


def is_json(content_type: bytes) -> bool:
    media = content_type.split(b";")[0].strip().lower()
    return media == b"application/json" or (media.startswith(b"application/") and media.endswith(b"+json"))


class MediaTypes:
    """Pure ASGI middleware: 415 for a body that is not JSON; JSON answers labelled ``application/json``.

    ``rpc_paths`` are the JSON-RPC endpoints (the root by default), whose 415 carries a JSON-RPC error.
    """

    def __init__(self, app: ASGIApp, rpc_paths: tuple[str, ...] = ("/",)) -> None:
        self.app = app
        self.rpc_paths = frozenset(rpc_paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] in _BODY_METHODS:
            content_type = dict(scope.get("headers", ())).get(b"content-type")
            if content_type is not None and not is_json(content_type):
                await self._refuse(scope, send, content_type)
                return

        async def relabel(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (name, _RELABEL.get(value.split(b";")[0].strip().lower(), value))
                    if name.lower() == b"content-type"
                    else (name, value)
                    for name, value in message.get("headers", ())
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, relabel)

    async def _refuse(self, scope: Scope, send: Send, content_type: bytes) -> None:
        shown = content_type.split(b";")[0].strip()[:80].decode("latin-1")
        text = f"Content type {shown!r} is not supported: send application/json."
        if scope.get("path", "") in self.rpc_paths:
            payload: dict[str, object] = {
                "jsonrpc": "2.0",
                "id": None,
                "error": {"code": CONTENT_TYPE_NOT_SUPPORTED, "message": text},
            }
        else:
            payload = {"error": {"code": 415, "status": "INVALID_ARGUMENT", "message": text}}
        body = json.dumps(payload, separators=(",", ":")).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"accept", b"application/json"),
        ]
        await send({"type": "http.response.start", "status": 415, "headers": headers})
        await send({"type": "http.response.body", "body": body})
