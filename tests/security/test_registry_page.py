"""The registry's pages: only http(s) links, everything escaped, no script allowed to run, and what callers asked
(a run's request, answer, and each step's input and output) for administrators and the run's own caller alone
(a token, or signing in through the form)."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from servers.credentials import ADMIN, CALL, Authenticator, TokenStore
from servers.registry import Directory, SqlRegistryStore, create_registry_app, database_url
from servers.registry.page import SESSION_COOKIE, render_page
from servers.registry.run_page import render_run
from servers.registry.store import StoredAgent
from tests.registry.conftest import make_card
from tests.registry.runs import InMemoryRuns, supervised_run

pytestmark = pytest.mark.anyio
MESH = "mesh-token"
SECRET_REQUEST = "Draft my resignation letter to Dana"
SECRET_STEP = "input of task-2"


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


def test_a_hostile_run_record_cannot_put_markup_on_the_run_page() -> None:
    evil = '"><script>alert(1)</script><svg onload="x">'
    record = supervised_run(evil)
    record["pattern"] = evil
    record["plan"]["tasks"][0].update(id=evil, worker=evil)
    for step in record["steps"]:
        step.update(id=evil, agent=evil, status=evil, input=evil, output=evil, latency_ms="1e400", tokens=evil)
    html = render_run(record, show_texts=True, now=time.time())
    assert "<script>" not in html and "onload=" not in html.replace("onload=&quot;", "")
    assert html.count("&lt;script&gt;") >= 5


@pytest.fixture
async def page(tmp_path: Path) -> AsyncIterator[tuple[httpx.AsyncClient, TokenStore]]:
    store = TokenStore.in_data_dir(tmp_path)
    runs = InMemoryRuns(supervised_run("run-secret", owner="app") | {"input": SECRET_REQUEST})
    directory = Directory(SqlRegistryStore(database_url(None, tmp_path)))
    app = create_registry_app(
        directory,
        token=MESH,
        authenticator=Authenticator(MESH, store),
        recent_runs=runs.recent,
        run_detail=runs.detail,
    )
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://registry") as http:
            yield http, store


async def test_an_anonymous_viewer_sees_agents_and_runs_but_not_what_was_asked(page) -> None:
    http, _ = page
    await http.post("/agents", json={"card": make_card("listed")}, headers={"Authorization": f"Bearer {MESH}"})
    response = await http.get("/")
    assert "listed" in response.text and SECRET_REQUEST not in response.text and 'href="/login"' in response.text
    assert 'href="/runs/run-secret"' in response.text
    assert "script-src" not in response.headers["content-security-policy"]  # default-src 'none': no script at all
    assert (await http.get("/", headers={"Authorization": f"Bearer {MESH}"})).text.count(SECRET_REQUEST) == 1


async def test_the_run_page_shows_inputs_and_outputs_only_to_an_admin_or_the_run_s_caller(page) -> None:
    http, store = page
    admin, owner, other = store.add("ops", [ADMIN]), store.add("app", [CALL]), store.add("else", [CALL])
    anonymous = await http.get("/runs/run-secret")
    assert anonymous.status_code == 200 and 'id="waterfall"' in anonymous.text
    assert SECRET_REQUEST not in anonymous.text and SECRET_STEP not in anonymous.text
    assert "what's 15%" not in anonymous.text  # the plan's task texts are parts of the request
    assert anonymous.headers["content-security-policy"].startswith("default-src 'none'")
    for token, sees in ((admin, True), (owner, True), (other, False)):
        text = (await http.get("/runs/run-secret", headers={"Authorization": f"Bearer {token}"})).text
        assert (SECRET_REQUEST in text and SECRET_STEP in text) is sees, token
        await http.post("/login", data={"token": token})
        assert (SECRET_STEP in (await http.get("/runs/run-secret")).text) is sees
        await http.post("/logout")


async def test_signing_in_with_an_admin_token_shows_the_requests(page) -> None:
    http, store = page
    admin, caller = store.add("ops", [ADMIN]), store.add("someone", [CALL])
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
    assert (await http.get("/metrics")).status_code == 401


async def test_metrics_need_a_credential(page) -> None:
    http, store = page
    assert (await http.get("/metrics")).status_code == 401
    response = await http.get("/metrics", headers={"Authorization": f"Bearer {store.add('scraper', [CALL])}"})
    assert response.status_code == 200 and "accord_http_requests_total" in response.text
