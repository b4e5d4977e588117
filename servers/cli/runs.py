"""``accord runs [RUN_ID]``: the orchestrator's run records, read through its runs API (``GET /runs``).

The orchestrator is found like ``accord orchestrate`` finds it (``--url``, else ``orchestrator`` in the
registry), so this works against an orchestrator on another host or several replicas behind a balancer.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from patterns.records import RunRecord
    from servers.cli import Subparsers

MAX_LIMIT = 200


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("runs", help="list orchestration runs, or show one")
    parser.add_argument("run_id", nargs="?", help="the run to show (default: list the recent runs)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument(
        "--limit", type=int, default=20, help=f"how many recent runs to list (default 20, max {MAX_LIMIT})"
    )
    parser.add_argument("--url", help="the orchestrator's URL (default: 'orchestrator' in the registry)")
    parser.add_argument("--registry", help="registry URL (default: ACCORD_REGISTRY_URL)")
    parser.add_argument("--data-dir", help="state folder (default: ACCORD_DATA_DIR or ~/.accord)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import anyio

    from servers.cli import UsageError

    if not 0 < args.limit <= MAX_LIMIT:
        raise UsageError(f"--limit must be from 1 to {MAX_LIMIT}")
    return anyio.run(_runs, args)


async def _runs(args: argparse.Namespace) -> int:
    import json

    from agents.runs_client import RunsClient
    from agents.settings import Settings
    from patterns.records import RunRecord
    from servers.cli import UsageError
    from servers.cli.targets import credential_for, resolve_target

    settings = Settings.from_env().with_overrides(data_dir=args.data_dir, registry_url=args.registry)
    target = args.url or "orchestrator"
    url = await resolve_target(target, settings)
    token = credential_for(target, settings)
    credential = token if isinstance(token, str) or token is None else token.token_for(url)
    async with RunsClient(url, credential=credential) as client:  # RunsUnavailable: the error table's "unavailable"
        if args.run_id:
            record = await client.get(args.run_id)
            if record is None:
                raise UsageError(f"no run {args.run_id!r} at {url}")
            print(json.dumps(record, indent=2) if args.json else _show(RunRecord.from_dict(record)))
            return 0
        records = await client.recent(args.limit)
    if args.json:
        print(json.dumps(records, indent=2))
        return 0
    runs = [RunRecord.from_dict(r) for r in records]
    if not runs:
        print("no runs recorded yet")
        return 0
    print(f"{'RUN':32}  {'PATTERN':10}  {'STATUS':9}  {'STEPS':>5}  {'STARTED':23}  TASK")
    for r in runs:
        task = " ".join(r.input.split())[:60]
        print(f"{r.run_id:32}  {r.pattern:10}  {r.status:9}  {len(r.steps):>5}  {r.created_at[:23]:23}  {task}")
    return 0


def _show(record: RunRecord) -> str:
    lines = [
        f"run      {record.run_id}",
        f"pattern  {record.pattern}",
        f"status   {record.status}",
        f"task     {' '.join(record.input.split())}",
        f"usage    {record.usage.calls} calls, {record.usage.total_tokens} tokens",
    ]
    if record.error:
        lines.append(f"error    {record.error}")
    lines.append("steps:")
    for step in record.steps:
        detail = f": {step.error}" if step.error else ""
        lines.append(f"  {step.id or '-':10} {step.agent or '-':14} {step.status:10} {step.latency_ms:8.0f} ms{detail}")
    lines += ["output:", record.output]
    return "\n".join(lines)
