"""CLI failures a user can cause end in one line on stderr and a documented exit code, never a traceback."""

from __future__ import annotations

import io

import pytest

from servers.cli import main


class ClosedPipe(io.StringIO):
    """Standard output whose reader went away (``accord runs | head`` after head has quit)."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_pipe_ends_quietly_with_141(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr("sys.stdout", ClosedPipe())  # `accord tokens list --json | head -c0`, say
    assert main(["tokens", "list", "--json", "--data-dir", str(tmp_path)]) == 141
    assert "Traceback" not in capsys.readouterr().err


def test_an_argument_that_is_not_utf8_is_a_usage_error(capsys):
    assert main(["ask", "calculator", "x\udcff"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "accord: error: argument 3 is not valid UTF-8 text"


def test_an_unknown_card_in_a_spec_is_one_line_and_exit_2(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_REGISTRY_URL", "http://127.0.0.1:9")
    spec = tmp_path / "toy.toml"
    spec.write_text('name = "toy"\ncard = "no-such-card"\n')
    assert main(["serve", str(spec), "--port", "18999", "--data-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "no card named 'no-such-card'" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("command", [["runs", "no-such-run"], ["serve", "no-such-agent"]])
def test_usage_errors_stay_one_line(command, capsys, tmp_path):
    assert main([*command, "--data-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
