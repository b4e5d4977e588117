"""Which credential goes to which agent: a worker receives only the token configured for its origin.

The mesh token authorises every agent and every registry write, so it must never reach an agent someone else
registered. ``OriginCredentials`` gives it only to the mesh's own agents:

* origins announced under the data dir by agent hosts serving with that token (``announce_origin``: one
  ``agents/<name>/origin`` file per agent, written at start, removed at a clean stop; ``accord up`` and
  ``accord serve`` do this, so an orchestrator sharing the data dir knows its mesh), and
* origins configured in ``origins.json`` under the data dir, which may also give a foreign agent its own token::

    {"http://10.0.0.7:8701": {"mesh": true}, "https://agents.example.com": {"token": "their-token"}}

Every other origin gets no credential at all. An origin is ``scheme://host:port`` (default port made explicit),
so ``http://a`` and ``http://a:80`` are one origin and ``https://a`` is another.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import time
from collections.abc import Generator, Mapping
from pathlib import Path
from urllib.parse import urlsplit

from agents.json_values import json_object

log = logging.getLogger(__name__)

ORIGINS_FILE = "origins.json"
ANNOUNCED = "origin"  # agents/<name>/origin under the data dir
REFRESH_S = 0.25
FRESH_NS = 1_000_000_000
_DEFAULT_PORTS = {"http": 80, "https": 443}


@functools.lru_cache(maxsize=1024)
def origin(url: str) -> str | None:
    """``scheme://host:port`` of an http(s) URL, lowercased with the port explicit; ``None`` for anything else.

    Cached: every call to a worker asks for its URLs' origins, and a mesh has few URLs."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    return f"{scheme}://{host}:{port or _DEFAULT_PORTS[scheme]}"


class OriginCredentials:
    """The bearer token for each origin: ``token_for(*urls)`` gives one only when every URL's origin has it.

    ``tokens`` maps origins (or URLs) to tokens; ``mesh_token`` goes to ``mesh_origins`` and to the origins
    announced or configured under ``data_dir``, which are re-read at most every ``refresh_s`` seconds (agents
    come up after the orchestrator does).
    """

    def __init__(
        self,
        tokens: Mapping[str, str] | None = None,
        *,
        mesh_token: str | None = None,
        mesh_origins: tuple[str, ...] | list[str] = (),
        data_dir: Path | None = None,
        refresh_s: float = REFRESH_S,
    ) -> None:
        self.static = {o: t for url, t in (tokens or {}).items() if (o := origin(url)) and t}
        self.mesh_token = mesh_token
        self.mesh_origins = {o for url in mesh_origins if (o := origin(url))}
        self.data_dir = Path(data_dir) if data_dir is not None else None
        self.refresh_s = refresh_s
        self._loaded: dict[str, str] = {}
        self._loaded_at = float("-inf")
        self._announced: dict[str, tuple[tuple[int, int], str | None]] = {}  # file -> ((mtime, size), its origin)

    def token_for(self, *urls: str) -> str | None:
        """The token for the origin of ``urls``; ``None`` unless all of them map to one and the same token."""
        tokens = {self._token(origin(url)) for url in urls if url}
        if len(tokens) != 1:
            return None
        return tokens.pop()

    def _token(self, key: str | None) -> str | None:
        if key is None:
            return None
        if key in self.static:
            return self.static[key]
        if self.mesh_token and key in self.mesh_origins:
            return self.mesh_token
        now = time.monotonic()
        if now - self._loaded_at > self.refresh_s:
            self._loaded, self._loaded_at = self._load(), now
        return self._loaded.get(key)

    def _load(self) -> dict[str, str]:
        if self.data_dir is None:
            return {}
        found: dict[str, str] = {}
        if self.mesh_token:
            for key in self._announced_origins():
                found[key] = self.mesh_token
        for key, token in _configured(self.data_dir / ORIGINS_FILE, self.mesh_token).items():
            found[key] = token
        return found

    def _announced_origins(self) -> list[str]:
        """The origins announced under ``agents/*/origin``, each file read again only when its modification time
        or size changed or it is recent (a refresh is a directory listing and one ``stat`` per agent, not a read
        of every file)."""
        assert self.data_dir is not None
        seen: dict[str, tuple[tuple[int, int], str | None]] = {}
        with contextlib.suppress(OSError), os.scandir(self.data_dir / "agents") as agents:
            for agent in agents:
                path = os.path.join(agent.path, ANNOUNCED)
                try:
                    stat = os.stat(path)
                except OSError:  # not an agent folder, or the agent stopped and took its origin away
                    continue
                version = (stat.st_mtime_ns, stat.st_size)
                known = self._announced.get(path)
                # a file changed in the last second is read again: a file system's clock may be too coarse to
                # tell two writes that close apart
                if known is None or known[0] != version or time.time_ns() - stat.st_mtime_ns < FRESH_NS:
                    try:
                        known = (version, origin(Path(path).read_text(encoding="utf-8")))
                    except (OSError, UnicodeDecodeError):
                        continue
                seen[path] = known
        self._announced = seen
        return [key for _, key in seen.values() if key]


def _configured(path: Path, mesh_token: str | None) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("ignoring %s: %s", path, exc)
        return {}
    found: dict[str, str] = {}
    for url, value in (json_object(data) or {}).items():
        key = origin(url)
        entry = json_object(value)
        if key is None or entry is None:
            continue
        token = mesh_token if entry.get("mesh") is True else entry.get("token")
        if isinstance(token, str) and token:
            found[key] = token
    return found


@contextlib.contextmanager
def announce_origin(data_dir: Path, agent: str, base_url: str) -> Generator[None, None, None]:
    """Record ``base_url`` as one of the mesh's own origins while the block runs (see the module docstring)."""
    folder = Path(data_dir) / "agents" / agent
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ANNOUNCED
    path.write_text(base_url + "\n", encoding="utf-8")
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            if path.read_text(encoding="utf-8").strip() == base_url:
                path.unlink()
