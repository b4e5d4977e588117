"""The registry trusts nothing it fetches: host policy, one total deadline, same-origin redirects and
interfaces, and one answer for every failed fetch."""

from __future__ import annotations

import ipaddress
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

import anyio
import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route

from servers.registry import Directory, SqlRegistryStore, create_registry_app, database_url
from servers.registry.cards import UNAVAILABLE
from servers.registry.hosts import HostPolicy
from tests.registry.conftest import make_card
from tests.support.servers import free_port, running

pytestmark = pytest.mark.anyio
TOKEN = "registry-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


class Host:
    """Cards and misbehaving answers on a real loopback socket; ``paths`` is every path asked for."""

    def __init__(self) -> None:
        self.url = ""
        self.paths: list[str] = []

    def app(self) -> Starlette:
        async def card(request: Request) -> Response:
            self.paths.append(request.url.path)
            return JSONResponse(make_card(request.path_params["name"], url=f"{self.url}/"))

        async def foreign(request: Request) -> Response:
            return JSONResponse(make_card("foreign", url="http://127.0.0.1:9/"))

        async def drip(request: Request) -> Response:
            async def one_byte_at_a_time():
                yield b'{"name": "'
                while True:
                    await anyio.sleep(0.2)
                    yield b"x"

            return StreamingResponse(one_byte_at_a_time(), media_type="application/json")

        async def to_same(request: Request) -> Response:
            return RedirectResponse(f"{self.url}/cards/moved", status_code=302)

        async def to_other(request: Request) -> Response:
            return RedirectResponse(self.url.replace("127.0.0.1", "localhost") + "/cards/elsewhere", status_code=302)

        async def noise(request: Request) -> Response:
            return JSONResponse({"not": "a card"})

        routes = [
            Route("/cards/{name}", card),
            Route("/foreign", foreign),
            Route("/drip", drip),
            Route("/to-same", to_same),
            Route("/to-other", to_other),
            Route("/noise", noise),
        ]
        return Starlette(routes=routes)


@pytest.fixture
async def host() -> AsyncIterator[Host]:
    served = Host()
    async with running(served.app()) as url:
        served.url = url
        yield served


def registry_with(tmp_path, policy: HostPolicy, fetch_timeout: float = 1.0) -> Starlette:
    directory = Directory(
        SqlRegistryStore(database_url(None, tmp_path)), fetch_timeout=fetch_timeout, host_policy=policy
    )
    return create_registry_app(directory, token=TOKEN)


async def register(app: Starlette, body: dict[str, Any]) -> httpx.Response:
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://registry") as http:
            return await http.post("/agents", json=body, headers=AUTH)


LOOPBACK_REGISTRY = HostPolicy.for_bind_host("127.0.0.1")
PUBLIC_REGISTRY = HostPolicy.for_bind_host("0.0.0.0")


async def test_loopback_cards_are_fetched_only_by_a_registry_on_loopback(tmp_path, host: Host) -> None:
    url = f"{host.url}/cards/local"
    refused = await register(registry_with(tmp_path / "a", PUBLIC_REGISTRY), {"card_url": url})
    assert refused.status_code == 422 and refused.json()["error"]["message"] == UNAVAILABLE
    assert host.paths == []  # refused before any connection
    allowed = await register(registry_with(tmp_path / "b", LOOPBACK_REGISTRY), {"card_url": url})
    assert allowed.status_code == 201 and host.paths == ["/cards/local"]


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:169.254.169.254]/",
        "http://[fe80::1]/",
        "http://224.0.0.1/",
    ],
)
async def test_link_local_metadata_and_multicast_hosts_are_refused_at_once(tmp_path, url: str, caplog) -> None:
    caplog.set_level(logging.INFO, logger="servers.registry.cards")
    response = await register(registry_with(tmp_path, LOOPBACK_REGISTRY, fetch_timeout=5.0), {"card_url": url})
    assert response.status_code == 422 and response.json()["error"]["message"] == UNAVAILABLE
    # Refused by the policy, before any connection: not a connect error (on a host without a route, one is quick)
    (reason,) = [r.getMessage() for r in caplog.records if r.name == "servers.registry.cards"]
    assert f"no card from {url}: HostRefused:" in reason


async def test_every_failed_fetch_gets_the_same_answer(tmp_path, host: Host) -> None:
    urls = [
        f"http://127.0.0.1:{free_port()}/card",  # closed port
        f"{host.url}/missing",  # 404
        f"{host.url}/noise",  # JSON, not a card
        f"{host.url}/drip",  # never finishes
        "http://169.254.169.254/",  # refused by policy
    ]
    answers = set()
    for url in urls:
        response = await register(
            registry_with(tmp_path / str(len(answers)), LOOPBACK_REGISTRY, 0.5), {"card_url": url}
        )
        answers.add((response.status_code, response.text))
    assert answers == {(422, f'{{"error":{{"code":"invalid_card","message":"{UNAVAILABLE}"}}}}')}


