"""A bounded, derandomized fuzz of accord's HTTP surfaces: the A2A agent (JSON-RPC and HTTP+JSON), the registry
API and the MCP gateway. Whatever arrives, the answer is a 4xx or a protocol error in the protocol's words:
never a 5xx, never Python's own text."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from anyio.from_thread import BlockingPortal, start_blocking_portal
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir
from starlette.applications import Starlette

from servers.credentials import Authenticator
from servers.gateway import create_gateway
from servers.gateway.http import gateway_lifespan, gateway_routes
from servers.registry import Directory, SqlRegistryStore, create_registry_app, database_url
from tests.availability.conftest import BASE, calculator, served

# Hypothesis caches data under its home dir: keep it out of the tree (pytest would warn about it, as an error).
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "accord-hypothesis")

TOKEN = "fuzz-token"
PYTHON_WORDS = (
    "Traceback", "Error:", "object has no attribute", "unhashable", "codec can't", "NoneType", "KeyError",
    "sqlalchemy", "pydantic", "validation error for", "Exception", "line 1 column",
)  # fmt: skip
FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# -- generated values ------------------------------------------------------------------------------------------

text = st.text(max_size=40).filter(lambda t: not any(w.lower() in t.lower() for w in PYTHON_WORDS))
scalars = st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | text
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4))
ROLES = st.sampled_from(["ROLE_USER", "ROLE_AGENT", "user", "agent", "", "ROLE_UNSPECIFIED"]) | values
part = st.fixed_dictionaries({}, optional={"text": text | values, "data": values, "url": values, "raw": values})
message = st.fixed_dictionaries(
    {"messageId": text | values, "role": ROLES, "parts": st.lists(part, max_size=3) | values},
    optional={"taskId": text | values, "contextId": text | values, "metadata": values, "extensions": values},
)
params = st.fixed_dictionaries({}, optional={"message": message | values, "id": text | values}) | values
raw_bodies = st.binary(max_size=200) | st.sampled_from([b"", b"[]", b"{", b"\xff\xfe{}", b"null", b'"x"', b"1e999"])


def jsonable(value: Any) -> bytes:
    return json.dumps(value).encode()


# -- the harness ---------------------------------------------------------------------------------------------


class Surface:
    """One app served in-process on a portal's event loop, so that synchronous hypothesis tests can call it."""

    def __init__(self, portal: BlockingPortal, http: httpx.AsyncClient, headers: dict[str, str]) -> None:
        self.portal, self.http, self.headers = portal, http, headers

    def request(self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None):
        headers = {**self.headers, **(headers or {})}
        response = self.portal.call(lambda: self.http.request(method, path, content=body, headers=headers))
        assert_plain(response)
        return response


def assert_plain(response: httpx.Response) -> None:
    assert response.status_code < 500, (response.request.method, response.request.url, response.text[:500])
    found = [w for w in PYTHON_WORDS if w in response.text]
    assert not found, (found, response.request.url, response.text[:500])


@pytest.fixture(scope="module")
def portal() -> Iterator[BlockingPortal]:
    with start_blocking_portal("asyncio") as running_portal:
        yield running_portal


def serve(portal: BlockingPortal, app: Any, headers: dict[str, str], base: str = BASE) -> Iterator[Surface]:
    with portal.wrap_async_context_manager(served(app, base)) as http:
        yield Surface(portal, http, headers)


@pytest.fixture(scope="module")
def agent(portal, tmp_path_factory) -> Iterator[Surface]:
    yield from serve(portal, calculator(tmp_path_factory.mktemp("agent")), {"A2A-Version": "1.0"})


@pytest.fixture(scope="module")
def registry(portal, tmp_path_factory) -> Iterator[Surface]:
    data_dir = tmp_path_factory.mktemp("registry")
    directory = Directory(SqlRegistryStore(database_url(None, data_dir)), fetch_timeout=1.0)
    yield from serve(portal, create_registry_app(directory, token=TOKEN), {"Authorization": f"Bearer {TOKEN}"})


@pytest.fixture(scope="module")
def gateway(portal, tmp_path_factory) -> Iterator[Surface]:
    mcp = create_gateway("http://127.0.0.1:9", token=TOKEN, data_dir=tmp_path_factory.mktemp("gateway"))
    app = Starlette(routes=gateway_routes(mcp, Authenticator(TOKEN)), lifespan=gateway_lifespan(mcp))
    headers = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json, text/event-stream"}
    yield from serve(portal, app, headers, "http://127.0.0.1:8700")  # the MCP SDK checks Host on loopback


# -- A2A ---------------------------------------------------------------------------------------------------------

