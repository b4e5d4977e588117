"""``accord runs [RUN_ID]``: the orchestrator's run records, read from the run store under the data dir."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("runs", help="list orchestration runs, or show one")
    parser.add_argument("run_id", nargs="?", help="the run to show (default: list the recent runs)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--limit", type=int, default=20, help="how many recent runs to list (default 20)")
    parser.add_argument("--data-dir", help="state folder (default: ACCORD_DATA_DIR or ~/.accord)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import anyio

    from servers.cli import UsageError

    if args.limit <= 0:
        raise UsageError("--limit must be greater than 0")
    return anyio.run(_runs, args)


async def _runs(args: argparse.Namespace) -> int:
    import json

    from agents.orchestrator import open_runs, runs_path
    from agents.settings import Settings
    from servers.cli import UsageError

    settings = Settings.from_env().with_overrides(data_dir=args.data_dir)
    if not runs_path(settings.data_dir).exists():
        if args.run_id:
            raise UsageError(f"no run {args.run_id!r}: no runs are recorded under {settings.data_dir}")
        print("[]" if args.json else "no runs recorded yet")
        return 0
    async with open_runs(settings.data_dir) as store:
        if args.run_id:
            record = await store.get(args.run_id)
            if record is None:
                raise UsageError(f"no run {args.run_id!r} under {settings.data_dir}")
            print(json.dumps(record.to_dict(), indent=2) if args.json else _show(record))
            return 0
        records = await store.list_recent(args.limit)
    if args.json:
        print(json.dumps([r.to_dict() for r in records], indent=2))
    elif not records:
        print("no runs recorded yet")
    else:
        print(f"{'RUN':32}  {'PATTERN':10}  {'STATUS':9}  {'STEPS':>5}  {'STARTED':23}  TASK")
        for r in records:
            task = " ".join(r.input.split())[:60]
            print(f"{r.run_id:32}  {r.pattern:10}  {r.status:9}  {len(r.steps):>5}  {r.created_at[:23]:23}  {task}")
    return 0


def _show(record) -> str:
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
