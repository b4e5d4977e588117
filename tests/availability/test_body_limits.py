"""Every inbound body is capped: over the limit is a JSON 413, unread; just under it is served as usual."""

from __future__ import annotations

import json

import pytest

from agents.settings import DEFAULT_MAX_BODY_BYTES, Settings
from servers.cli.tools import http_app
from servers.registry.service import build_registry
from servers.tools import create_tool_server
from tests.availability.conftest import HEADERS, calculator, served

pytestmark = pytest.mark.anyio


def send_request(text: str, size: int | None = None) -> bytes:
    """A JSON-RPC SendMessage, padded with JSON whitespace to exactly ``size`` bytes."""
    message = {"messageId": "m1", "role": "ROLE_USER", "parts": [{"text": text}]}
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "SendMessage", "params": {"message": message}})
    return (body + " " * ((size or len(body)) - len(body))).encode()


def assert_too_large(response) -> None:
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"


async def test_an_announced_body_over_the_limit_is_refused_with_413(tmp_path, small_limit):
    async with served(calculator(tmp_path)) as http:
        assert_too_large(await http.post("/", content=send_request("What is 2 + 2?", small_limit + 1), headers=HEADERS))


async def test_a_body_just_under_the_limit_is_served(tmp_path, small_limit):
    async with served(calculator(tmp_path)) as http:
        response = await http.post("/", content=send_request("What is 2 + 2?", small_limit), headers=HEADERS)
    assert response.status_code == 200
    assert response.json()["result"]["task"]["status"]["state"] == "TASK_STATE_COMPLETED"


async def test_a_chunked_body_is_cut_off_past_the_limit(tmp_path, small_limit):
    async def chunks():
        for _ in range(small_limit // 1024 + 8):
            yield b" " * 1024

    async with served(calculator(tmp_path)) as http:
        response = await http.post("/", content=chunks(), headers=HEADERS)
    assert "content-length" not in response.request.headers
    assert_too_large(response)


async def test_rest_routes_are_capped_too(tmp_path, small_limit):
    async with served(calculator(tmp_path)) as http:
        response = await http.post("/rest/message:send", content=b"{" + b" " * small_limit + b"}", headers=HEADERS)
    assert_too_large(response)


async def test_the_registry_refuses_an_oversized_registration(tmp_path, small_limit):
    service = build_registry(Settings(data_dir=tmp_path, token="t"), open_writes=True)
    async with served(service.app, "http://127.0.0.1:8700") as http:
        response = await http.post("/agents", content=b" " * (small_limit + 1), headers={"Content-Type": "text/plain"})
        assert_too_large(response)
        assert (await http.get("/health")).status_code == 200


async def test_a_tool_server_over_http_refuses_an_oversized_body(tmp_path, small_limit):
    app = http_app(create_tool_server("calculator", tmp_path), host="127.0.0.1", mesh_token=None, data_dir=tmp_path)
    async with served(app, "http://127.0.0.1:8765") as http:
        assert_too_large(await http.post("/mcp", content=b" " * (small_limit + 1)))


def test_the_limit_is_read_from_the_environment_once():
    assert Settings.from_env({}).max_body_bytes == DEFAULT_MAX_BODY_BYTES
    assert Settings.from_env({"ACCORD_MAX_BODY_BYTES": "2048"}).max_body_bytes == 2048
    with pytest.raises(ValueError, match="ACCORD_MAX_BODY_BYTES"):
        Settings.from_env({"ACCORD_MAX_BODY_BYTES": "lots"})
