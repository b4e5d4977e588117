"""The registry's own token (the mesh token): from ``ACCORD_TOKEN``, or made once and kept in the data dir (0600).

It holds every scope. Reads are public; every write (register, heartbeat, deregister) needs it, or a client token
with the ``registry:write`` scope, unless the registry was started with ``--open`` for local development. The
route rules themselves live in ``app.py``.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

TOKEN_FILE = "registry-token"


@dataclass(frozen=True, slots=True)
class TokenSource:
    token: str
    path: Path | None  # where it is kept; None when it came from the environment
    created: bool


def resolve_token(env_token: str | None, data_dir: Path) -> TokenSource:
    """``env_token`` when given; else the token kept in ``data_dir``, made on first start."""
    if env_token:
        return TokenSource(env_token, None, False)
    path = data_dir / TOKEN_FILE
    if path.exists():
        token = path.read_text().strip()
        if token:
            return TokenSource(token, path, False)
    data_dir.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(32)
    # Create with 0600 from the start: the token must never be readable by others, not even briefly.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as file:
        file.write(token + "\n")
    os.chmod(path, 0o600)
    return TokenSource(token, path, True)
