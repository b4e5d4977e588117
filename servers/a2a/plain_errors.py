"""PlainErrors: the A2A SDK's error answers in the protocol's words, never Python's.

The SDK turns any exception into an error answer carrying ``str(exc)``: a codec message for a body that is not
UTF-8, protobuf's "unhashable type: 'list'" for a list where an object belongs, the text of whatever failed
inside. This middleware rewrites those answers on the way out, for JSON-RPC and HTTP+JSON alike:

- a body that is not UTF-8 JSON is a parse error (JSON-RPC ``-32700``, HTTP 400), whatever the SDK made of it;
- an internal error (``-32603``, HTTP 500) gets a generic message and a reference that is logged with the
  original text, so an operator can find what the caller saw;
- invalid requests and params keep the protocol's message and the field-by-field validation details, and lose
  the parser's text.

Other errors (task not found, unsupported operation, ...) are already the protocol's own words and pass through.
Streamed answers (server-sent events) pass through event by event, except an ``error`` event or a JSON-RPC error
answer sent as an event (as MCP's Streamable HTTP does), whose payload is rewritten by the same rules: an error
that happens after a stream has started is an event, not a status. The MCP gateway's answers go through here too.
"""

from __future__ import annotations

import codecs
import json
import logging
import uuid
from typing import Any, cast

from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger(__name__)

PARSE_ERROR, INVALID_REQUEST, INVALID_PARAMS, INTERNAL_ERROR = -32700, -32600, -32602, -32603
_FIXED = {
    PARSE_ERROR: "Parse error: the request body is not valid UTF-8 JSON.",
    INVALID_REQUEST: "Invalid Request",
    INVALID_PARAMS: "Invalid params",
}
_NOT_JSON = "The request body is not valid UTF-8 JSON."
_NOT_A2A = "The request does not match the A2A schema."


