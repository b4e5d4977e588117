"""The mesh token reaches only the mesh's own agents: an agent a stranger registered gets no credential at all."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from agents.a2a_client import A2AConnection, task_text
from agents.credentials import OriginCredentials, announce_origin, origin
from agents.registry import Registry
from agents.remote import RemoteAgent
from agents.settings import Settings
from patterns import Request
from servers.a2a.hosting import orchestrator_app
from servers.credentials import Authenticator
from servers.registry import Directory, SqlRegistryStore, create_registry_app, database_url
from tests.security.conftest import MESH_TOKEN, HeaderRecorder, echo_app
from tests.support.servers import free_port, running

pytestmark = pytest.mark.anyio
MESH_HEADER = f"Bearer {MESH_TOKEN}"


@dataclass
class World:
    data_dir: Path
    registry_url: str
    mesh_agent: HeaderRecorder
    stranger: HeaderRecorder
    stack: contextlib.AsyncExitStack

    async def serve(self, app, port: int) -> str:
        return await self.stack.enter_async_context(running(app, port))


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    """A registry; the mesh's own echo agent (announced, guarded by the mesh token); a stranger's, registered."""
    async with contextlib.AsyncExitStack() as stack:
        directory = Directory(SqlRegistryStore(database_url(None, tmp_path)))
        registry_url = await stack.enter_async_context(running(create_registry_app(directory, token=MESH_TOKEN)))
        mesh_port, stranger_port = free_port(), free_port()
        mesh_url, stranger_url = f"http://127.0.0.1:{mesh_port}", f"http://127.0.0.1:{stranger_port}"
        mesh = HeaderRecorder(echo_app(tmp_path, mesh_url, authenticator=Authenticator(MESH_TOKEN), name="ours"))
        stranger = HeaderRecorder(echo_app(tmp_path, stranger_url, name="theirs"))
        stack.enter_context(announce_origin(tmp_path, "ours", mesh_url))
        await stack.enter_async_context(running(mesh, mesh_port))
        await stack.enter_async_context(running(stranger, stranger_port))
        async with Registry(registry_url, MESH_TOKEN) as registry:
            for url in (mesh_url, stranger_url):
                await registry.register(f"{url}/.well-known/agent-card.json")
        mesh.seen.clear()  # the registry fetched both public cards without a credential; count calls from here
        stranger.seen.clear()
        yield World(tmp_path, registry_url, mesh, stranger, stack)


async def test_a_remote_agent_sends_the_mesh_token_only_to_an_announced_origin(world: World) -> None:
    credentials = OriginCredentials(mesh_token=MESH_TOKEN, data_dir=world.data_dir)
    async with Registry(world.registry_url) as registry:
        records = {r.name: r for r in await registry.search()}
    for name in ("ours", "theirs"):
        async with RemoteAgent(records[name].base_url, card=records[name].card, token=credentials) as agent:
            assert (await agent.send(Request(f"hello {name}"))).text == f"hello {name}"
    assert world.stranger.seen and set(world.stranger.seen) == {None}
    assert world.mesh_agent.seen and set(world.mesh_agent.seen) == {MESH_HEADER}


async def test_the_orchestrator_never_forwards_the_mesh_token_to_a_strangers_agent(world: World) -> None:
    port = free_port()
    settings = Settings(data_dir=world.data_dir, registry_url=world.registry_url, token=MESH_TOKEN)
    url = await world.serve(orchestrator_app(settings, f"http://127.0.0.1:{port}"), port)
    async with A2AConnection(url, token=MESH_TOKEN, timeout_s=30) as orchestrator:
        task = await orchestrator.send("hello everyone", metadata={"pattern": "fanout", "agents": ["ours", "theirs"]})
    assert "hello everyone" in task_text(task)
    assert world.stranger.seen and set(world.stranger.seen) == {None}
    assert MESH_HEADER in world.mesh_agent.seen


def test_credentials_are_matched_by_origin_and_every_url_must_agree(tmp_path: Path) -> None:
    credentials = OriginCredentials({"https://a.example": "ta"}, mesh_token="m", mesh_origins=["http://mesh:8701"])
    assert credentials.token_for("https://a.example:443/rpc") == "ta"
    assert credentials.token_for("http://a.example/") is None  # another scheme is another origin
    assert credentials.token_for("http://mesh:8701/", "http://mesh:8701/rest") == "m"
    assert credentials.token_for("http://mesh:8701/", "http://elsewhere:8701/") is None
    assert origin("javascript:alert(1)") is None and origin("HTTP://Mesh:80/x") == "http://mesh:80"


def test_configured_origins_give_the_mesh_token_or_their_own(tmp_path: Path) -> None:
    (tmp_path / "origins.json").write_text(
        '{"http://10.0.0.7:8701": {"mesh": true}, "https://b.example": {"token": "tb"}}'
    )
    credentials = OriginCredentials(mesh_token="m", data_dir=tmp_path)
    assert credentials.token_for("http://10.0.0.7:8701/") == "m"
    assert credentials.token_for("https://b.example/a2a") == "tb"
    assert credentials.token_for("http://10.0.0.8:8701/") is None