async def test_a_dripped_body_is_cut_off_by_the_total_deadline(tmp_path, host: Host) -> None:
    app = registry_with(tmp_path, LOOPBACK_REGISTRY, fetch_timeout=1.0)
    async with app.router.lifespan_context(app):  # started first: only the fetch is timed
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://registry") as http:
            started = time.monotonic()
            with anyio.fail_after(5):  # a byte every 0.2 s never trips a read timeout: only a total deadline ends it
                response = await http.post("/agents", json={"card_url": f"{host.url}/drip"}, headers=AUTH)
            elapsed = time.monotonic() - started
    assert response.status_code == 422 and elapsed < 2.5


async def test_redirects_are_followed_only_within_the_origin(tmp_path, host: Host) -> None:
    same = await register(registry_with(tmp_path / "a", LOOPBACK_REGISTRY), {"card_url": f"{host.url}/to-same"})
    assert same.status_code == 201 and same.json()["name"] == "moved"
    other = await register(registry_with(tmp_path / "b", LOOPBACK_REGISTRY), {"card_url": f"{host.url}/to-other"})
    assert other.status_code == 422 and "/cards/elsewhere" not in host.paths


@pytest.mark.parametrize(
    "interface",
    [
        "javascript:alert(document.cookie)",
        "http://169.254.169.254/latest/",
        "file:///etc/passwd",
        "http://u:p@127.0.0.1/",
    ],
)
async def test_an_inline_card_with_a_dangerous_interface_url_is_refused(tmp_path, interface: str) -> None:
    response = await register(registry_with(tmp_path, LOOPBACK_REGISTRY), {"card": make_card("evil", url=interface)})
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_card"


async def test_interfaces_must_share_the_card_urls_origin_unless_allowed(tmp_path, host: Host) -> None:
    refused = await register(registry_with(tmp_path / "a", LOOPBACK_REGISTRY), {"card_url": f"{host.url}/foreign"})
    assert refused.status_code == 422 and "origin" in refused.json()["error"]["message"]
    lenient = HostPolicy(foreign_interfaces=True)
    assert (
        await register(registry_with(tmp_path / "b", lenient), {"card_url": f"{host.url}/foreign"})
    ).status_code == 201


async def test_a_card_url_with_user_info_is_a_bad_request(tmp_path) -> None:
    response = await register(
        registry_with(tmp_path, LOOPBACK_REGISTRY), {"card_url": "http://me:secret@127.0.0.1:9/c"}
    )
    assert response.status_code == 400


def test_the_allow_list_admits_only_its_hosts_and_never_link_local() -> None:
    policy = HostPolicy(allow_loopback=False, allowed=("10.0.0.0/8", "agents.example", "169.254.0.0/16"))
    admits = {
        a: policy.admits("h", ipaddress.ip_address(a)) for a in ("10.1.2.3", "192.168.1.1", "8.8.8.8", "127.0.0.1")
    }
    assert admits == {"10.1.2.3": True, "192.168.1.1": False, "8.8.8.8": False, "127.0.0.1": False}
    assert policy.admits("agents.example", ipaddress.ip_address("203.0.113.9"))
    assert not policy.admits("h", ipaddress.ip_address("169.254.169.254"))
    assert HostPolicy().admits("h", ipaddress.ip_address("8.8.8.8"))


@pytest.mark.parametrize("path", ["/to-other", "/drip", "/noise"])
async def test_a_probe_of_a_silent_agent_is_held_to_the_same_rules(tmp_path, host: Host, path: str) -> None:
    from servers.registry.prober import Prober

    directory = Directory(
        SqlRegistryStore(database_url(None, tmp_path)), fetch_timeout=1.0, host_policy=LOOPBACK_REGISTRY
    )
    await directory.open()
    try:
        # Listed with a card given inline: the probe is the first fetch of its card URL.
        await directory.register(f"{host.url}{path}", card=make_card("silent", url=f"{host.url}/"))
        prober = Prober(directory, interval=0.01)
        await anyio.sleep(0.05)
        started = time.monotonic()
        with anyio.fail_after(5):
            results = await prober.probe_once()
        await prober.aclose()
    finally:
        await directory.close()
    assert results == {"silent": False}
    assert time.monotonic() - started < 2.5
    assert "/cards/elsewhere" not in host.paths
