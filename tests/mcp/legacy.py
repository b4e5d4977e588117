"""The handshake-era (2025-11-25) requests the tests send: logging levels and resource subscriptions.

The SDK's ``Client`` marks its methods for these deprecated (the 2026-07-28 protocol drops them), but accord's
servers still serve legacy clients, so the tests send the same requests on the wire through the session.
"""

from __future__ import annotations

from mcp import Client
from mcp_types import (
    EmptyResult,
    LoggingLevel,
    SetLevelRequest,
    SetLevelRequestParams,
    SubscribeRequest,
    SubscribeRequestParams,
    UnsubscribeRequest,
    UnsubscribeRequestParams,
)


async def set_logging_level(client: Client, level: LoggingLevel) -> None:
    await client.session.send_request(SetLevelRequest(params=SetLevelRequestParams(level=level)), EmptyResult)


async def subscribe(client: Client, uri: str) -> None:
    await client.session.send_request(SubscribeRequest(params=SubscribeRequestParams(uri=uri)), EmptyResult)


async def unsubscribe(client: Client, uri: str) -> None:
    await client.session.send_request(UnsubscribeRequest(params=UnsubscribeRequestParams(uri=uri)), EmptyResult)
