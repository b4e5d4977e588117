"""Errors in the protocol's words, never Python's: malformed bodies get protocol errors, internal ones a reference."""

from __future__ import annotations

import json
import logging

import pytest

from tests.availability.conftest import HEADERS, calculator, served

pytestmark = pytest.mark.anyio

PYTHON_WORDS = ("codec", "unhashable", "Traceback", "Failed to parse", "expected string", "validation error", "line 1")


def send(message: object, method: str = "SendMessage") -> bytes:
    return json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": {"message": message}}).encode()


def user_message(**fields: object) -> dict:
    return {"messageId": "m1", "role": "ROLE_USER", "parts": [{"text": "What is 2 + 2?"}], **fields}


def assert_plain(response) -> None:
    assert response.status_code < 500, response.text
    assert not any(words in response.text for words in PYTHON_WORDS), response.text


async def rpc_error(http, body: bytes) -> dict:
    response = await http.post("/", content=body, headers=HEADERS)
    assert_plain(response)
    return response.json()["error"]


async def test_a_body_that_is_not_utf8_is_a_parse_error(tmp_path):
    async with served(calculator(tmp_path)) as http:
        error = await rpc_error(http, send(user_message()).replace(b"What", b"\xff\xfeWhat"))
    assert error["code"] == -32700


async def test_a_list_where_an_object_belongs_is_invalid_params_without_parser_text(tmp_path):
    async with served(calculator(tmp_path)) as http:
        assert (await rpc_error(http, send(user_message(metadata=[1]))))["code"] == -32602
        assert (await rpc_error(http, send([{"text": "hi"}])))["code"] == -32602
        assert (await rpc_error(http, b"[1]"))["code"] == -32600


async def test_broken_json_is_a_parse_error_without_the_decoders_words(tmp_path):
    async with served(calculator(tmp_path)) as http:
        assert (await rpc_error(http, b'{"jsonrpc": "2.0", "id": 1,'))["code"] == -32700


async def test_an_internal_error_gets_a_reference_that_is_in_the_log(tmp_path, caplog, monkeypatch):
    def crash(message):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr("servers.a2a.lifecycle.new_task_from_user_message", crash)
    caplog.set_level(logging.ERROR, logger="servers.a2a.plain_errors")
    async with served(calculator(tmp_path)) as http:
        error = await rpc_error(http, send(user_message()))
    assert error["code"] == -32603 and error["data"]["reference"] in error["message"]
    assert "secret" not in json.dumps(error)
    assert any(error["data"]["reference"] in record.getMessage() for record in caplog.records)


async def test_rest_errors_are_plain_too(tmp_path):
    async with served(calculator(tmp_path)) as http:
        for body in (b"\xff\xfe", json.dumps({"message": user_message(role=["x"])}).encode(), b"[1]"):
            response = await http.post("/rest/message:send", content=body, headers=HEADERS)
            assert_plain(response)
            assert response.json()["error"]["status"] == "INVALID_ARGUMENT"


async def test_a_rest_send_with_an_agents_role_is_a_client_error(tmp_path):
    async with served(calculator(tmp_path)) as http:
        response = await http.post(
            "/rest/message:send", content=json.dumps({"message": user_message(role="ROLE_AGENT")}), headers=HEADERS
        )
    assert_plain(response)
    assert response.status_code == 400


async def test_answers_that_are_not_errors_pass_through(tmp_path):
    async with served(calculator(tmp_path)) as http:
        response = await http.post("/", content=send(user_message()), headers=HEADERS)
        card = await http.get("/.well-known/agent-card.json")
    assert response.json()["result"]["task"]["status"]["state"] == "TASK_STATE_COMPLETED"
    assert card.status_code == 200 and card.json()["name"]


async def test_an_empty_message_is_invalid_params_not_an_internal_error(tmp_path):
    async with served(calculator(tmp_path)) as http:
        error = await rpc_error(http, send(user_message(parts=[{"text": ""}])))
    assert error["code"] == -32602
