"""``accord agents``: search the registry and print a table (or JSON); ``add`` and ``remove`` list an agent.

``accord agents add URL`` registers any A2A agent (accord's or another framework's) by its URL or its card's URL;
the registry fetches and checks the card, and keeps a foreign agent that does not heartbeat ``up`` by probing its
card. ``accord agents remove NAME`` takes an agent off the registry. Both are registry writes: they send
``ACCORD_TOKEN``, or the registry's own token from the data dir when the registry runs on this machine.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Coroutine, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from agents.registry import AgentRecord
    from agents.settings import Settings
    from servers.cli import Subparsers

T = TypeVar("T")

CARD_PATH = "/.well-known/agent-card.json"


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("agents", help="search the registry for agents; add or remove one")
    parser.add_argument("--skill", help="a skill id or name")
    parser.add_argument("--tag", help="a skill tag")
    parser.add_argument("--query", "-q", help="free text, ranked by relevance")
    parser.add_argument("--status", choices=["up", "down"], help="only agents in this state")
    parser.add_argument("--limit", type=int, default=100, help="at most this many agents (default 100)")
    parser.add_argument("--registry", help="registry URL (default: ACCORD_REGISTRY_URL)")
    parser.add_argument("--json", action="store_true", help="print the records as JSON")
    parser.set_defaults(handler=run)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    add = actions.add_parser("add", help="register an agent by its URL (or its card's URL)")
    add.add_argument("url", help="the agent's base URL, or the URL of its Agent Card")
    add.add_argument("--registry", dest="registry_url", help="registry URL (default: ACCORD_REGISTRY_URL)")
    add.add_argument("--json", dest="as_json", action="store_true", help="print the record as JSON")
    add.set_defaults(handler=run_add)
    remove = actions.add_parser("remove", help="remove an agent from the registry by its name")
    remove.add_argument("name", help="the agent's registry name")
    remove.add_argument("--registry", dest="registry_url", help="registry URL (default: ACCORD_REGISTRY_URL)")
    remove.set_defaults(handler=run_remove)


def run(args: argparse.Namespace) -> int:
    import asyncio
    import json
    import sys
    from dataclasses import asdict

    from agents.registry import Registry, RegistryError, RegistryUnavailable
    from agents.settings import Settings
    from servers.cli import UsageError

    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    settings = Settings.from_env().with_overrides(registry_url=args.registry)

    async def search() -> list[AgentRecord]:
        async with Registry(settings.registry_url, settings.token) as registry:
            return await registry.search(
                skill=args.skill, tag=args.tag, query=args.query, status=args.status, limit=args.limit
            )

    try:
        records = asyncio.run(search())
    except RegistryUnavailable as exc:
        print(f"accord agents: {exc}", file=sys.stderr)
        return 1
    except RegistryError as exc:
        if exc.status == 400:
            raise UsageError(str(exc)) from None
        print(f"accord agents: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps([asdict(r) for r in records], indent=2))
    else:
        print(format_table(records))
    return 0


def card_url_for(url: str) -> str:
    """The card URL for what the user typed: a URL ending in ``.json`` is the card's, else the agent's base."""
    from urllib.parse import urlsplit

    from servers.cli import UsageError

    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname or len(url) > 2048:
        raise UsageError(f"{url[:200]!r} is not an http(s) URL")
    if parts.username or parts.password:
        raise UsageError("the URL must not carry a user name or password")
    if parts.path.endswith(".json"):
        return url.strip()
    return url.strip().split("?")[0].split("#")[0].rstrip("/") + CARD_PATH


def run_add(args: argparse.Namespace) -> int:
    import asyncio
    import json
    import sys
    from dataclasses import asdict

    from agents.registry import Registry

    settings, token = _writer(args)
    card_url = card_url_for(args.url)

    async def add() -> AgentRecord:
        async with Registry(settings.registry_url, token) as registry:
            return await registry.register(card_url)

    record = _registry_call(asyncio.run, add)
    if record is None:
        return 1
    if args.as_json:
        print(json.dumps(asdict(record), indent=2))
    else:
        print(f"registered {record.name} ({record.status}) from {record.card_url or card_url}", file=sys.stdout)
    return 0


def run_remove(args: argparse.Namespace) -> int:
    import asyncio
    import re

    from agents.registry import Registry
    from servers.cli import UsageError

    if not re.fullmatch(r"[a-z0-9_-]{1,200}", args.name):
        raise UsageError(f"{args.name[:200]!r} is not a registry name (lowercase letters, digits, '-' and '_')")
    settings, token = _writer(args)

    async def remove() -> bool:
        async with Registry(settings.registry_url, token) as registry:
            await registry.deregister(args.name)
            return True

    if _registry_call(asyncio.run, remove) is None:
        return 1
    print(f"removed {args.name}")
    return 0


def _writer(args: argparse.Namespace) -> tuple[Settings, str | None]:
    """The settings, and the token a registry write sends: ``ACCORD_TOKEN``, else the local registry's own."""
    from agents.settings import Settings
    from servers.cli.targets import mesh_token

    settings = Settings.from_env().with_overrides(registry_url=args.registry_url or getattr(args, "registry", None))
    return settings, mesh_token(settings)


def _registry_call(
    run: Callable[[Coroutine[Any, Any, T]], T], action: Callable[[], Coroutine[Any, Any, T]]
) -> T | None:
    """``run(action())``, or ``None`` after one line on stderr for any registry failure."""
    import sys

    from agents.registry import RegistryError, UnknownAgent

    try:
        return run(action())
    except UnknownAgent as exc:
        print(f"accord agents: {exc}", file=sys.stderr)
    except RegistryError as exc:
        hint = " (set ACCORD_TOKEN to the registry's token)" if exc.status == 401 else ""
        print(f"accord agents: {' '.join(str(exc).split())}{hint}", file=sys.stderr)
    return None


def format_table(records: Iterable[AgentRecord]) -> str:
    rows = [("NAME", "STATUS", "SKILLS", "TAGS", "LAST SEEN", "URL")]
    for r in records:
        skills = ",".join(s.get("id") or s.get("name", "") for s in r.skills)
        rows.append((r.name, r.status, _clip(skills), _clip(",".join(r.tags)), r.last_seen, r.base_url or ""))
    if len(rows) == 1:
        return "no agents found"
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows)


def _clip(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
