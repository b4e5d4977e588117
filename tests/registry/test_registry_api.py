"""The registry HTTP API of DESIGN.md, in-process: every route and every error answer."""

from __future__ import annotations

import httpx
import pytest

from tests.registry.conftest import AUTH, CardHost, make_card

pytestmark = pytest.mark.anyio


def assert_error(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code and error["message"]


async def test_health(registry: httpx.AsyncClient) -> None:
    response = await registry.get("/health")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


async def test_register_by_card_url_fetches_and_lists_the_agent(registry, card_host: CardHost) -> None:
    url = card_host.url("echo", make_card("Echo Agent"))
    response = await registry.post("/agents", json={"card_url": url}, headers=AUTH)
    assert response.status_code == 201
    record = response.json()
    assert record["name"] == "echo-agent" and record["card_url"] == url and record["status"] == "up"
    assert record["card"]["name"] == "Echo Agent" and record["registered_at"] and record["last_seen"]
    assert (await registry.get("/agents/echo-agent")).json()["card"] == record["card"]


async def test_register_by_card_json(registry) -> None:
    response = await registry.post("/agents", json={"card": make_card("calculator")}, headers=AUTH)
    assert response.status_code == 201 and response.json()["name"] == "calculator"
    assert response.json()["card_url"] is None


async def test_a_03_card_is_upgraded_to_1_0(registry) -> None:
    card = {
        "name": "Legacy",
        "description": "A 0.3 agent",
        "version": "0.1",
        "url": "http://127.0.0.1:9/",
        "protocolVersion": "0.3.0",
        "preferredTransport": "JSONRPC",
        "capabilities": {},
        "defaultInputModes": ["text/plain"],
        "defaultOutputModes": ["text/plain"],
        "skills": [{"id": "old", "name": "Old", "description": "Old skill", "tags": ["legacy"]}],
    }
    record = (await registry.post("/agents", json={"card": card}, headers=AUTH)).json()
    assert record["card"]["supportedInterfaces"][0]["url"] == "http://127.0.0.1:9/"
    assert "url" not in record["card"]


async def test_reregistering_from_the_same_url_updates(registry, card_host: CardHost) -> None:
    url = card_host.url("a", make_card("a", description="first"))
    first = (await registry.post("/agents", json={"card_url": url}, headers=AUTH)).json()
    card_host.url("a", make_card("a", description="second"))
    second = await registry.post("/agents", json={"card_url": url}, headers=AUTH)
    assert second.status_code == 201
    assert second.json()["card"]["description"] == "second"
    assert second.json()["registered_at"] == first["registered_at"]


async def test_a_taken_name_from_another_url_is_409(registry, card_host: CardHost) -> None:
    first = card_host.url("one", make_card("same"))
    other = card_host.url("two", make_card("same"))
    assert (await registry.post("/agents", json={"card_url": first}, headers=AUTH)).status_code == 201
    assert_error(await registry.post("/agents", json={"card_url": other}, headers=AUTH), 409, "name_taken")


async def test_heartbeat_and_deregister(registry) -> None:
    await registry.post("/agents", json={"card": make_card("beat")}, headers=AUTH)
    beat = await registry.post("/agents/beat/heartbeat", headers=AUTH)
    assert beat.status_code == 200 and beat.json()["status"] == "up"
    assert (await registry.delete("/agents/beat", headers=AUTH)).status_code == 204
    assert_error(await registry.get("/agents/beat"), 404, "not_found")
    assert_error(await registry.post("/agents/beat/heartbeat", headers=AUTH), 404, "not_found")
    assert_error(await registry.delete("/agents/beat", headers=AUTH), 404, "not_found")


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/agents", {"card": {"name": "x"}}),
        ("POST", "/agents/x/heartbeat", None),
        ("DELETE", "/agents/x", None),
    ],
)
async def test_writes_need_the_token(registry, method: str, path: str, body) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic dGVzdA=="}):
        response = await registry.request(method, path, json=body, headers=headers)
        assert_error(response, 401, "unauthorized")
        assert response.headers["www-authenticate"].startswith("Bearer")


