"""Bad command lines get one line of explanation and exit code 2."""

import os

import pytest

from servers.cli import main
from tests.support.servers import free_port


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["serve"], "required: name"),
        (["serve", "nope"], "no agent named 'nope'"),
        (["serve", "calculator", "--port", "notanumber"], "invalid int value"),
        (["tools", "nope"], "unknown tool server 'nope'"),
        (["ask", "http://127.0.0.1:9", "   "], "the message is empty"),
        (["ask", "ftp://x", "hi"], "is not an http(s) URL"),
        (["ask", "calculator", "hi"], "cannot look up 'calculator'"),
        (["ask", "http://127.0.0.1:9", "hi", "--timeout", "0"], "--timeout must be greater than 0"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_arguments_print_one_line_and_exit_2(argv, expected, capsys):
    with pytest.raises(SystemExit) as exited:
        raise SystemExit(main(argv))
    assert exited.value.code == 2
    err = capsys.readouterr().err.strip()
    assert expected in err and len(err.splitlines()) == 1


def test_a_port_in_use_is_a_usage_error(capsys):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "calculator", "--port", str(port)]) == 2
    assert "already in use" in capsys.readouterr().err
    assert free_port() > 0


def test_a_spec_file_with_an_error_is_reported_with_its_path(tmp_path, capsys):
    spec = tmp_path / "mine.toml"
    spec.write_text("name = 'mine'\n[limits]\nmax_turns = -1\n")
    assert main(["serve", str(spec)]) == 2
    assert "mine.toml: field 'limits.max_turns' must be greater than 0" in capsys.readouterr().err


def test_asking_an_agent_that_is_not_there_fails_cleanly(capsys):
    assert main(["ask", f"http://127.0.0.1:{free_port()}", "hi", "--timeout", "5"]) == 1
    err = capsys.readouterr().err
    assert "cannot talk to" in err and "Traceback" not in err


def test_a_command_runs_openblas_on_one_thread_unless_told_otherwise(monkeypatch):
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    with pytest.raises(SystemExit):
        main(["frobnicate"])
    assert os.environ["OPENBLAS_NUM_THREADS"] == "1"  # read when numpy loads: every agent encodes on one thread

    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")
    with pytest.raises(SystemExit):
        main(["frobnicate"])
    assert os.environ["OPENBLAS_NUM_THREADS"] == "4"  # the user's choice stands
