"""``accord demo``: serve the calculator agent on a free loopback port and ask it over A2A, offline."""

from __future__ import annotations

import argparse

QUESTIONS = ("What is 17% of 2,340?", "Convert 72 degrees Fahrenheit to Celsius", "What is the square root of 1764?")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="serve the calculator agent and ask it a few questions over A2A")
    parser.add_argument("--data-dir", help="state folder (default: a temporary one)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import anyio

    return anyio.run(_demo, args)


async def _demo(args: argparse.Namespace) -> int:
    import tempfile

    import anyio
    import uvicorn

    from agents.a2a_client import A2AConnection, task_text
    from agents.settings import Settings
    from agents.spec import builtin_spec
    from servers.a2a.hosting import agent_app
    from servers.cli.ports import free_port

    with tempfile.TemporaryDirectory(prefix="accord-demo-") as scratch:
        settings = Settings.from_env().with_overrides(data_dir=args.data_dir or scratch, token=None)
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        spec = builtin_spec("calculator")
        server = uvicorn.Server(uvicorn.Config(agent_app(spec, settings, url), port=port, log_level="warning"))
        async with anyio.create_task_group() as tg:
            tg.start_soon(server.serve)
            while not server.started:
                await anyio.sleep(0.02)
            print(f"calculator agent serving A2A at {url}/ (model: {_model_name(settings)})\n")
            try:
                async with A2AConnection(url) as agent:
                    for question in QUESTIONS:
                        task = await agent.send(question)
                        print(f"> {question}\n{task_text(task)}\n")
            finally:
                server.should_exit = True
    return 0


def _model_name(settings) -> str:
    return "Claude" if settings.anthropic_api_key or (settings.model or "").startswith("claude") else "offline"
