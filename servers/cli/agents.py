"""``accord agents``: search the registry and print a table (or JSON)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("agents", help="search the registry for agents")
    parser.add_argument("--skill", help="a skill id or name")
    parser.add_argument("--tag", help="a skill tag")
    parser.add_argument("--query", "-q", help="free text, ranked by relevance")
    parser.add_argument("--status", choices=["up", "down"], help="only agents in this state")
    parser.add_argument("--limit", type=int, default=100, help="at most this many agents (default 100)")
    parser.add_argument("--registry", help="registry URL (default: ACCORD_REGISTRY_URL)")
    parser.add_argument("--json", action="store_true", help="print the records as JSON")
    parser.set_defaults(handler=run)


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

    async def search():
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


def format_table(records) -> str:
    rows = [("NAME", "STATUS", "SKILLS", "TAGS", "LAST SEEN", "URL")]
    for r in records:
        skills = ",".join(s.get("id") or s.get("name", "") for s in r.skills)
        rows.append((r.name, r.status, _clip(skills), _clip(",".join(r.tags)), r.last_seen, r.url or ""))
    if len(rows) == 1:
        return "no agents found"
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows)


def _clip(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
