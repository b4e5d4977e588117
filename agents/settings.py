"""accord's settings: one typed object, read from the environment once at the entry point."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

DEFAULT_REGISTRY_URL = "http://127.0.0.1:8700"


@dataclass(frozen=True, slots=True)
class Settings:
    """What the environment says; command-line flags override fields with ``with_overrides``."""

    data_dir: Path = field(default_factory=lambda: Path.home() / ".accord")
    registry_url: str = DEFAULT_REGISTRY_URL
    token: str | None = None
    anthropic_api_key: str | None = None
    model: str | None = None

    @classmethod
    def from_env(cls, environ: os._Environ[str] | dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        return cls(
            data_dir=Path(env.get("ACCORD_DATA_DIR") or Path.home() / ".accord").expanduser(),
            registry_url=(env.get("ACCORD_REGISTRY_URL") or DEFAULT_REGISTRY_URL).rstrip("/"),
            token=env.get("ACCORD_TOKEN") or None,
            anthropic_api_key=env.get("ANTHROPIC_API_KEY") or None,
            model=env.get("ACCORD_MODEL") or None,
        )

    def with_overrides(self, **values: object) -> Settings:
        """A copy with the given fields replaced; ``None`` values are ignored (a flag that was not given)."""
        given = {k: v for k, v in values.items() if v is not None}
        if "data_dir" in given:
            given["data_dir"] = Path(given["data_dir"]).expanduser()  # type: ignore[arg-type]
        return replace(self, **given)  # type: ignore[arg-type]

    def ensure_data_dir(self) -> Path:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return self.data_dir
