"""BodySizeLimit: no request body larger than a limit is read, whatever the route.

A body announced larger than the limit (``Content-Length``) is answered ``413`` before the app sees the request.
A body that arrives in chunks without a length is counted as it is read: past the limit the app is told the
client went away, whatever it had started to answer is dropped, and the caller gets the same ``413``. Either way
the app never holds more than the limit of one request's body in memory.
"""

from __future__ import annotations

import json
import logging

from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger(__name__)


class BodySizeLimit:
    """Pure ASGI middleware refusing request bodies over ``max_body_bytes`` with a JSON ``413``."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        if max_body_bytes <= 0:
            raise ValueError("max_body_bytes must be positive")
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        announced = _content_length(scope)
        if announced is None:
            await _refuse(send, 400, "bad_request", "The Content-Length header is not a valid length.")
            return
        if announced > self.max_body_bytes:
            await self.too_large(send)
            return
        await _Counted(self, scope, receive, send).run()

    async def too_large(self, send: Send) -> None:
        """Answer 413 with the error table's body."""
        message = f"The request body is larger than the limit of {self.max_body_bytes} bytes."
        await _refuse(send, 413, "too_large", message)


class _Counted:
    """One request whose body is counted as the app reads it."""

    def __init__(self, limit: BodySizeLimit, scope: Scope, receive: Receive, send: Send) -> None:
        self.limit, self.scope, self._receive, self._send = limit, scope, receive, send
        self.read = 0
        self.exceeded = False
        self.started = False

    async def run(self) -> None:
        try:
            await self.limit.app(self.scope, self.receive, self.send)
        except Exception:
            if not self.exceeded:
                raise
            # The app failed reading a body we cut off: expected, and not the caller's answer.
            logger.debug("app stopped after its request body was cut off", exc_info=True)
        if self.exceeded and not self.started:
            await self.limit.too_large(self._send)

    async def receive(self) -> Message:
        if self.exceeded:
            return {"type": "http.disconnect"}
        message = await self._receive()
        if message["type"] == "http.request":
            self.read += len(message.get("body", b""))
            if self.read > self.limit.max_body_bytes:
                self.exceeded = True
                return {"type": "http.disconnect"}
        return message

    async def send(self, message: Message) -> None:
        if self.exceeded:
            return  # the answer is the 413, not whatever the app made of a cut-off body
        if message["type"] == "http.response.start":
            self.started = True
        await self._send(message)


def _content_length(scope: Scope) -> int | None:
    """The announced length, 0 when none is announced, ``None`` when the header is malformed."""
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            text = value.decode("latin-1").strip()
            return int(text) if text.isdigit() else None
    return 0


async def _refuse(send: Send, status: int, code: str, message: str) -> None:
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