RPC_METHODS = st.sampled_from(
    ["SendMessage", "SendStreamingMessage", "GetTask", "ListTasks", "CancelTask", "SubscribeToTask",
     "GetExtendedAgentCard", "CreateTaskPushNotificationConfig", "message/send", "message/stream", "tasks/get",
     "tasks/cancel", "tasks/resubscribe", "nope"]
) | text  # fmt: skip
rpc_bodies = st.fixed_dictionaries(
    {"method": RPC_METHODS}, optional={"jsonrpc": st.just("2.0") | values, "id": values, "params": params}
).map(jsonable)
rpc_versions = st.sampled_from(["1.0", "0.3", "", "2.0"])


@FUZZ
@given(body=rpc_bodies | raw_bodies | values.map(jsonable), version=rpc_versions)
def test_the_agents_json_rpc_answers_any_body_plainly(agent, body, version):
    agent.request("POST", "/", body, {"A2A-Version": version, "Content-Type": "application/json"})


REST_PATHS = st.sampled_from(
    ["/rest/message:send", "/rest/message:stream", "/rest/tasks", "/rest/tasks/x", "/rest/tasks/x:cancel",
     "/rest/tasks/x:subscribe", "/rest/tasks/x/pushNotificationConfigs", "/rest/extendedAgentCard",
     "/t/rest/message:send", "/t/rest/tasks", "/rest/v1/message:send", "/rest/tasks/%ff"]
)  # fmt: skip
rest_queries = st.dictionaries(st.sampled_from(["pageSize", "pageToken", "status", "historyLength", "x"]), text)
rest_bodies = st.fixed_dictionaries({}, optional={"message": message | values, "configuration": values}).map(jsonable)


@FUZZ
@given(
    method=st.sampled_from(["GET", "POST", "DELETE"]),
    path=REST_PATHS,
    query=rest_queries,
    body=rest_bodies | raw_bodies,
)
def test_the_agents_rest_binding_answers_any_request_plainly(agent, method, path, query, body):
    agent.request(method, str(httpx.URL(path, params=query)), body, {"Content-Type": "application/json"})


# -- the registry ------------------------------------------------------------------------------------------------

names = st.sampled_from(["calculator", "x", "%ff", "a/b", "..", "%00"]) | text.filter(lambda t: "/" not in t)
card_urls = st.sampled_from(["", "ftp://x", "javascript:alert(1)", "http://", "http://[::1", "not a url"]) | values
registrations = st.fixed_dictionaries({}, optional={"card_url": card_urls, "card": values}).map(jsonable)
listing = st.dictionaries(st.sampled_from(["skill", "tag", "q", "status", "limit", "cursor", "x"]), text)


@FUZZ
@given(
    method=st.sampled_from(["GET", "POST", "DELETE"]),
    path=st.sampled_from(["/agents", "/agents/{}", "/agents/{}/heartbeat", "/health", "/", "/login"]),
    name=names,
    query=listing,
    body=registrations | raw_bodies | values.map(jsonable),
)
def test_the_registry_answers_any_request_plainly(registry, method, path, name, query, body):
    url = httpx.URL(path.replace("{}", quote(name, safe="%") or "x"), params=query)
    registry.request(method, str(url), body, {"Content-Type": "application/json"})


# -- the MCP gateway ---------------------------------------------------------------------------------------------

TOOLS = st.sampled_from(["list_agents", "ask_agent", "orchestrate", "get_run", "nope"]) | text
ARGUMENT_NAMES = st.sampled_from(["query", "skill", "tag", "agent", "message", "task", "pattern", "agents", "run_id"])
tool_calls = st.fixed_dictionaries(
    {"name": TOOLS, "arguments": st.dictionaries(ARGUMENT_NAMES, values, max_size=3) | values}
)
mcp_methods = st.sampled_from(["tools/call", "tools/list", "resources/read", "resources/list", "ping", "nope"])
mcp_bodies = st.fixed_dictionaries(
    {"jsonrpc": st.just("2.0") | values, "method": mcp_methods, "id": st.integers(1, 9) | values},
    optional={"params": tool_calls | st.fixed_dictionaries({"uri": text | values}) | values},
).map(jsonable)
tool_requests = st.builds(
    lambda id, params: jsonable({"jsonrpc": "2.0", "id": id, "method": "tools/call", "params": params}),
    st.integers(1, 999),
    tool_calls,
)


@pytest.fixture(scope="module")
def session(gateway) -> dict[str, str]:
    """An initialized MCP session, so that generated calls reach the tools."""
    hello = {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "fuzz", "version": "1"}}
    body = {"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": hello}
    response = gateway.request("POST", "/mcp", jsonable(body), {"Content-Type": "application/json"})
    headers = {"Content-Type": "application/json", "Mcp-Session-Id": response.headers["mcp-session-id"]}
    gateway.request("POST", "/mcp", jsonable({"jsonrpc": "2.0", "method": "notifications/initialized"}), headers)
    return headers


@FUZZ
@given(body=tool_requests | mcp_bodies | raw_bodies, in_session=st.booleans())
def test_the_gateway_answers_any_mcp_request_plainly(gateway, session, body, in_session):
    gateway.request("POST", "/mcp", body, session if in_session else {"Content-Type": "application/json"})
