"""A2A conformance fixtures: an agent app served in-process with its lifespan, and SDK clients per binding."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from a2a.client import Client as SDKClient
from a2a.client import ClientConfig, ClientFactory
from a2a.types import AgentCard

BASE = "http://agent.test"
BINDINGS = ["JSONRPC", "HTTP+JSON"]


@asynccontextmanager
async def served(app, base_url: str = BASE) -> AsyncIterator[httpx.AsyncClient]:
    """``app`` with its lifespan running, reached in-process through an httpx client."""
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=base_url, timeout=20) as http:
            yield http


def sdk_client(http: httpx.AsyncClient, card: AgentCard, binding: str, *, streaming: bool = False) -> SDKClient:
    """The official client, made to use ``binding`` (JSON-RPC or HTTP+JSON) of the card's interfaces."""
    config = ClientConfig(streaming=streaming, httpx_client=http, supported_protocol_bindings=[binding])
    return ClientFactory(config).create(card)
