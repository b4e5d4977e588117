"""One table maps accord's errors to every wire: every error accord raises on purpose has a row, the README shows
the table as it is, and the command line answers by it (one line, the row's exit code, no Python text)."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import agents
import patterns
import servers
from agents.errors import AccordError
from agents.registry import RegistryUnavailable, UnknownAgent
from servers import cli
from servers.errors import BY_KIND, ERRORS, INTERNAL, KIND_OF, kind_of, markdown_table, public_message

REPO = Path(__file__).resolve().parents[2]


def _import_everything() -> None:
    for package in (agents, patterns, servers):
        for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if module.name.endswith(".__main__"):
                continue
            if ".tools." in module.name and module.name.count(".") > 2:
                continue  # the tools' logic modules raise only their own tool errors
            importlib.import_module(module.name)


def _subclasses(base: type) -> set[type]:
    found = set()
    for sub in base.__subclasses__():
        found |= {sub, *_subclasses(sub)}
    return found


def test_every_error_raised_on_purpose_has_a_kind():
    _import_everything()
    unmapped = sorted(
        f"{cls.__module__}.{cls.__qualname__}"
        for cls in _subclasses(AccordError)
        if cls.__module__.split(".")[0] in {"agents", "patterns", "servers"} and kind_of(cls.__new__(cls)) is INTERNAL
    )
    assert unmapped == []


def test_every_class_the_table_names_is_an_error_class_where_it_says():
    for name, kind in KIND_OF.items():
        module, _, qualname = name.rpartition(".")
        cls = getattr(importlib.import_module(module), qualname)
        assert isinstance(cls, type) and issubclass(cls, Exception), name
        assert f"{cls.__module__}.{cls.__qualname__}" == name, f"{name} is defined in {cls.__module__}"
        assert kind in BY_KIND and kind_of(cls.__new__(cls)) is BY_KIND[kind]


def test_classifying_an_error_imports_nothing():
    code = (
        "import sys; from servers.errors import kind_of; from servers.registry.errors import AgentNotFound; "
        "before = set(sys.modules); assert kind_of(AgentNotFound('x')).kind == 'not_found'; "
        "assert kind_of(ValueError()).kind == 'internal'; print(sorted(set(sys.modules) - before))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_readme_shows_the_table_as_it_is():
    readme = (REPO / "README.md").read_text()
    assert markdown_table() in readme
    assert len(ERRORS) == len(BY_KIND)  # one row per kind


def test_a_message_of_an_unexpected_error_never_reaches_the_caller(caplog):
    message = public_message(KeyError("/etc/secret/path"))
    assert "secret" not in message and "KeyError" not in message
    reference = message.split("reference ")[1].split(")")[0]
    assert any(reference in record.getMessage() and "secret" in record.getMessage() for record in caplog.records)


def _run(monkeypatch, capsys, exc: BaseException) -> tuple[int, str]:
    def handler(args):
        raise exc

    class Parser:
        def parse_args(self, arguments):
            return argparse.Namespace(command="runs", handler=handler)

    monkeypatch.setattr(cli, "build_parser", Parser)
    code = cli.main(["runs"])
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (UnknownAgent("no agent named 'nobody' is registered"), "not_found"),
        (RegistryUnavailable("the registry at http://127.0.0.1:1 did not answer"), "unavailable"),
        (cli.UsageError("port 80 is in use"), "invalid_request"),
    ],
)
def test_the_command_line_exits_with_the_rows_code(monkeypatch, capsys, exc, kind):
    code, err = _run(monkeypatch, capsys, exc)
    assert code == BY_KIND[kind].exit_code
    assert err.strip() == f"accord runs: error: {exc}"


def test_the_command_line_hides_an_unexpected_error_behind_a_reference(monkeypatch, capsys):
    code, err = _run(monkeypatch, capsys, RuntimeError("token=abc123 leaked from a library"))
    assert code == 1
    lines = [line for line in err.splitlines() if line.startswith("accord runs:")]
    assert len(lines) == 1 and "reference" in lines[0]
    assert "abc123" not in lines[0] and "Traceback" not in err
