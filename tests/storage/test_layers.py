"""Storage sits on the agents floor: patterns know no database, and storage imports nothing from servers/."""

from __future__ import annotations

import subprocess
import sys


def modules_loaded_by(module: str) -> set[str]:
    """Every module a fresh interpreter has loaded after importing ``module``."""
    code = f"import sys, {module}; print('\\n'.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    return set(done.stdout.split())


def test_patterns_know_no_database() -> None:
    loaded = modules_loaded_by("patterns")
    assert not {m for m in loaded if m.startswith(("sqlalchemy", "aiosqlite", "asyncpg", "agents", "servers"))}


def test_storage_imports_nothing_from_the_server_floor() -> None:
    loaded = modules_loaded_by("agents.storage")
    assert not {m for m in loaded if m.startswith(("servers", "a2a.server", "starlette", "uvicorn"))}