async def test_reads_are_public(registry) -> None:
    await registry.post("/agents", json={"card": make_card("public")}, headers=AUTH)
    assert (await registry.get("/agents")).status_code == 200
    assert (await registry.get("/agents/public")).status_code == 200
    assert (await registry.get("/")).status_code == 200


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"{not json", "bad_request"),
        (b"[]", "bad_request"),
        (b'{"neither": 1}', "bad_request"),
        (b'{"card_url": 5}', "bad_request"),
        (b'{"card_url": "file:///etc/passwd"}', "bad_request"),
        (b'{"card_url": "ftp://127.0.0.1/card.json"}', "bad_request"),
        (b'{"card_url": "/relative"}', "bad_request"),
    ],
)
async def test_bad_register_requests_are_400(registry, content: bytes, code: str) -> None:
    response = await registry.post("/agents", content=content, headers={**AUTH, "Content-Type": "application/json"})
    assert_error(response, 400, code)


@pytest.mark.parametrize(
    "card",
    [
        "not an object",
        {"name": ""},
        {"name": "!!!"},
        {"name": "x", "skills": "not a list"},
        {"name": "x", "capabilities": {"streaming": "very"}},
        {"description": "no name"},
    ],
)
async def test_invalid_cards_are_422(registry, card) -> None:
    response = await registry.post("/agents", json={"card": card}, headers=AUTH)
    assert_error(response, 422, "invalid_card")


async def test_an_inline_card_without_an_interface_url_is_400(registry) -> None:
    card = make_card("nowhere")
    del card["supportedInterfaces"]
    assert_error(await registry.post("/agents", json={"card": card}, headers=AUTH), 400, "bad_request")
    ok = await registry.post("/agents", json={"card": card, "card_url": "http://127.0.0.1:9/c"}, headers=AUTH)
    assert ok.status_code == 201


async def test_an_oversized_body_is_413(registry) -> None:
    body = b'{"card": {"name": "' + b"x" * 1_200_000 + b'"}}'
    response = await registry.post("/agents", content=body, headers={**AUTH, "Content-Type": "application/json"})
    assert_error(response, 413, "too_large")


@pytest.mark.parametrize(
    "query",
    ["status=sideways", "limit=0", "limit=501", "limit=ten", "cursor=%%%", "cursor=e30", "colour=blue"],
)
async def test_bad_list_parameters_are_400(registry, query: str) -> None:
    assert_error(await registry.get(f"/agents?{query}"), 400, "bad_request")


async def test_unknown_routes_and_methods_answer_json(registry) -> None:
    assert_error(await registry.get("/nowhere", headers=AUTH), 404, "not_found")
    assert_error(await registry.put("/agents", headers=AUTH), 405, "method_not_allowed")


async def test_unknown_routes_need_a_credential_before_anything_else(registry) -> None:
    assert_error(await registry.get("/nowhere"), 401, "unauthorized")
    assert_error(await registry.put("/agents"), 401, "unauthorized")


async def test_list_has_an_etag_and_answers_304(registry) -> None:
    await registry.post("/agents", json={"card": make_card("tagged")}, headers=AUTH)
    first = await registry.get("/agents")
    etag = first.headers["etag"]
    again = await registry.get("/agents", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    await registry.post("/agents", json={"card": make_card("another")}, headers=AUTH)
    changed = await registry.get("/agents", headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["etag"] != etag


async def test_the_web_page_lists_agents(registry) -> None:
    skills = [("sum", "Summing", "Adds numbers", ["math", "<b>bold</b>"])]
    await registry.post("/agents", json={"card": make_card("Pager", skills=skills)}, headers=AUTH)
    page = await registry.get("/")
    assert page.headers["content-type"].startswith("text/html")
    assert 'http-equiv="refresh"' in page.text
    assert "pager" in page.text and "Summing" in page.text and "math" in page.text
    assert "&lt;b&gt;bold&lt;/b&gt;" in page.text and "<b>bold</b>" not in page.text
