"""``accord orchestrate TASK``: run a pattern through the orchestrator agent (by registry name, or ``--url``)."""

from __future__ import annotations

import argparse

PATTERNS = ("router", "supervisor", "fanout", "pipeline", "evaluator")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("orchestrate", help="run a task through the orchestrator agent")
    parser.add_argument("task", help="what to do")
    parser.add_argument("--pattern", choices=PATTERNS, help="the pattern to apply (default: the orchestrator decides)")
    parser.add_argument("--agents", help="comma-separated agent names to use (default: the orchestrator picks)")
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
    if args.agents is not None and not [a for a in args.agents.split(",") if a.strip()]:
        raise UsageError("--agents needs at least one agent name")
    return anyio.run(_orchestrate, args)


async def _orchestrate(args: argparse.Namespace) -> int:
    import json
    import sys

    import anyio
    import httpx
    from a2a.client.errors import A2AClientError
    from a2a.types import StreamResponse
    from google.protobuf import json_format

    from agents.a2a_client import A2AConnection, state_name, task_data, task_text
    from agents.settings import Settings
    from servers.cli import exit_code
    from servers.cli.targets import credential_for, resolve_target

    settings = Settings.from_env().with_overrides(registry_url=args.registry)
    url = await resolve_target(args.url or "orchestrator", settings)
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
    record = next((d for d in task_data(task) if isinstance(d, dict) and "steps" in d), None)
    state = state_name(task)
    # The task's own state wins when it is not completed; a completed task may still hold a partial run.
    status = ((record or {}).get("status") or state) if state == "completed" else state
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
