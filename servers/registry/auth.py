"""The registry's write token: from ``ACCORD_TOKEN``, or made once and kept in the data dir (mode 0600).

Reads are public. Every write (register, heartbeat, deregister) needs ``Authorization: Bearer <token>`` unless
the registry was started with ``--open`` for local development.
"""

from __future__ import annotations

import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from starlette.requests import Request

from servers.registry.errors import Unauthorized

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


def require_token(request: Request, token: str | None) -> None:
    """Raise ``Unauthorized`` unless the request carries ``token``; ``token=None`` means writes are open."""
    if token is None:
        return
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise Unauthorized("this registry needs 'Authorization: Bearer <token>' for writes")
