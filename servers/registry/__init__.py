"""The registry service: where agents are found.

``build_registry`` wires settings into an app (the ``accord registry`` and ``accord up`` commands use it);
``create_registry_app`` takes a ``Directory`` for tests and embedders.
"""

from __future__ import annotations

from servers.registry.app import create_registry_app
from servers.registry.directory import Directory
from servers.registry.liveness import Liveness
from servers.registry.service import RegistryService, build_registry
from servers.registry.store import RegistryStore, SqlRegistryStore, database_url

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
