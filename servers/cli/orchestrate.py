"""``accord orchestrate TASK``: run a pattern through the orchestrator agent (by registry name, or ``--url``).

The workers may be named by registry name or by URL (``--agents http://host:8001,http://host:8002``). With
``--url`` and workers named by URL no registry is needed at all. Without ``--url`` the orchestrator is looked up
in the registry; when the registry cannot be reached, in the last catalogue it answered with (kept under the
data dir), with a warning.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from patterns import PATTERN_NAMES

if TYPE_CHECKING:
    from agents.settings import Settings
    from servers.cli import Subparsers


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("orchestrate", help="run a task through the orchestrator agent")
    parser.add_argument("task", help="what to do")
    parser.add_argument(
        "--pattern", choices=PATTERN_NAMES, help="the pattern to apply (default: the orchestrator decides)"
    )
    parser.add_argument("--agents", help="comma-separated agent names or URLs to use (default: the orchestrator picks)")
    parser.add_argument("--run-id", help="resume the stored run with this id")
    parser.add_argument("--stream", action="store_true", help="print each step as it starts and finishes")
    parser.add_argument("--json", action="store_true", help="print the run record as JSON")
    parser.add_argument("--url", help="the orchestrator's URL (default: 'orchestrator' in the registry)")
    parser.add_argument("--registry", help="registry URL (default: ACCORD_REGISTRY_URL)")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds to wait (default 600)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import anyio

    from servers.cli import UsageError

    if not args.task.strip():
        raise UsageError("the task is empty")
    if args.timeout <= 0:
        raise UsageError("--timeout must be greater than 0")
    if args.agents is not None:
        workers = [a.strip() for a in args.agents.split(",") if a.strip()]
        if not workers:
            raise UsageError("--agents needs at least one agent name or URL")
        if len(workers) > MAX_WORKERS:
            raise UsageError(f"--agents names at most {MAX_WORKERS} agents")
        for worker in workers:
            _check_worker(worker)
    if args.url is not None:
        _check_worker(args.url, flag="--url")  # a URL, or the orchestrator's registry name
    return anyio.run(_orchestrate, args)


MAX_WORKERS = 64


def _check_worker(value: str, *, flag: str = "--agents") -> None:
    """A worker is a registry name or an http(s) URL without credentials in it."""
    from urllib.parse import urlsplit

    from servers.cli import UsageError

    if "://" not in value:
        if len(value) > 255 or not all(c.isalnum() or c in "_-." for c in value):
            raise UsageError(f"{flag}: {value[:100]!r} is neither an agent name nor an http(s) URL")
        return
    try:
        parts = urlsplit(value)
        valid = parts.scheme in ("http", "https") and bool(parts.hostname) and len(value) <= 2048
        valid = valid and (parts.port is None or parts.port > 0)  # .port raises on a malformed one
    except ValueError:
        raise UsageError(f"{flag}: {value[:100]!r} is not an http(s) URL") from None
    if not valid:
        raise UsageError(f"{flag}: {value[:100]!r} is not an http(s) URL")
    if parts.username or parts.password:
        raise UsageError(f"{flag}: put no credentials in a URL; set ACCORD_TOKEN instead")


async def _orchestrator_url(settings: Settings, name: str = "orchestrator") -> str:
    """The URL the registry lists for ``name``, or its last known catalogue when the registry is unreachable."""
    from servers.cli.targets import resolve_target

    return await resolve_target(name, settings, hint="; give its URL with --url")


async def _orchestrate(args: argparse.Namespace) -> int:
    import json
    import sys

    import anyio
    import httpx
    from a2a.client.errors import A2AClientError
    from a2a.types import StreamResponse
    from google.protobuf import json_format

    from agents.a2a_client import A2AConnection, ended_as, run_record, task_text
    from agents.settings import Settings
    from servers.cli import exit_code
    from servers.cli.targets import credential_for

    settings = Settings.from_env().with_overrides(registry_url=args.registry)
    target = args.url or "orchestrator"
    url = target.rstrip("/") if "://" in target else await _orchestrator_url(settings, target)
    metadata: dict[str, object] = {}
    if args.pattern:
        metadata["pattern"] = args.pattern
    if args.agents:
        metadata["agents"] = [a.strip() for a in args.agents.split(",") if a.strip()]
    if args.run_id:
        metadata["run_id"] = args.run_id

    async def show(event: StreamResponse) -> None:
        if event.HasField("status_update") and event.status_update.status.HasField("message"):
            text = " ".join(p.text for p in event.status_update.status.message.parts if p.text)
            if text:
                print(f"  {text}", file=sys.stderr, flush=True)

    try:
        with anyio.fail_after(args.timeout):
            token = credential_for(args.url or "orchestrator", settings)
            async with A2AConnection(url, token=token, timeout_s=args.timeout, streaming=args.stream) as agent:
                task = await agent.send(args.task, metadata=metadata, on_update=show if args.stream else None)
    except TimeoutError:
        print(f"accord orchestrate: no answer from {url} within {args.timeout:g} s", file=sys.stderr)
        return 1
    except (A2AClientError, httpx.HTTPError, OSError) as exc:
        print(
            f"accord orchestrate: cannot talk to {url}: {str(exc).strip()[:300] or type(exc).__name__}", file=sys.stderr
        )
        return 1
    record = run_record(task)
    status = ended_as(task)  # the task's own state, or the run's when the task completed (a partial run)
    if args.json:
        print(json.dumps(record if record is not None else json_format.MessageToDict(task), indent=2))
    else:
        print(task_text(task))
        if record is not None and record.get("run_id"):
            steps = len(record.get("steps") or [])
            print(
                f"accord orchestrate: run {record['run_id']} {status} ({record.get('pattern')}, {steps} steps)",
                file=sys.stderr,
            )
    return exit_code(status)
