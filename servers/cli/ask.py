"""``accord ask TARGET MESSAGE``: one A2A call to an agent, by URL or by its name in the registry.

With ``--stream`` the agent's progress goes to stderr as it happens and its answer to stdout as it is written
(the artifact chunks the agent streams); the finished answer is not printed twice.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from servers.cli import Subparsers


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("ask", help="send a message to an agent over A2A")
    parser.add_argument("target", help="the agent's URL, or its name in the registry")
    parser.add_argument("message", help="what to ask")
    parser.add_argument("--stream", action="store_true", help="print progress as it happens")
    parser.add_argument("--json", action="store_true", help="print the final task as JSON")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds to wait (default 120)")
    parser.add_argument("--registry", help="registry URL for name lookups (default: ACCORD_REGISTRY_URL)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import anyio

    from servers.cli import UsageError

    if not args.message.strip():
        raise UsageError("the message is empty")
    if args.timeout <= 0:
        raise UsageError("--timeout must be greater than 0")
    return anyio.run(_ask, args)


async def _ask(args: argparse.Namespace) -> int:
    import json
    import sys

    import anyio
    import httpx
    from a2a.client.errors import A2AClientError
    from a2a.types import StreamResponse
    from a2a.utils.errors import A2AError
    from google.protobuf import json_format

    from agents.a2a_client import A2AConnection, ended_as, state_name, task_text
    from agents.settings import Settings
    from servers.cli import exit_code
    from servers.cli.targets import credential_for, resolve_target

    settings = Settings.from_env().with_overrides(registry_url=args.registry)
    url = await resolve_target(args.target, settings)

    streamed = False

    async def show(event: StreamResponse) -> None:
        nonlocal streamed
        kind = event.WhichOneof("payload")
        if kind == "status_update" and event.status_update.status.HasField("message"):
            text = " ".join(p.text for p in event.status_update.status.message.parts if p.text)
            print(f"[{_state(event.status_update.status.state)}] {text}", file=sys.stderr, flush=True)
        elif kind == "artifact_update" and not args.json:
            update = event.artifact_update
            if update.last_chunk and not update.append and streamed:
                return  # the whole answer again, replacing the chunks already shown
            text = "".join(p.text for p in update.artifact.parts if p.HasField("text"))
            if text and not update.last_chunk:
                print(text, end="", flush=True)
                streamed = True

    try:
        with anyio.fail_after(args.timeout):
            token = credential_for(args.target, settings)
            async with A2AConnection(url, token=token, timeout_s=args.timeout, streaming=args.stream) as agent:
                task = await agent.send(args.message, on_update=show if args.stream else None)
    except TimeoutError:
        print(f"accord ask: no answer from {url} within {args.timeout:g} s", file=sys.stderr)
        return 1
    except (A2AClientError, httpx.HTTPError, OSError) as exc:
        print(f"accord ask: cannot talk to {url}: {_reason(exc)}", file=sys.stderr)
        return 1
    except A2AError as exc:  # the agent answered with a protocol error (a JSON-RPC error, say): its words, one line
        print(f"accord ask: {url} answered with an error: {_reason(exc)}", file=sys.stderr)
        return 1
    state = ended_as(task)  # an orchestrator's task completes with a partial run: the run says so
    if args.json:
        print(json.dumps(json_format.MessageToDict(task), indent=2))
    elif streamed:
        print()
        if state_name(task) != "completed":  # no answer was streamed: the reason is the task's message
            print(task_text(task))
    else:
        print(task_text(task))
    if state != "completed" and not args.json:
        print(f"accord ask: the task ended {state}", file=sys.stderr)
    return exit_code(state)


def _state(state: int) -> str:
    from a2a.types import TaskState

    return TaskState.Name(state).removeprefix("TASK_STATE_").lower().replace("_", "-")


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:300]
