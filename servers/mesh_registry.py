"""The mesh's registry app: the registry, its web page and the MCP gateway at ``/mcp``, behind the mesh's token.

``Mesh`` serves it in a child forked by the launcher (``serve_registry``), or in its own process when there is no
launcher (``mesh_registry_app`` served by ``embedded_server``); both build the same app from the same settings.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Generator
from typing import Any

import uvicorn

from agents.settings import Settings


def mesh_registry_app(
    settings: Settings, *, host: str, port: int, token: str, call_timeout_s: float | None = None
) -> Any:
    """The mesh's registry app: registry, web page and the MCP gateway at ``/mcp``, behind ``token``."""
    from servers.gateway import DEFAULT_CALL_TIMEOUT_S, create_gateway, gateway_lifespan, gateway_routes
    from servers.registry import build_registry

    gateway = create_gateway(
        f"http://{host}:{port}",
        token=token,
        data_dir=settings.data_dir,
        call_timeout_s=call_timeout_s or DEFAULT_CALL_TIMEOUT_S,
    )
    # The same ranker as `accord registry` and `accord serve` use, so search and routing rank alike everywhere.
    service = build_registry(
        settings.with_overrides(token=token),
        extra_routes=gateway_routes(gateway, token),
        lifespan_hooks=[gateway_lifespan(gateway)],
        host=host,
    )
    return service.app


def serve_registry(host: str, port: int, call_timeout_s: float | None = None) -> int:
    """Serve the mesh's registry app in this process until SIGTERM: what a mesh's launcher child runs.

    The settings, the token among them, come from the environment the mesh gives its children.
    """
    # As `accord` does, before the gateway's MCPServer would set the root logger to INFO.
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = Settings.from_env()
    if not settings.token:
        print("accord: the mesh's registry needs ACCORD_TOKEN", file=sys.stderr)
        return 2
    app = mesh_registry_app(settings, host=host, port=port, token=settings.token, call_timeout_s=call_timeout_s)
    uvicorn.run(app, host=host, port=port, log_level="warning", lifespan="on")
    return 0


def embedded_server(app: Any, *, host: str, port: int) -> uvicorn.Server:
    """A uvicorn server for the registry app inside the mesh's own process (``await server.serve()``)."""
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="on")
    return _EmbeddedServer(config)


class _EmbeddedServer(uvicorn.Server):
    """uvicorn serving inside the mesh's own process: the mesh owns SIGINT and SIGTERM (it stops its agents before
    the registry), so the server must neither take those signals while it serves nor raise them again after."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None]:
        yield
