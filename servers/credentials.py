"""Who may call accord's servers, and what each caller may do.

Two kinds of credential are accepted:

* **The mesh token** (``ACCORD_TOKEN``, or the registry's own token file): the credential of the mesh itself,
  holding every scope. Its holder is the caller ``accord``.
* **Named client tokens**, kept in ``tokens.json`` under the data dir (mode 0600) and managed with
  ``accord tokens add|list|revoke``. Only a SHA-256 digest of each token is stored; the token itself is shown
  once, when it is made. Each has its own scopes.

Scopes: ``call`` (send messages to agents, read one's own tasks, use the MCP gateway), ``registry:write``
(register, heartbeat, deregister) and ``admin`` (everything, and the registry page's orchestration texts).

A caller's name is its task scope: the A2A SDK keys every task by ``user.display_name``, so one caller cannot
get, list, cancel or subscribe to another's tasks. The file is re-read when it changes, so a token revoked with
``accord tokens revoke`` stops working in running servers without a restart.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import time
from collections.abc import Generator, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from starlette.authentication import BaseUser

log = logging.getLogger(__name__)

CALL = "call"
REGISTRY_WRITE = "registry:write"
ADMIN = "admin"
SCOPES = (CALL, REGISTRY_WRITE, ADMIN)
MESH_CALLER = "accord"
TOKENS_FILE = "tokens.json"
TOKEN_PREFIX = "acc_"
_NAME = re.compile(r"[a-z0-9][a-z0-9_.-]{0,63}")


class CredentialError(ValueError):
    """A token name or scope that cannot be used, or a token that does not exist: a one-line message."""


@dataclass(frozen=True, slots=True)
class Caller(BaseUser):
    """An authenticated caller: its name (also its task scope) and its scopes."""

    name: str
    scopes: frozenset[str]

    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def display_name(self) -> str:
        return self.name

    def may(self, scope: str) -> bool:
        return ADMIN in self.scopes or scope in self.scopes


@dataclass(frozen=True, slots=True)
class ClientToken:
    """One named client token as stored: never the token itself, only its digest."""

    name: str
    digest: str
    scopes: tuple[str, ...]
    created_at: str

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "sha256": self.digest, "scopes": list(self.scopes), "created_at": self.created_at}


def digest(token: str) -> str:
    # A token is 256 random bits, so a fast hash is enough: there is nothing to brute-force, unlike a password.
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def check_scopes(scopes: Iterable[str]) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(scopes))
    unknown = [s for s in chosen if s not in SCOPES]
    if unknown:
        raise CredentialError(f"unknown scope {unknown[0]!r}; scopes: {', '.join(SCOPES)}")
    if not chosen:
        raise CredentialError(f"a token needs at least one scope: {', '.join(SCOPES)}")
    return chosen


class TokenStore:
    """The named client tokens in ``path`` (JSON, mode 0600), re-read whenever the file changes."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._stamp: tuple[int, int, int] | None = None
        self._tokens: dict[str, ClientToken] = {}  # by digest

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> TokenStore:
        return cls(Path(data_dir) / TOKENS_FILE)

    def tokens(self) -> list[ClientToken]:
        self._refresh()
        return sorted(self._tokens.values(), key=lambda t: t.name)

    def find(self, token: str) -> ClientToken | None:
        """The client token ``token`` is, or ``None``.

        Looked up by digest: a lookup's timing can at most reveal a digest's prefix, which gives no token away.
        """
        self._refresh()
        return self._tokens.get(digest(token))

    def add(self, name: str, scopes: Iterable[str] = (CALL,)) -> str:
        """Make a token called ``name`` with ``scopes``; returns the token, the only time it is ever seen."""
        if not _NAME.fullmatch(name):
            raise CredentialError("a token name is 1-64 characters: lowercase letters, digits, '_', '.', '-'")
        if name == MESH_CALLER:
            raise CredentialError(f"the name {MESH_CALLER!r} is the mesh's own; choose another")
        chosen = check_scopes(scopes)
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        with self._locked() as entries:
            if any(e.name == name for e in entries):
                raise CredentialError(f"a token named {name!r} exists; revoke it first to replace it")
            created = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
            entries.append(ClientToken(name, digest(token), chosen, created))
        return token

    def revoke(self, name: str) -> None:
        with self._locked() as entries:
            kept = [e for e in entries if e.name != name]
            if len(kept) == len(entries):
                raise CredentialError(f"no token named {name!r}")
            entries[:] = kept

    def _refresh(self) -> None:
        try:
            info = self.path.stat()
        except FileNotFoundError:
            self._stamp, self._tokens = None, {}
            return
        stamp = (info.st_mtime_ns, info.st_size, info.st_ino)
        if stamp != self._stamp:
            try:
                self._tokens = {t.digest: t for t in self._read()}
            except CredentialError as exc:  # fail closed: a damaged file admits no client token, never a 500
                log.warning("%s; no client token is accepted until it is fixed", exc)
                self._tokens = {}
            self._stamp = stamp

    def _read(self) -> list[ClientToken]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            raise CredentialError(f"cannot read the token file {self.path}: {exc}") from None
        if not isinstance(data, dict):
            raise CredentialError(f"the token file {self.path} is not a JSON object")
        document = cast("dict[str, Any]", data)  # parsed JSON: its entries are checked one by one below
        entries = [cast("dict[str, Any]", t) for t in document.get("tokens") or () if isinstance(t, dict)]
        return [
            ClientToken(str(t["name"]), str(t["sha256"]), tuple(t.get("scopes") or ()), str(t.get("created_at", "")))
            for t in entries
            if "name" in t and "sha256" in t
        ]

    @contextlib.contextmanager
    def _locked(self) -> Generator[list[ClientToken], None, None]:
        """The entries, to change in place; written back atomically (0600 from the start) under a file lock."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock = os.open(self.path.with_suffix(".lock"), os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX)
            entries = self._read()
            yield entries
            temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                json.dump({"version": 1, "tokens": [e.to_json() for e in entries]}, file, indent=2)
            os.replace(temporary, self.path)
            self._stamp = None
        finally:
            os.close(lock)


class Authenticator:
    """Turns a presented bearer token into a ``Caller``: the mesh token, or a client token from the store.

    ``enabled`` is decided once, when the server starts: auth is on when a mesh token is configured or any client
    token exists. With auth off every request is anonymous and allowed.
    """

    def __init__(self, mesh_token: str | None = None, store: TokenStore | None = None) -> None:
        self.mesh_token = mesh_token.encode() if mesh_token else None
        self.store = store
        self.enabled = bool(mesh_token) or bool(store is not None and store.tokens())

    @classmethod
    def for_data_dir(cls, mesh_token: str | None, data_dir: Path) -> Authenticator:
        return cls(mesh_token, TokenStore.in_data_dir(data_dir))

    def caller(self, token: str | None) -> Caller | None:
        """Who holds ``token``, or ``None`` for a missing, unknown or revoked one. Constant-time for the mesh token."""
        if not token:
            return None
        given = token.encode("utf-8", "surrogatepass")
        if self.mesh_token is not None and hmac.compare_digest(given, self.mesh_token):
            return Caller(MESH_CALLER, frozenset(SCOPES))
        if self.store is None:
            return None
        found = self.store.find(token)
        return Caller(found.name, frozenset(found.scopes)) if found is not None else None


def bearer(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header value, or ``None``."""
    scheme, _, token = (authorization or "").partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None
