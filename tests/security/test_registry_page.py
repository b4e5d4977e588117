"""The registry page: only http(s) links, everything escaped, no script allowed to run, and the texts of recent
orchestrations for administrators alone (a token, or signing in through the form)."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from agents.orchestrator import open_runs
from agents.settings import Settings
from patterns import RunRecord
from servers.credentials import ADMIN, CALL, TokenStore
from servers.registry.page import SESSION_COOKIE, render_page
from servers.registry.service import build_registry
from servers.registry.store import StoredAgent
from tests.registry.conftest import make_card

pytestmark = pytest.mark.anyio
MESH = "mesh-token"
SECRET_REQUEST = "Draft my resignation letter to Dana"


def stored(card_url: str | None, origin: str) -> StoredAgent:
    now = time.time()
    return StoredAgent("evil", card_url, origin, {"description": "<script>alert(1)</script>"}, now, now)


@pytest.mark.parametrize("link", ["javascript:alert(1)", "JavaScript:alert(1)", " javascript:x", "data:text/html,x"])
def test_the_page_never_renders_a_link_that_is_not_http(link: str) -> None:
    html = render_page([(stored(None, link), "up")])
    assert "href=" not in html.split('<table id="agents">')[1]
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_an_http_link_is_rendered_escaped() -> None:
    html = render_page([(stored('http://a.example/"onmouseover="x', "http://a.example/"), "up")])
    assert 'href="http://a.example/&quot;onmouseover=&quot;x"' in html


@pytest.fixture
async def page(tmp_path: Path) -> AsyncIterator[tuple[httpx.AsyncClient, TokenStore]]:
    async with open_runs(tmp_path) as runs:
        record = RunRecord(run_id="run-secret", pattern="router", worker="orchestrator", input=SECRET_REQUEST)
        await runs.save(record)
    app = build_registry(Settings(data_dir=tmp_path, token=MESH)).app
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://registry") as http:
            yield http, TokenStore.in_data_dir(tmp_path)


async def test_an_anonymous_viewer_sees_agents_but_not_what_was_asked(page) -> None:
    http, _ = page
    await http.post("/agents", json={"card": make_card("listed")}, headers={"Authorization": f"Bearer {MESH}"})
    response = await http.get("/")
    assert "listed" in response.text and SECRET_REQUEST not in response.text and 'href="/login"' in response.text
    assert "script-src" not in response.headers["content-security-policy"]  # default-src 'none': no script at all
    assert (await http.get("/", headers={"Authorization": f"Bearer {MESH}"})).text.count(SECRET_REQUEST) == 1


async def test_signing_in_with_an_admin_token_shows_the_orchestrations(page) -> None:
    http, store = page
    admin, caller = store.add("ops", [ADMIN]), store.add("app", [CALL])
    assert SECRET_REQUEST not in (await http.post("/login", data={"token": "wrong"})).text
    assert SESSION_COOKIE not in http.cookies
    signed_in = await http.post("/login", data={"token": caller})
    assert signed_in.status_code == 303 and "httponly" in signed_in.headers["set-cookie"].lower()
    assert SECRET_REQUEST not in (await http.get("/")).text  # a caller may not read everyone's requests
    await http.post("/login", data={"token": admin})
    assert SECRET_REQUEST in (await http.get("/")).text
    await http.post("/logout")
    assert SECRET_REQUEST not in (await http.get("/")).text


async def test_the_sign_in_cookie_does_not_authorise_the_api(page) -> None:
    http, store = page
    await http.post("/login", data={"token": store.add("ops", [ADMIN])})
    assert SESSION_COOKIE in http.cookies
    response = await http.post("/agents", json={"card": make_card("sneaky")})
    assert response.status_code == 401
