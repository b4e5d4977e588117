"""The registry service: where agents are found.

``build_registry`` wires settings into an app (the ``accord registry`` and ``accord up`` commands use it);
``create_registry_app`` takes a ``Directory`` for tests and embedders. The exports load on first use (PEP 562), so
reading the registry's token does not import its app, store and search index.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from servers.registry.app import create_registry_app
    from servers.registry.directory import Directory
    from servers.registry.liveness import Liveness
    from servers.registry.service import RegistryService, build_registry
    from servers.registry.sql_store import SqlRegistryStore, database_url
    from servers.registry.store import RegistryStore

_EXPORTS = {
    "create_registry_app": "servers.registry.app",
    "Directory": "servers.registry.directory",
    "Liveness": "servers.registry.liveness",
    "RegistryService": "servers.registry.service",
    "build_registry": "servers.registry.service",
    "RegistryStore": "servers.registry.store",
    "SqlRegistryStore": "servers.registry.sql_store",
    "database_url": "servers.registry.sql_store",
}
__all__ = [
    "Directory",
    "Liveness",
    "RegistryService",
    "RegistryStore",
    "SqlRegistryStore",
    "build_registry",
    "create_registry_app",
    "database_url",
]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name]), name)
