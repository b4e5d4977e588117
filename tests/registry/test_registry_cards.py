"""Fetching cards from a real socket: refused when not http(s), too big, too slow or not a card, always with
the same answer (the registry is no oracle for what lies behind it)."""

from __future__ import annotations

import time

import anyio
import httpx
import pytest

from servers.registry.cards import UNAVAILABLE
from tests.registry.conftest import AUTH, CardHost, make_card
from tests.support.servers import free_port

pytestmark = pytest.mark.anyio


async def register(registry: httpx.AsyncClient, url: str) -> httpx.Response:
    return await registry.post("/agents", json={"card_url": url}, headers=AUTH)


async def test_a_served_card_is_fetched_and_stored(registry, card_host: CardHost) -> None:
    response = await register(registry, card_host.url("served", make_card("Served")))
    assert response.status_code == 201 and response.json()["card"]["name"] == "Served"


@pytest.mark.parametrize("path", ["/big", "/big-chunked"])
async def test_an_oversized_card_is_422_like_any_failed_fetch(registry, card_host: CardHost, path: str) -> None:
    response = await register(registry, card_host.base_url + path)
    assert response.status_code == 422 and response.json()["error"]["message"] == UNAVAILABLE


async def test_a_slow_card_times_out_as_422_without_hanging(registry, card_host: CardHost) -> None:
    started = time.monotonic()
    with anyio.fail_after(3):
        response = await register(registry, card_host.base_url + "/slow")
    assert response.status_code == 422 and response.json()["error"]["message"] == UNAVAILABLE
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("path", ["/not-json", "/cards/missing"])
async def test_a_bad_answer_is_422(registry, card_host: CardHost, path: str) -> None:
    response = await register(registry, card_host.base_url + path)
    assert response.status_code == 422 and response.json()["error"]["message"] == UNAVAILABLE


async def test_an_unreachable_card_is_422(registry) -> None:
    response = await register(registry, f"http://127.0.0.1:{free_port()}/card.json")
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_card"
    assert response.json()["error"]["message"] == UNAVAILABLE


async def test_a_served_document_that_is_not_a_card_is_422(registry, card_host: CardHost) -> None:
    card_host.cards["list"] = [1, 2, 3]
    assert (await register(registry, card_host.url("list"))).status_code == 422