class PlainErrors:
    """Pure ASGI middleware rewriting the SDK's error answers (see the module docstring)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await _Exchange(self.app, scope, receive, send).run()


class _Exchange:
    """One request: its body checked as it is read, its JSON answer held until it can be rewritten."""

    def __init__(self, app: ASGIApp, scope: Scope, receive: Receive, send: Send) -> None:
        self.app, self.scope, self._receive, self._send = app, scope, receive, send
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self.body_is_text = True
        self._start: Message | None = None
        self._chunks: list[bytes] = []
        self._events: _EventStream | None = None

    async def run(self) -> None:
        await self.app(self.scope, self.receive, self.send)

    async def receive(self) -> Message:
        message = await self._receive()
        if message["type"] == "http.request" and self.body_is_text:
            try:
                self._decoder.decode(message.get("body", b""), final=not message.get("more_body", False))
            except UnicodeDecodeError:
                self.body_is_text = False
        return message

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            media = _media_type(message)
            if media == b"application/json":
                self._start = message
                return
            if media == b"text/event-stream":
                self._events = _EventStream(self)
        elif message["type"] == "http.response.body" and self._events is not None:
            await self._send({**message, "body": self._events.feed(message.get("body", b""))})
            return
        elif message["type"] == "http.response.body" and self._start is not None:
            self._chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                await self._flush()
            return
        await self._send(message)

    async def _flush(self) -> None:
        assert self._start is not None
        status, body = self._start["status"], b"".join(self._chunks)
        # Only an answer that names an error is parsed: parsing every task the SDK answers with cost more than
        # the rest of this middleware (the SDK's encoder writes the key as is, never with escapes).
        payload = _json_object(body) if b'"error"' in body else None
        if payload is not None and isinstance(payload.get("error"), dict):
            status, payload = self.plain(status, payload)
            body = json.dumps(payload, separators=(",", ":")).encode()
        headers = [(k, v) for k, v in self._start.get("headers", ()) if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await self._send({**self._start, "status": status, "headers": headers})
        await self._send({"type": "http.response.body", "body": body})

    def plain(self, status: int, payload: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """``payload``, an error answer, with its error in the plain words of the table (and its status)."""
        error = payload["error"]
        if "jsonrpc" in payload:
            return status, {**payload, "error": self._plain_rpc(error)}
        return self._plain_rest(status, error)

    def _plain_rpc(self, error: dict[str, Any]) -> dict[str, Any]:
        code = error.get("code")
        if code == INTERNAL_ERROR and not self.body_is_text:
            code = PARSE_ERROR
        if code == INTERNAL_ERROR:
            reference = _log_internal(error.get("message"))
            return {
                "code": code,
                "message": f"Internal error (reference {reference}).",
                "data": {"reference": reference},
            }
        if code not in _FIXED:
            return error
        plain: dict[str, Any] = {"code": code, "message": _FIXED[code]}
        details = _field_errors(error.get("data"))
        if details:
            plain["data"] = details
        return plain

    def _plain_rest(self, status: int, error: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if status >= 500 and not self.body_is_text:
            status = 400
            error = {"code": 400, "status": "INVALID_ARGUMENT", "message": _NOT_JSON}
        elif status >= 500:
            reference = _log_internal(error.get("message"))
            error = {"code": status, "status": "INTERNAL", "message": f"Internal error (reference {reference})."}
        elif error.get("status") == "INVALID_ARGUMENT":
            message = error.get("message") if error.get("message") == "Validation failed" else _NOT_A2A
            details = _field_errors(error.get("details"))
            error = {"code": status, "status": "INVALID_ARGUMENT", "message": message}
            if details:
                error["details"] = details
        return status, {"error": error}


class _EventStream:
    """A server-sent event stream, passed on whole events at a time with every ``error`` event's payload plain."""

    def __init__(self, exchange: _Exchange) -> None:
        self.exchange = exchange
        self._pending = b""

    def feed(self, chunk: bytes) -> bytes:
        """The complete events of what has arrived so far (rewritten); a partial event waits for its end."""
        data = self._pending + chunk
        end = max(data.rfind(b"\r\n\r\n") + 4, data.rfind(b"\n\n") + 2, 0)
        complete, self._pending = data[:end], data[end:]
        if b"error" not in complete:
            return complete
        separator = b"\r\n\r\n" if b"\r\n\r\n" in complete else b"\n\n"  # one stream uses one line ending
        return separator.join(self._rewrite(event) for event in complete.split(separator))

    def _rewrite(self, event: bytes) -> bytes:
        lines = event.splitlines(keepends=True)
        is_error = any(line.strip() == b"event: error" for line in lines)
        kept: list[bytes] = []
        for line in lines:
            if line.startswith(b"data:") and b"error" in line:
                ending = line[len(line.rstrip(b"\r\n")) :]
                line = b"data: " + self._plain_payload(line[5:].strip(), is_error) + ending
            kept.append(line)
        return b"".join(kept)

    def _plain_payload(self, raw: bytes, is_error: bool) -> bytes:
        """An error event's payload, or a JSON-RPC error answer sent as an event (MCP's way), made plain."""
        payload = _json_object(raw)
        if payload is None or not isinstance(payload.get("error"), dict):
            return raw
        if not is_error and "jsonrpc" not in payload:
            return raw
        code = payload["error"].get("code")
        status = code if isinstance(code, int) and 400 <= code < 600 else 500
        _, payload = self.exchange.plain(status, payload)
        return json.dumps(payload, separators=(",", ":")).encode()


def _media_type(start: Message) -> bytes:
    for name, value in start.get("headers", ()):
        if name.lower() == b"content-type":
            return value.split(b";")[0].strip().lower()
    return b""


def _field_errors(data: Any) -> list[dict[str, Any]]:
    """The SDK's field-by-field validation details (its own words), without any parser text beside them."""
    if not isinstance(data, list):
        return []
    kept: list[dict[str, Any]] = []
    for entry in cast(list[object], data):  # JSON from the SDK's answer
        if not isinstance(entry, dict):
            continue
        fields = cast(dict[str, Any], entry)
        metadata = fields.get("metadata")
        if isinstance(metadata, dict) and isinstance(cast(dict[str, Any], metadata).get("errors"), list):
            kept.append({**fields, "metadata": {"errors": cast(dict[str, Any], metadata)["errors"]}})
    return kept


def _json_object(raw: bytes) -> dict[str, Any] | None:
    """``raw`` parsed, when it is a JSON object."""
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return cast(dict[str, Any], value) if isinstance(value, dict) else None


def _log_internal(original: Any) -> str:
    reference = uuid.uuid4().hex[:12]
    logger.error("internal error %s answered to the caller: %s", reference, original)
    return reference
