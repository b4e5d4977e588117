"""The ``accord`` command line.

Each command lives in its own module beside this one and exposes ``register(subparsers)``, which adds its parser
and sets ``handler`` to a function taking the parsed arguments and returning an exit code. Command modules keep
their heavy imports inside the handler so ``accord --help`` stays fast.

Bad arguments print one line and exit 2; a handler signals a usage problem it finds later (an unknown agent name,
a port in use) by raising ``UsageError``. ``accord ask`` and ``accord orchestrate`` exit with the code of how the
task ended (``EXIT_CODES``), so a script can tell an answer from an honest decline.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import Protocol

COMMANDS = (
    "serve",
    "ask",
    "tools",
    "registry",
    "agents",
    "orchestrate",
    "runs",
    "ingest",
    "up",
    "mcp",
    "gateway",
    "tokens",
)


EXIT_CODES = {
    "completed": 0,
    "failed": 1,  # also: the agent could not be reached, or did not answer in time
    "canceled": 1,
    "partial": 3,  # some steps of an orchestration did not finish; the output names them
    "input-required": 4,  # the agent asks for something; the answer continues the same task
    "auth-required": 4,
    "rejected": 5,  # the agent declined: the request is beyond what it can do (offline, say)
}
"""Exit codes by how a task ended; as for every command, 2 is bad usage (an unreadable argument, an unknown card or
agent), 130 an interrupt and 141 a reader of the output that went away (``accord runs | head``)."""


def exit_code(status: str) -> int:
    return EXIT_CODES.get(status, 1)


class Subparsers(Protocol):
    """What a command's ``register`` uses of ``ArgumentParser.add_subparsers()`` (whose class argparse keeps
    private): adding the command's own parser."""

    def add_parser(self, name: str, *, help: str | None = ...) -> argparse.ArgumentParser: ...


class UsageError(Exception):
    """A problem with what the user asked for: printed as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse prints usage plus the error; one line is clearer
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="accord", description="Publish, find and orchestrate A2A agents with MCP tools.")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        importlib.import_module(f"servers.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every failure ends in one line on stderr and the exit code of its kind in the error table
    (``servers.errors``), never a traceback."""

    # Configured before any library does: MCPServer would otherwise set the root logger to INFO on stderr.
    # force: a process (a test, an embedding program) may call main() again, with another stderr than the first
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True)
    one_blas_thread()
    arguments = sys.argv[1:] if argv is None else list(argv)
    for position, argument in enumerate(arguments, 1):
        if not _is_utf8(argument):  # bytes the locale could not decode: nothing downstream could send them
            print(f"accord: error: argument {position} is not valid UTF-8 text", file=sys.stderr)
            return 2
    parser = build_parser()
    args = parser.parse_args(arguments)
    if getattr(args, "handler", None) is None:
        parser.print_help(sys.stderr)
        return 2
    quiet_sdk_spans()  # after parsing: `accord --help` imports nothing
    service = _service_name(args)
    if service is not None:
        _observe(service)
    try:
        return int(args.handler(args) or 0)
    except BrokenPipeError:
        _silence_stdout()
        return 141
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        from servers.errors import kind_of, public_message

        error = kind_of(exc, extra=((UsageError, "invalid_request"),))
        print(f"accord {args.command}: error: {public_message(exc, error, traceback=False)}", file=sys.stderr)
        return error.exit_code
    finally:
        if service is not None:
            from servers.observability.tracing import shutdown_tracing

            shutdown_tracing()  # the last spans are flushed before the process ends


SERVERS = {"serve", "registry", "gateway", "mcp", "tools"}
"""Commands that run a server: their logs carry run context (JSON with ``ACCORD_LOG_FORMAT=json``) and their spans
are exported when ``OTEL_*`` asks for it."""


def _service_name(args: argparse.Namespace) -> str | None:
    if args.command not in SERVERS:
        return None
    name = getattr(args, "name", None) or args.command
    return str(name).rsplit("/", 1)[-1].removesuffix(".toml")


def _observe(service: str) -> None:
    from servers.observability import configure_logging, configure_tracing

    root = logging.getLogger()
    for handler in list(root.handlers):  # the plain handler main() set up; configure_logging installs its own
        root.removeHandler(handler)
    configure_logging(level=logging.WARNING)
    configure_tracing(service)


def quiet_sdk_spans() -> None:
    """The A2A SDK wraps every call in an OpenTelemetry span when the package is importable, which costs a fifth
    of a hop's CPU; unless this process exports traces, switch that off (read once, when ``a2a`` is imported)."""
    from agents.otel_env import configured

    if not configured():
        os.environ.setdefault("OTEL_INSTRUMENTATION_A2A_SDK_ENABLED", "false")


def one_blas_thread() -> None:
    """Before numpy loads: OpenBLAS works on one thread in this process and the ones it starts, unless
    ``OPENBLAS_NUM_THREADS`` says otherwise.

    The sentence encoder asks for one BLAS thread, but it can only set that through ``threadpoolctl``, which accord
    does not install, so OpenBLAS started a thread per core. Its threads wait for work by spinning: on a 2-core
    machine with other work running, encoding one routed request took 60-120 ms instead of 3-15 ms and burned
    about 60 ms of CPU across two threads (the orchestrator's CPU per routed request, same-run pairs at load 14:
    76 -> 13 ms). The matrices of one request are far too small to gain from a second thread. OpenBLAS reads the
    variable once, when numpy is imported, so this runs first thing in each entry point.
    """
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def _is_utf8(argument: str) -> bool:
    try:
        argument.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes arrive as lone surrogates
        return False
    return True


def _silence_stdout() -> None:
    # The reader went away; without this, flushing stdout at exit raises again and prints a traceback.
    if sys.stdout is not sys.__stdout__:
        return
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
