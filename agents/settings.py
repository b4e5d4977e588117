"""accord's settings: one typed object, read from the environment once at the entry point."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

DEFAULT_REGISTRY_URL = "http://127.0.0.1:8700"
DEFAULT_MAX_BODY_BYTES = 1024 * 1024
"""The largest request body an accord server reads (A2A agents, the registry, tool servers over HTTP)."""


@dataclass(frozen=True, slots=True)
class Settings:
    """What the environment says; command-line flags override fields with ``with_overrides``."""

    data_dir: Path = field(default_factory=lambda: Path.home() / ".accord")
    registry_url: str = DEFAULT_REGISTRY_URL
    token: str | None = None
    anthropic_api_key: str | None = None
    model: str | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    openai_base_url: str | None = None
    openai_api_key: str | None = None
    database_url: str | None = None
    """Where every component keeps its state (``ACCORD_DATABASE_URL``); ``None``: SQLite files under ``data_dir``."""

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        return cls(
            data_dir=Path(env.get("ACCORD_DATA_DIR") or Path.home() / ".accord").expanduser(),
            registry_url=(env.get("ACCORD_REGISTRY_URL") or DEFAULT_REGISTRY_URL).rstrip("/"),
            token=env.get("ACCORD_TOKEN") or None,
            anthropic_api_key=env.get("ANTHROPIC_API_KEY") or None,
            model=env.get("ACCORD_MODEL") or None,
            max_body_bytes=_positive_int(env, "ACCORD_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES),
            database_url=(env.get("ACCORD_DATABASE_URL") or "").strip() or None,
            openai_base_url=_http_url(env, "ACCORD_OPENAI_BASE_URL"),
            openai_api_key=env.get("ACCORD_OPENAI_API_KEY") or None,
        )

    def with_overrides(self, **values: Any) -> Settings:
        """A copy with the given fields replaced; ``None`` values are ignored (a flag that was not given)."""
        given = {k: v for k, v in values.items() if v is not None}
        if "data_dir" in given:
            given["data_dir"] = Path(given["data_dir"]).expanduser()
        return replace(self, **given)

    def ensure_data_dir(self) -> Path:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return self.data_dir


def _positive_int(env: Mapping[str, str], name: str, default: int) -> int:
    # A malformed limit is a mistake to report, not a reason to run without one.
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) <= 0:
        raise ValueError(f"{name} must be a positive whole number of bytes, not {raw!r}")
    return int(raw)


def _http_url(env: Mapping[str, str], name: str) -> str | None:
    raw = (env.get(name) or "").strip()
    if not raw:
        return None
    if not raw.startswith(("http://", "https://")) or len(raw) > 2048:
        raise ValueError(f"{name} must be an http(s) URL, not {raw[:100]!r}")
    return raw.rstrip("/")
