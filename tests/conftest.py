"""Shared fixtures: anyio on asyncio, real API calls blocked, and an isolated data dir for every test; the tables
of earlier rounds marked ``rounds``."""

from __future__ import annotations

import re

import pytest

# The tables of users' requests kept from earlier measured rounds, named by their round (test_calculator_h8.py,
# test_writer_u18_confident.py, test_routing_round9_users.py, test_calculator_r37a_rates.py): thousands of
# regression families that run apart as `pytest -m rounds tests`, so the default run stays well under ten minutes
# on two cores.
_ROUND_TABLE = re.compile(r"test_\w*?_(?:h|ev|r|u|round)\d+[a-z]?(?:_\w+)?\.py")


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _ROUND_TABLE.fullmatch(item.path.name):
            item.add_marker(pytest.mark.rounds)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # Nothing in the suite may reach Anthropic's API or a developer's own registry or data.
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    monkeypatch.delenv("ANTHROPIC_AUTH_TOKEN", raising=False)
    monkeypatch.setenv("ANTHROPIC_BASE_URL", "http://127.0.0.1:9/blocked-in-tests")
    monkeypatch.delenv("ACCORD_TOKEN", raising=False)
    monkeypatch.delenv("ACCORD_MODEL", raising=False)
    for name in ("ACCORD_OPENAI_BASE_URL", "ACCORD_OPENAI_API_KEY", "OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ACCORD_DATA_DIR", str(tmp_path_factory.mktemp("accord-data")))
    # one encoder cache for the whole session (its processes included), never the developer's own
    monkeypatch.setenv("ACCORD_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "accord-cache"))
    monkeypatch.setenv("ACCORD_REGISTRY_URL", "http://127.0.0.1:9")
