"""Streamed error events in the protocol's words: a generic message and a reference that is in the log."""

from __future__ import annotations

import json
import logging

import pytest

from tests.availability.conftest import HEADERS, calculator, served

pytestmark = pytest.mark.anyio

MESSAGE = {"messageId": "m1", "role": "ROLE_USER", "parts": [{"text": "What is 2 + 2?"}]}


@pytest.fixture
def crashing(monkeypatch, caplog):
    def crash(context, max_depth):
        raise RuntimeError("secret internal detail")

    # after the task is enqueued: the stream has started when the error comes
    monkeypatch.setattr("servers.a2a.lifecycle.refusal", crash)
    caplog.set_level(logging.ERROR, logger="servers.a2a.plain_errors")
    return caplog


def error_events(text: str) -> list[dict]:
    events = [block for block in text.replace("\r\n", "\n").split("\n\n") if "event: error" in block]
    return [json.loads(line[5:]) for block in events for line in block.split("\n") if line.startswith("data:")]


def logged(caplog, reference: str) -> bool:
    return any(reference in record.getMessage() for record in caplog.records)


async def test_a_jsonrpc_stream_reports_an_internal_error_with_a_logged_reference(tmp_path, crashing):
    body = {"jsonrpc": "2.0", "id": 1, "method": "SendStreamingMessage", "params": {"message": MESSAGE}}
    async with served(calculator(tmp_path)) as http:
        response = await http.post("/", json=body, headers=HEADERS)
    assert "secret" not in response.text and "RuntimeError" not in response.text
    [event] = error_events(response.text)
    assert event["error"]["code"] == -32603 and logged(crashing, event["error"]["data"]["reference"])


async def test_a_rest_stream_reports_an_internal_error_with_a_logged_reference(tmp_path, crashing):
    async with served(calculator(tmp_path)) as http:
        response = await http.post("/rest/message:stream", json={"message": MESSAGE}, headers=HEADERS)
    assert "secret" not in response.text and "RuntimeError" not in response.text
    reference = response.text.split("reference ")[1].split(")")[0]
    assert logged(crashing, reference)
